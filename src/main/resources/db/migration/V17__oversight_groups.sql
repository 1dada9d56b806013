-- Oversight across partnerships (issue 20): a police force area, a region or a Welsh regional
-- board sees what each partnership that joined it chooses to share, and nothing else. A share is
-- read live from the partnership's own records whenever a member looks, never copied; stopping
-- sharing deletes the row, which ends every view at once.

CREATE TABLE oversight_group (
  id          UUID         NOT NULL PRIMARY KEY,
  name        VARCHAR(150) NOT NULL,
  area_kind   VARCHAR(30)  NOT NULL,
  created_by  UUID         REFERENCES account (id) ON DELETE SET NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  version     BIGINT       NOT NULL DEFAULT 0
);

CREATE TABLE oversight_member (
  id         UUID        NOT NULL PRIMARY KEY,
  group_id   UUID        NOT NULL REFERENCES oversight_group (id) ON DELETE CASCADE,
  account_id UUID        NOT NULL REFERENCES account (id) ON DELETE CASCADE,
  role       VARCHAR(20) NOT NULL,
  joined_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT oversight_member_once UNIQUE (group_id, account_id)
);
CREATE INDEX oversight_member_account_ix ON oversight_member (account_id);

-- A single-use link a group's lead gives a partnership's coordinator; only its SHA-256 is kept.
CREATE TABLE oversight_invitation (
  id          UUID        NOT NULL PRIMARY KEY,
  group_id    UUID        NOT NULL REFERENCES oversight_group (id) ON DELETE CASCADE,
  secret_hash VARCHAR(64) NOT NULL,
  created_by  UUID        REFERENCES account (id) ON DELETE SET NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  used_at     TIMESTAMP WITH TIME ZONE
);
CREATE UNIQUE INDEX oversight_invitation_secret_ux ON oversight_invitation (secret_hash);

-- What one partnership shares with one group now.
CREATE TABLE oversight_share (
  group_id       UUID    NOT NULL REFERENCES oversight_group (id) ON DELETE CASCADE,
  partnership_id UUID    NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
  stage_one      BOOLEAN NOT NULL,
  checklists     BOOLEAN NOT NULL,
  action_summary BOOLEAN NOT NULL,
  joined_by      UUID    REFERENCES account (id) ON DELETE SET NULL,
  joined_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  changed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  version        BIGINT  NOT NULL DEFAULT 0,
  PRIMARY KEY (group_id, partnership_id)
);
CREATE INDEX oversight_share_partnership_ix ON oversight_share (partnership_id);
