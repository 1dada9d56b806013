/**
 * Outgoing email. Every message is recorded in the outbox; it is sent by SMTP when a server is
 * configured, and otherwise waits there for the administrator to read, so nothing silently
 * vanishes.
 */
package uk.missingchildren.response.notification;
