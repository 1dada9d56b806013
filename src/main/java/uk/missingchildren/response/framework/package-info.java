/**
 * The assessment framework: versioned content (thematic areas, stage-one questions, checklists,
 * sources and scales) loaded from data files under {@code framework/<version>/}, validated at
 * start-up, and shown publicly as pages, downloads and JSON.
 */
package uk.missingchildren.response.framework;
