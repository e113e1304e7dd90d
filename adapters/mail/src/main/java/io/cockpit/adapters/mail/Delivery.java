package io.cockpit.adapters.mail;

import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/** Where a composed message goes: a mail server, or the outbox directory. Called on the queue's thread only. */
public interface Delivery {

    /** Delivers the message, or throws: the queue tries again later. */
    void deliver(MimeMessage message) throws Exception;

    /** The mail session messages for this delivery are composed in. */
    Session session();

    /** The sender's address, the {@code From} of every message. */
    InternetAddress from();
}
