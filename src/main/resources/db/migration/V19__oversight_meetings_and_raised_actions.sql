-- Oversight, continued (issue 20): a partnership can ask the groups it shares its action plan
-- summary with to respond to an action, and a group records its meetings, with minutes and its
-- responses to those actions.

-- An action its partnership asks for a response to across its oversight groups. Only groups that
-- the partnership shares its action plan summary with see it, and only while they do.
CREATE TABLE oversight_raised_action (
  action_id      UUID          NOT NULL PRIMARY KEY REFERENCES partnership_action (id) ON DELETE CASCADE,
  partnership_id UUID          NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
  request        VARCHAR(1000) NOT NULL,
  raised_by      UUID          REFERENCES account (id) ON DELETE SET NULL,
  raised_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  version        BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX oversight_raised_action_partnership_ix ON oversight_raised_action (partnership_id);

-- A meeting of an oversight group, recorded by one of its members.
CREATE TABLE oversight_meeting (
  id           UUID           NOT NULL PRIMARY KEY,
  group_id     UUID           NOT NULL REFERENCES oversight_group (id) ON DELETE CASCADE,
  meeting_date DATE           NOT NULL,
  facilitator  VARCHAR(100)   NOT NULL,
  note_taker   VARCHAR(100)   NOT NULL,
  attendees    VARCHAR(2000)  NOT NULL,
  minutes      VARCHAR(20000) NOT NULL,
  recorded_by  UUID           REFERENCES account (id) ON DELETE SET NULL,
  recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  version      BIGINT         NOT NULL DEFAULT 0
);
CREATE INDEX oversight_meeting_group_ix ON oversight_meeting (group_id, meeting_date);

-- What a group said, at one meeting, in response to one raised action. The partnership sees it on
-- the action's page.
CREATE TABLE oversight_response (
  meeting_id     UUID          NOT NULL REFERENCES oversight_meeting (id) ON DELETE CASCADE,
  action_id      UUID          NOT NULL REFERENCES partnership_action (id) ON DELETE CASCADE,
  partnership_id UUID          NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
  response       VARCHAR(2000) NOT NULL,
  PRIMARY KEY (meeting_id, action_id)
);
CREATE INDEX oversight_response_action_ix ON oversight_response (action_id);
