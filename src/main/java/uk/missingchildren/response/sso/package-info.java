/**
 * Signing in with an organisation's account through OpenID Connect (Microsoft Entra ID first, any
 * standard provider by configuration): accounts made from a verified email claim, an existing
 * password account linked once its password is given, and a GOV.UK page for every way it can fail.
 * Nothing of it shows unless a provider is configured (SSO_* variables).
 */
package uk.missingchildren.response.sso;
