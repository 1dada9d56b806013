-- Issue 18: what a meeting's presenter view is showing now (a question, a checklist section or an
-- action), so that members following the meeting on their own devices see the same. One row per
-- meeting of any kind, replaced as the presenter moves on; the meeting's id has no foreign key (it
-- may be in any of three tables), the partnership's does, so deleting the partnership deletes these.
CREATE TABLE meeting_position (
  meeting_id     UUID         NOT NULL PRIMARY KEY,
  partnership_id UUID         NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
  position       VARCHAR(100) NOT NULL,
  moved_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX meeting_position_partnership_ix ON meeting_position (partnership_id);
