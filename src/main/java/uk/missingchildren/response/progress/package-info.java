/**
 * The partnership's dashboard and its change over time: the home page's summary of ratings,
 * checklists and actions, two rounds of a benchmark or of a checklist compared side by side, and
 * the area ratings of every benchmark round as a chart and a table.
 */
package uk.missingchildren.response.progress;
