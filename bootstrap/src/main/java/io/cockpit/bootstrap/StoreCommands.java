package io.cockpit.bootstrap;

import io.cockpit.bootstrap.console.StoreCommand;

import java.util.Map;

/** The commands of {@code ./cockpit} that work on the relational store, by name: run here or by the console. */
final class StoreCommands {

    private StoreCommands() {
    }

    static Map<String, StoreCommand> all() {
        return Map.of(KeysCommand.NAME, KeysCommand::execute, BlocksCommand.NAME, BlocksCommand::execute);
    }
}
