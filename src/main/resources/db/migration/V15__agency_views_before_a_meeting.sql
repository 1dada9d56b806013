-- Each agency's own answers before a meeting (issue 19). A coordinator asks the people coming; each
-- gives their view by a personal link, seen only by them until the meeting. In the meeting the
-- coordinators and the facilitator see how far apart the agencies are; an agency can have its
-- different view recorded beside the agreed answer. "meeting_kind" is the meeting's address segment
-- ("benchmarks"), so every kind of meeting can use the same tables.

CREATE TABLE view_request (
  id             UUID         NOT NULL PRIMARY KEY,
  partnership_id UUID         NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
  meeting_kind   VARCHAR(20)  NOT NULL,
  meeting_id     UUID         NOT NULL,
  due_on         DATE         NOT NULL,
  names_shown    BOOLEAN      NOT NULL,
  requested_by   UUID         REFERENCES account (id) ON DELETE SET NULL,
  requested_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  version        BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT view_request_once UNIQUE (meeting_kind, meeting_id)
);
CREATE INDEX view_request_partnership_ix ON view_request (partnership_id);

-- Only the SHA-256 of a person's link is kept. "link_generation" counts the links made for them,
-- so a new link also ends the browser visits made with the old one. "account_id" is set when the
-- address given is a partnership member's: signed in, they need no link.
CREATE TABLE view_giver (
  id              UUID         NOT NULL PRIMARY KEY,
  request_id      UUID         NOT NULL REFERENCES view_request (id) ON DELETE CASCADE,
  name            VARCHAR(100) NOT NULL,
  agency          VARCHAR(40)  NOT NULL,
  email           VARCHAR(320),
  account_id      UUID         REFERENCES account (id) ON DELETE SET NULL,
  link_hash       VARCHAR(64)  NOT NULL,
  link_generation INTEGER      NOT NULL,
  link_used_at    TIMESTAMP WITH TIME ZONE,
  -- The SHA-256 of the one-off value drawn into the page the link was used from: the same page sent
  -- again moments later (a double click) is let in again; any other opening of the link is not.
  link_opening_hash VARCHAR(64),
  added_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  version         BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT view_giver_link_once UNIQUE (link_hash)
);
CREATE INDEX view_giver_request_ix ON view_giver (request_id);

CREATE TABLE given_view (
  id          UUID         NOT NULL PRIMARY KEY,
  giver_id    UUID         NOT NULL REFERENCES view_giver (id) ON DELETE CASCADE,
  item_id     VARCHAR(20)  NOT NULL,
  answer      VARCHAR(40)  NOT NULL,
  reason      VARCHAR(600),
  saved_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT given_view_once UNIQUE (giver_id, item_id)
);

CREATE TABLE different_view (
  id             UUID          NOT NULL PRIMARY KEY,
  partnership_id UUID          NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
  meeting_kind   VARCHAR(20)   NOT NULL,
  meeting_id     UUID          NOT NULL,
  item_id        VARCHAR(20)   NOT NULL,
  agency         VARCHAR(40)   NOT NULL,
  view_text      VARCHAR(1000) NOT NULL,
  recorded_by    UUID          REFERENCES account (id) ON DELETE SET NULL,
  recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX different_view_meeting_ix ON different_view (meeting_kind, meeting_id);
