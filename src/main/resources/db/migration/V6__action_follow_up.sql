-- Issue 7: following actions up. Every change to an action is kept as an update (its history);
-- follow-up review meetings step through open actions and their minutes are the updates they made.

-- Reminders go to the lead when an address is given, as well as to the partnership's coordinators.
ALTER TABLE partnership_action ADD COLUMN lead_email VARCHAR(320);
-- When the action last had an update recorded; every update changes it, and so the action's version.
ALTER TABLE partnership_action ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE;

CREATE TABLE follow_up_meeting (
  id                UUID         NOT NULL PRIMARY KEY,
  partnership_id    UUID         NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
  meeting_date      DATE         NOT NULL,
  facilitator       VARCHAR(100) NOT NULL,
  note_taker        VARCHAR(100) NOT NULL,
  -- Which open actions the meeting steps through: all, only due or overdue, one area or one agency.
  scope_kind        VARCHAR(20)  NOT NULL,
  scope_value       VARCHAR(40),
  next_meeting_date DATE,
  status            VARCHAR(20)  NOT NULL,
  created_by        UUID         REFERENCES account (id) ON DELETE SET NULL,
  created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  completed_at      TIMESTAMP WITH TIME ZONE,
  version           BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX follow_up_meeting_partnership_ix ON follow_up_meeting (partnership_id, meeting_date);

CREATE TABLE follow_up_attendee (
  id         UUID         NOT NULL PRIMARY KEY,
  meeting_id UUID         NOT NULL REFERENCES follow_up_meeting (id) ON DELETE CASCADE,
  name       VARCHAR(100) NOT NULL,
  agency     VARCHAR(40)  NOT NULL,
  role       VARCHAR(100),
  added_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  version    BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX follow_up_attendee_meeting_ix ON follow_up_attendee (meeting_id);

-- One row per decision about an action, in a follow-up meeting or from the action's own page.
-- Only what changed is filled in; the "_before" columns keep what an amendment replaced.
CREATE TABLE action_update (
  id               UUID           NOT NULL PRIMARY KEY,
  action_id        UUID           NOT NULL REFERENCES partnership_action (id) ON DELETE CASCADE,
  partnership_id   UUID           NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
  meeting_id       UUID           REFERENCES follow_up_meeting (id) ON DELETE SET NULL,
  recorded_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  recorded_by      UUID           REFERENCES account (id) ON DELETE SET NULL,
  recorded_by_email VARCHAR(320)  NOT NULL,
  progress         VARCHAR(65535),
  status_before    VARCHAR(20)    NOT NULL,
  status_after     VARCHAR(20)    NOT NULL,
  impact_statement VARCHAR(65535),
  impact_rating    VARCHAR(30),
  owner_before     VARCHAR(20),
  agency_before    VARCHAR(40),
  owner_after      VARCHAR(20),
  agency_after     VARCHAR(40),
  lead_before      VARCHAR(100),
  lead_after       VARCHAR(100),
  due_before       DATE,
  due_after        DATE,
  amend_reason     VARCHAR(65535)
);
CREATE INDEX action_update_action_ix ON action_update (action_id, recorded_at);
CREATE INDEX action_update_meeting_ix ON action_update (meeting_id);
