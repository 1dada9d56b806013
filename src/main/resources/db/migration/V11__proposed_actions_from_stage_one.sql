-- Issue 16: every action arising written in a stage-one meeting reaches the action plan as a proposed
-- action, until the partnership decides what to do with it. The proposals themselves are the answers'
-- actions arising (nothing is copied); this table keeps each decision: agreed as a new action, merged
-- into an existing one, or set aside with a reason. One decision per benchmark question, so two
-- people deciding at once, or a form sent twice, cannot decide it twice.
CREATE TABLE proposed_action_decision (
  id             UUID           NOT NULL PRIMARY KEY,
  partnership_id UUID           NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
  benchmark_id   UUID           NOT NULL REFERENCES benchmark (id) ON DELETE CASCADE,
  question_id    VARCHAR(20)    NOT NULL,
  outcome        VARCHAR(20)    NOT NULL,
  -- The action it became or was merged into.
  action_id      UUID           REFERENCES partnership_action (id) ON DELETE SET NULL,
  reason         VARCHAR(65535),
  -- The actions arising as they read when the decision was made.
  proposed_text  VARCHAR(65535) NOT NULL,
  decided_by     UUID           REFERENCES account (id) ON DELETE SET NULL,
  decided_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT proposed_action_decided_once UNIQUE (benchmark_id, question_id),
  CONSTRAINT proposed_action_set_aside_says_why CHECK (outcome <> 'SET_ASIDE' OR reason IS NOT NULL)
);
CREATE INDEX proposed_action_decision_partnership_ix ON proposed_action_decision (partnership_id);
