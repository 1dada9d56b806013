package uk.missingchildren.response.progress;

import java.util.UUID;

/** A round as the compare form lists it: its id and the words for it, such as its meeting date. */
record RoundOption(UUID id, String label) {}
