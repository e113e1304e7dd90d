package io.cockpit.application.testing.fakes;

import io.cockpit.application.port.out.access.ActivationTokens;
import io.cockpit.application.port.out.register.ExportedItem;
import io.cockpit.domain.access.TokenHash;
import io.cockpit.domain.account.UserId;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

public final class FakeActivationTokens implements ActivationTokens {

    private record Token(TokenHash hash, UserId userId, Instant issuedAt, Instant expiresAt) {

        boolean validAt(Instant now) {
            return expiresAt.isAfter(StoredTime.of(now));
        }
    }

    private final FakeDatabase database;
    private final FakeTable<Token> tokens;

    public FakeActivationTokens(FakeDatabase database) {
        this.database = database;
        this.tokens = database.table("activation_token", Token::hash, List.of());
    }

    @Override
    public void replace(UserId userId, TokenHash hash, Instant expiresAt, Instant issuedAt) {
        database.atomically(() -> {
            tokens.deleteWhere(token -> token.userId().equals(userId));
            tokens.insert(new Token(hash, userId, StoredTime.of(issuedAt), StoredTime.of(expiresAt)));
            return null;
        });
    }

    @Override
    public Optional<UserId> findValid(TokenHash hash, Instant now) {
        return tokens.find(hash).filter(token -> token.validAt(now)).map(Token::userId);
    }

    @Override
    public Optional<UserId> consume(TokenHash hash, Instant now) {
        return tokens.delete(hash, token -> token.validAt(now)).map(Token::userId);
    }

    @Override
    public void revokeAll(UserId userId) {
        tokens.deleteWhere(token -> token.userId().equals(userId));
    }

    /** By issue, then hash, as the SQL reads them. */
    private static final Comparator<Token> ORDER = Comparator.comparing(Token::issuedAt)
            .thenComparing(token -> token.hash().hex());

    @Override
    public void export(UserId user, Consumer<ExportedItem> sink) {
        tokens.select(token -> token.userId().equals(user)).stream().sorted(ORDER)
                .map(token -> ActivationTokens.exported(token.issuedAt(), token.expiresAt())).forEach(sink);
    }

    @Override
    public int erase(UserId user, int limit) {
        return tokens.deleteFirst(token -> token.userId().equals(user), ORDER, limit).size();
    }

    @Override
    public int deleteExpired(Instant cutoff, int limit) {
        return tokens.deleteFirst(token -> token.expiresAt().isBefore(cutoff),
                Comparator.comparing(Token::expiresAt).thenComparing(token -> token.hash().hex()), limit).size();
    }
}
