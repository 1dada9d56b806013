/** The site administrator's pages: accounts, partnerships and the email outbox. */
package uk.missingchildren.response.admin;
