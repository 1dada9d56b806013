/**
 * The reports: stage one (each thematic area's rating from a submitted benchmark, the areas to
 * start stage two with, and the answers behind them) and a completed checklist review's (every
 * item's rating, the priorities, what changed since the last round and the actions set), each as a
 * page, a tagged PDF and a Word document; the stage one report also by email.
 */
package uk.missingchildren.response.report;
