-- An administrator can deactivate an account (for example when someone leaves their job);
-- deactivated accounts cannot sign in, and can be reactivated.
ALTER TABLE account ADD COLUMN deactivated_at TIMESTAMP WITH TIME ZONE;
