/**
 * Oversight across partnerships: groups such as a police force area, a region or a Welsh regional
 * board, their members, the partnerships that join them and what each chooses to share, and the
 * group's dashboard, which reads every shared partnership's own records live (and downloads as PDF,
 * Word and Excel); the actions a partnership asks its groups to respond to, and the group's
 * meetings, whose minutes carry its responses back to each action's page.
 */
package uk.missingchildren.response.oversight;
