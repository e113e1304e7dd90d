package io.cockpit.bootstrap.e2e;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/** Sync bodies as the Cockpit client sends them, with URNs no other test uses. */
final class LinkedInData {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 10_000_000);

    private LinkedInData() {
    }

    static String profileUrn() {
        return "urn:li:fsd_profile:ACoAAB" + SEQUENCE.incrementAndGet();
    }

    static String conversationUrn() {
        return "urn:li:msg_conversation:(urn:li:fsd_profile:ACoAABme,2-" + SEQUENCE.incrementAndGet() + "==)";
    }

    static String messageUrn() {
        return "urn:li:msg_message:(urn:li:fsd_profile:ACoAABme,2-" + SEQUENCE.incrementAndGet() + "==_100)";
    }

    static String profile(String urn, String first, String last, Instant modifiedAt) {
        return "{\"urn\":\"" + urn + "\",\"firstName\":\"" + first + "\",\"lastName\":\"" + last
                + "\",\"company\":\"Acme GmbH\",\"profileUrl\":\"https://www.linkedin.com/in/" + first.toLowerCase()
                + "-" + SEQUENCE.incrementAndGet() + "/\",\"modifiedAt\":\"" + modifiedAt + "\"}";
    }

    static String contact(String urn, String first, String last, String company, String slug, Instant modifiedAt) {
        return "{\"urn\":\"" + urn + "\",\"firstName\":\"" + first + "\",\"lastName\":\"" + last
                + "\",\"headline\":\"" + company + " sales\",\"company\":\"" + company
                + "\",\"position\":\"Head of Sales\",\"location\":\"Berlin\""
                + (slug == null ? "" : ",\"profileUrl\":\"https://www.linkedin.com/in/" + slug + "/\"")
                + ",\"connectedAt\":\"2025-01-01T00:00:00Z\",\"modifiedAt\":\"" + modifiedAt + "\"}";
    }

    static String conversation(String urn, Instant modifiedAt, String... participants) {
        return "{\"urn\":\"" + urn + "\",\"title\":null,\"unread\":true,\"participants\":["
                + List.of(participants).stream().map(p -> "\"" + p + "\"").collect(Collectors.joining(","))
                + "],\"modifiedAt\":\"" + modifiedAt + "\"}";
    }

    static String message(String urn, String conversation, String sender, Instant sentAt, String text) {
        return "{\"urn\":\"" + urn + "\",\"conversationUrn\":\"" + conversation + "\",\"senderUrn\":\"" + sender
                + "\",\"sentAt\":\"" + sentAt + "\",\"text\":\"" + text + "\"}";
    }

    static String withAttachment(String message) {
        return message.substring(0, message.length() - 1)
                + ",\"attachments\":[{\"name\":\"Angebot.pdf\",\"mediaType\":\"application/pdf\",\"size\":4711}]}";
    }

    static String deletion(String urn, Instant at) {
        return "{\"urn\":\"" + urn + "\",\"deletedAt\":\"" + at + "\"}";
    }

    static String contacts(List<String> contacts, List<String> deletions) {
        return "{\"contacts\":[" + String.join(",", contacts) + "],\"deletedContacts\":["
                + String.join(",", deletions) + "]}";
    }

    static String chats(List<String> conversations, List<String> messages) {
        return "{\"conversations\":[" + String.join(",", conversations) + "],\"messages\":["
                + String.join(",", messages) + "]}";
    }

    static String deletions(List<String> conversations, List<String> messages) {
        return "{\"deletedConversations\":[" + String.join(",", conversations) + "],\"deletedMessages\":["
                + String.join(",", messages) + "]}";
    }
}
