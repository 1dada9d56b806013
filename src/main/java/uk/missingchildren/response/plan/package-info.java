/**
 * Taking the partnership's work away: the action plan as Excel, CSV, Word and PDF, and all of the
 * partnership's records as one JSON file, each section given by the feature that owns it, ending
 * with a checksum ({@link uk.missingchildren.response.plan.PartnershipDataFormat}, which the {@code
 * restore} package reads the file by).
 */
package uk.missingchildren.response.plan;
