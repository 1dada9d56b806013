-- Stage one: a partnership's benchmarking meetings, who attended, and the answer agreed to each question.

CREATE TABLE benchmark (
  id                UUID         NOT NULL PRIMARY KEY,
  partnership_id    UUID         NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
  framework_version VARCHAR(20)  NOT NULL,
  meeting_date      DATE         NOT NULL,
  facilitator       VARCHAR(100) NOT NULL,
  note_taker        VARCHAR(100) NOT NULL,
  status            VARCHAR(20)  NOT NULL,
  started_from      UUID         REFERENCES benchmark (id) ON DELETE SET NULL,
  created_by        UUID         REFERENCES account (id) ON DELETE SET NULL,
  created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  submitted_at      TIMESTAMP WITH TIME ZONE,
  submitted_by      UUID         REFERENCES account (id) ON DELETE SET NULL,
  -- Set once the benchmark has been submitted for the first time: later changes are audited.
  first_submitted_at TIMESTAMP WITH TIME ZONE,
  version           BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX benchmark_partnership_ix ON benchmark (partnership_id, meeting_date);

CREATE TABLE benchmark_attendee (
  id           UUID         NOT NULL PRIMARY KEY,
  benchmark_id UUID         NOT NULL REFERENCES benchmark (id) ON DELETE CASCADE,
  name         VARCHAR(100) NOT NULL,
  agency       VARCHAR(40)  NOT NULL,
  role         VARCHAR(100),
  added_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  version      BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX benchmark_attendee_benchmark_ix ON benchmark_attendee (benchmark_id);

-- One row per question once anything about it is saved. "revision" counts saves, so a save made
-- from an out-of-date page can be told apart from one made from the latest.
CREATE TABLE benchmark_answer (
  id              UUID           NOT NULL PRIMARY KEY,
  benchmark_id    UUID           NOT NULL REFERENCES benchmark (id) ON DELETE CASCADE,
  question_id     VARCHAR(20)    NOT NULL,
  answer          VARCHAR(40),
  notes           VARCHAR(65535),
  actions_arising VARCHAR(65535),
  revision        INTEGER        NOT NULL,
  updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_by      UUID           REFERENCES account (id) ON DELETE SET NULL,
  CONSTRAINT benchmark_answer_once UNIQUE (benchmark_id, question_id)
);

-- The outbox records which files went with a message, so a queued message can be explained.
ALTER TABLE email_message ADD COLUMN attachment_names VARCHAR(1000);
