-- Issue 7: reminders about actions. One row per reminder event sent: an open action due soon, or
-- overdue, for one due date (an amended due date is a new event).
-- The unique constraint is how each event goes out once however many instances run the job: an
-- instance claims the event by inserting its row, in the same transaction as it queues the emails,
-- and an instance that finds the row already there leaves the event alone.
CREATE TABLE action_reminder (
  id             UUID           NOT NULL PRIMARY KEY,
  action_id      UUID           NOT NULL REFERENCES partnership_action (id) ON DELETE CASCADE,
  partnership_id UUID           NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
  kind           VARCHAR(20)    NOT NULL,
  due_date       DATE           NOT NULL,
  -- The action's title when the reminder went, as the email gave it.
  action_title   VARCHAR(200)   NOT NULL,
  sent_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  -- The addresses it went to, separated by ", ".
  recipients     VARCHAR(65535) NOT NULL,
  CONSTRAINT action_reminder_once UNIQUE (action_id, kind, due_date)
);
CREATE INDEX action_reminder_partnership_ix ON action_reminder (partnership_id, sent_at);
