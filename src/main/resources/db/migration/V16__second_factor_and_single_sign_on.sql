-- Signing in more safely (issue 21): a second factor for password accounts, and accounts that sign
-- in with their organisation's OpenID Connect provider instead of a password.

-- An authenticator app's shared secret (base32, as the app holds it). "confirmed_at" is set once the
-- person has typed a code from the app, so a secret nobody could use never guards an account.
-- "last_step" is the 30-second step of the last code accepted: the same code cannot be used twice.
CREATE TABLE second_factor (
  account_id   UUID         NOT NULL PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
  secret       VARCHAR(64)  NOT NULL,
  confirmed_at TIMESTAMP WITH TIME ZONE NOT NULL,
  last_step    BIGINT       NOT NULL DEFAULT 0,
  version      BIGINT       NOT NULL DEFAULT 0
);

-- Single-use codes for when the app is lost; only their SHA-256 is kept.
CREATE TABLE recovery_code (
  id         UUID        NOT NULL PRIMARY KEY,
  account_id UUID        NOT NULL REFERENCES account (id) ON DELETE CASCADE,
  code_hash  VARCHAR(64) NOT NULL,
  used_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX recovery_code_account_ix ON recovery_code (account_id);

-- A coordinator can require every member of their partnership to use a second factor.
ALTER TABLE partnership ADD COLUMN second_factor_required BOOLEAN NOT NULL DEFAULT FALSE;

-- An account made by signing in with an organisation's account has no password.
ALTER TABLE account ALTER COLUMN password_hash DROP NOT NULL;

-- Which provider's account ("issuer" and its "subject", both from the ID token) is this account.
CREATE TABLE sso_identity (
  issuer     VARCHAR(300) NOT NULL,
  subject    VARCHAR(255) NOT NULL,
  account_id UUID         NOT NULL REFERENCES account (id) ON DELETE CASCADE,
  linked_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (issuer, subject)
);
CREATE INDEX sso_identity_account_ix ON sso_identity (account_id);
