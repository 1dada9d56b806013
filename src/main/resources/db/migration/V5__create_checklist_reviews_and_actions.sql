-- Stage two: a partnership's reviews of the thematic checklists, round by round, and the actions
-- they set. Actions form the partnership's single register, whatever raised them.

CREATE TABLE checklist_review (
  id                UUID         NOT NULL PRIMARY KEY,
  partnership_id    UUID         NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
  framework_version VARCHAR(20)  NOT NULL,
  theme_id          VARCHAR(20)  NOT NULL,
  round_number      INTEGER      NOT NULL,
  meeting_date      DATE         NOT NULL,
  facilitator       VARCHAR(100) NOT NULL,
  note_taker        VARCHAR(100) NOT NULL,
  status            VARCHAR(20)  NOT NULL,
  started_from      UUID         REFERENCES checklist_review (id) ON DELETE SET NULL,
  created_by        UUID         REFERENCES account (id) ON DELETE SET NULL,
  created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  completed_at      TIMESTAMP WITH TIME ZONE,
  completed_by      UUID         REFERENCES account (id) ON DELETE SET NULL,
  version           BIGINT       NOT NULL DEFAULT 0,
  -- Two people starting the same round at once get one review, not two.
  CONSTRAINT checklist_review_round_once UNIQUE (partnership_id, theme_id, round_number)
);

CREATE TABLE checklist_review_attendee (
  id        UUID         NOT NULL PRIMARY KEY,
  review_id UUID         NOT NULL REFERENCES checklist_review (id) ON DELETE CASCADE,
  name      VARCHAR(100) NOT NULL,
  agency    VARCHAR(40)  NOT NULL,
  role      VARCHAR(100),
  added_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  version   BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX checklist_review_attendee_review_ix ON checklist_review_attendee (review_id);

-- One row per item once anything about it is saved; "revision" works as for stage-one answers.
CREATE TABLE checklist_item_rating (
  id         UUID           NOT NULL PRIMARY KEY,
  review_id  UUID           NOT NULL REFERENCES checklist_review (id) ON DELETE CASCADE,
  item_id    VARCHAR(20)    NOT NULL,
  extent     VARCHAR(40),
  impact     VARCHAR(40),
  reason     VARCHAR(2000),
  evidence   VARCHAR(65535),
  revision   INTEGER        NOT NULL,
  updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_by UUID           REFERENCES account (id) ON DELETE SET NULL,
  CONSTRAINT checklist_item_rating_once UNIQUE (review_id, item_id)
);

CREATE TABLE partnership_action (
  id              UUID           NOT NULL PRIMARY KEY,
  partnership_id  UUID           NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
  theme_id        VARCHAR(20)    NOT NULL,
  -- Where it came from: a checklist item in a review, or a stage-one question in a benchmark.
  source_kind     VARCHAR(30)    NOT NULL,
  source_id       VARCHAR(20)    NOT NULL,
  review_id       UUID           REFERENCES checklist_review (id) ON DELETE SET NULL,
  benchmark_id    UUID           REFERENCES benchmark (id) ON DELETE SET NULL,
  title           VARCHAR(200)   NOT NULL,
  description     VARCHAR(65535) NOT NULL,
  owner_kind      VARCHAR(20)    NOT NULL,
  owner_agency    VARCHAR(40),
  lead_person     VARCHAR(100)   NOT NULL,
  due_date        DATE           NOT NULL,
  success_measure VARCHAR(65535) NOT NULL,
  status          VARCHAR(20)    NOT NULL,
  created_by      UUID           REFERENCES account (id) ON DELETE SET NULL,
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  version         BIGINT         NOT NULL DEFAULT 0,
  CONSTRAINT action_agency_owner CHECK (owner_kind <> 'AGENCY' OR owner_agency IS NOT NULL)
);
CREATE INDEX partnership_action_partnership_ix ON partnership_action (partnership_id, due_date);
CREATE INDEX partnership_action_review_ix ON partnership_action (review_id);
