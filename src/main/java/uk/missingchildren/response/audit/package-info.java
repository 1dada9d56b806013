/**
 * The audit log: who did what, when, for sign-ins, membership changes and, later, assessment
 * changes.
 */
package uk.missingchildren.response.audit;
