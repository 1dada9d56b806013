/**
 * The partnership's single action register: actions raised in stage one and set in stage two, who
 * owns them, when they are due and how success will be measured.
 */
package uk.missingchildren.response.action;
