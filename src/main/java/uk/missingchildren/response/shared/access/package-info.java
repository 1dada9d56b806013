/** Markers for the rule that partnership data is reached only after a membership check. */
package uk.missingchildren.response.shared.access;
