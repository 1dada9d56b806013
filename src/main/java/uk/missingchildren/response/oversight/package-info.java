/**
 * Oversight across partnerships: groups such as a police force area, a region or a Welsh regional
 * board, their members, the partnerships that join them and what each chooses to share, and the
 * group's dashboard, which reads every shared partnership's own records live.
 */
package uk.missingchildren.response.oversight;
