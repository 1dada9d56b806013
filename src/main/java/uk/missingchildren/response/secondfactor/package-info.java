/**
 * A second factor for password accounts: an authenticator app's time-based codes (RFC 6238), set up
 * from a QR code, with single-use recovery codes; asked for after the password, required of the
 * administrator and of every member of a partnership whose coordinator chooses so.
 */
package uk.missingchildren.response.secondfactor;
