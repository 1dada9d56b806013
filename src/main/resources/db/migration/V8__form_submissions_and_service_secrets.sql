-- A form sent twice does one thing: the first submission's key (a hash of who sent which form
-- rendering with what content) and the page it led to. Kept for a day.
CREATE TABLE form_submission (
  submission_key VARCHAR(64)   NOT NULL PRIMARY KEY,
  result_path    VARCHAR(2000),
  flash_attributes VARCHAR(30000),
  submitted_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX form_submission_time_ix ON form_submission (submitted_at);

-- Keys the service signs things with (such as the owner marker in every form), made at random on
-- first use and shared by every instance.
CREATE TABLE service_secret (
  name   VARCHAR(50)  NOT NULL PRIMARY KEY,
  secret VARCHAR(200) NOT NULL
);

-- Emails that carry a partnership's assessment (reports, reminders about its actions) are never
-- shown to the site administrator. Messages sent before this column existed are treated the same.
ALTER TABLE email_message ADD COLUMN private_content BOOLEAN NOT NULL DEFAULT TRUE;
