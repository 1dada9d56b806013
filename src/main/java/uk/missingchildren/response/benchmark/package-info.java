/**
 * Stage one: a partnership's benchmarking meeting, from meeting details and attendees through the
 * 26 agreed answers to submission, with the ratings each area earns and the partnership's history.
 */
package uk.missingchildren.response.benchmark;
