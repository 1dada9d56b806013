/**
 * Partnership workspaces: registering a partnership, its members and their roles, invitations, and
 * {@link uk.missingchildren.response.partnership.PartnershipAccess}, the one way into any
 * partnership's data, which checks membership first.
 */
package uk.missingchildren.response.partnership;
