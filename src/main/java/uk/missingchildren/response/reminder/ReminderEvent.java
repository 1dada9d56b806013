package uk.missingchildren.response.reminder;

import java.time.LocalDate;
import java.util.UUID;

/** One reminder to send, at most once: this kind, for this action, about this due date. */
record ReminderEvent(UUID actionId, ReminderKind kind, LocalDate dueDate) {}
