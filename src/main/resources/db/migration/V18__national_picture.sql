-- The national picture (issue 20): ratings' spread across the partnerships that agreed to be
-- counted (off by default). A picture, once published, stays as it is until at least 5
-- partnerships' contributions have changed, so that comparing two pictures never isolates one
-- partnership. Which partnerships a picture counted is kept only to make that comparison; it is
-- never shown.

ALTER TABLE partnership ADD COLUMN counted_nationally BOOLEAN NOT NULL DEFAULT FALSE;

CREATE TABLE national_picture (
  id             UUID        NOT NULL PRIMARY KEY,
  published_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  partnerships   INTEGER     NOT NULL
);

-- A figure is null when it is suppressed.
CREATE TABLE national_figure (
  picture_id UUID        NOT NULL REFERENCES national_picture (id) ON DELETE CASCADE,
  theme_id   VARCHAR(20) NOT NULL,
  band_id    VARCHAR(40) NOT NULL,
  band_rank  INTEGER     NOT NULL,
  count      INTEGER,
  PRIMARY KEY (picture_id, theme_id, band_id)
);

CREATE TABLE national_contribution (
  picture_id     UUID NOT NULL REFERENCES national_picture (id) ON DELETE CASCADE,
  partnership_id UUID NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
  benchmark_id   UUID NOT NULL,
  PRIMARY KEY (picture_id, partnership_id)
);
