/**
 * Missing Children Response Assessment Tool: one package per feature, shared web and security
 * plumbing in {@code shared}.
 */
package uk.missingchildren.response;
