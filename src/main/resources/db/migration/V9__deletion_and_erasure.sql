-- A deleted partnership is hidden at once and kept for 30 days, so the site administrator can
-- restore it; then the purge job removes it with everything it owns (the foreign keys cascade).
ALTER TABLE partnership ADD COLUMN deleted_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE partnership ADD COLUMN deleted_by UUID;
ALTER TABLE partnership ADD CONSTRAINT partnership_deleted_by_fk
  FOREIGN KEY (deleted_by) REFERENCES account (id) ON DELETE SET NULL;
CREATE INDEX partnership_deleted_ix ON partnership (deleted_at);

-- The partnership an email was about (a report, a reminder, an invitation), so its copy in the
-- outbox goes with the partnership.
ALTER TABLE email_message ADD COLUMN partnership_id UUID;
CREATE INDEX email_message_partnership_ix ON email_message (partnership_id);

-- Someone who deletes their account is erased from the log too: their address and id are removed
-- and their entries read "a former member".
ALTER TABLE audit_event ADD COLUMN actor_erased BOOLEAN NOT NULL DEFAULT FALSE;
