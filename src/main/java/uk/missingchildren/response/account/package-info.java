/**
 * Accounts: registration with email verification, signing in and out (throttled), forgotten
 * passwords, and each person's profile and settings.
 */
package uk.missingchildren.response.account;
