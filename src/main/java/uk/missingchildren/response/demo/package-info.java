/**
 * The demonstration, only with the {@code demo} profile: Eastmoor, a fictional partnership taken
 * through the whole journey by the same services as real data, a notice on every page, and the demo
 * account printed at start-up.
 */
package uk.missingchildren.response.demo;
