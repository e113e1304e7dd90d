package io.cockpit.application.port.out.shared;

/**
 * Outbound e-mail. {@link #send} hands the message over and returns without waiting for a mail server, so sending
 * never slows a request; the adapter retries a failed delivery and logs one it finally gave up on (never its
 * recipient or content). A message can be lost that way: whatever is sent must be something the user can ask for
 * again (a reset link, a data export notice).
 */
public interface MailSender {

    void send(Mail mail);
}
