/**
 * Stage two: a partnership's reviews of the thematic checklists, each item rated for how far the
 * area meets it and how much impact it has on children, and the priorities that follow from them.
 */
package uk.missingchildren.response.checklist;
