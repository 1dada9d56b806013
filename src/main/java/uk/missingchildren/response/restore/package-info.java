/**
 * Importing a partnership's data file ({@code data.json}, written by the {@code plan} package) as a
 * new partnership: the upload page, the checks of the file (its size, that it is JSON, its format
 * and schema version, its checksum), and the one transaction in which each feature restores its own
 * section through a {@link uk.missingchildren.response.partnership.PartnershipDataRestorer}.
 */
package uk.missingchildren.response.restore;
