-- Issue 14: a partnership's records can be imported from its data file. The file does not say who
-- recorded each update of an action, so an update brought back from one has no address here: the
-- action's page then says it came from a data file instead of naming someone.
ALTER TABLE action_update ALTER COLUMN recorded_by_email DROP NOT NULL;
