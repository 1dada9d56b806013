-- Issue 18: a partnership keeps a list of the people who come to its meetings, so attendees are
-- picked rather than typed again for every meeting. A meeting's attendees stay copies of their own
-- (in benchmark_attendee, checklist_review_attendee and follow_up_attendee): changing someone here
-- never rewrites a past meeting.
CREATE TABLE meeting_person (
  id             UUID         NOT NULL PRIMARY KEY,
  partnership_id UUID         NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
  name           VARCHAR(100) NOT NULL,
  agency         VARCHAR(40)  NOT NULL,
  role           VARCHAR(100),
  added_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  version        BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX meeting_person_partnership_ix ON meeting_person (partnership_id);
