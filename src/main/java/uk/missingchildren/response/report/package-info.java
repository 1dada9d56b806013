/**
 * The stage one report: each thematic area's rating from a submitted benchmark, the areas to start
 * stage two with, and the answers behind them, as a page, a tagged PDF, a Word document and an email.
 */
package uk.missingchildren.response.report;
