-- Issue 18: how long the facilitator has planned a meeting to take, and when its clock started, so
-- the presenter view can show the time used against the plan. One row per meeting of any kind (a
-- benchmark, a checklist review or a follow-up), so the meeting's id has no foreign key; the
-- partnership's does, so deleting the partnership deletes these.
CREATE TABLE meeting_pace (
  meeting_id      UUID    NOT NULL PRIMARY KEY,
  partnership_id  UUID    NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
  planned_minutes INTEGER NOT NULL,
  started_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  version         BIGINT  NOT NULL DEFAULT 0
);
CREATE INDEX meeting_pace_partnership_ix ON meeting_pace (partnership_id);
