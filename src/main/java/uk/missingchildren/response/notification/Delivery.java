package uk.missingchildren.response.notification;

/** What happened when a message was handed over, so the interface can tell the user. */
public enum Delivery {
  /** Handed to the SMTP server. */
  SENT,
  /** No SMTP server is configured: the message is in the outbox for the administrator. */
  QUEUED,
  /** The SMTP server refused it; it is kept in the outbox with the reason. */
  FAILED
}
