/**
 * Reminders about actions: an email to an open action's lead and its partnership's coordinators a
 * set number of days before it is due and once it is overdue, sent once per event however many
 * instances run, and the record of what was sent.
 */
package uk.missingchildren.response.reminder;
