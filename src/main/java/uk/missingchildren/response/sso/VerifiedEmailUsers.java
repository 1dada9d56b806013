package uk.missingchildren.response.sso;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import uk.missingchildren.response.account.Account;

/**
 * Lets in only someone whose provider vouches for their email address, and only from the domains
 * allowed. The address is what links the person to their invitations and partnerships, so an
 * address the provider has not verified could let someone in as somebody else.
 */
@Component
class VerifiedEmailUsers implements OAuth2UserService<OidcUserRequest, OidcUser> {

  static final String NO_EMAIL = "no_email";
  static final String NOT_VERIFIED = "email_not_verified";
  static final String DOMAIN_NOT_ALLOWED = "domain_not_allowed";

  private final OidcUserService tokens = new OidcUserService();
  private final SignInProviders providers;

  VerifiedEmailUsers(SignInProviders providers) {
    this.providers = providers;
  }

  @Override
  public OidcUser loadUser(OidcUserRequest request) {
    OidcUser user = tokens.loadUser(request);
    String email = user.getEmail() == null ? "" : Account.normalise(user.getEmail());
    if (!email.matches("[^@\\s]+@[^@\\s]+")) {
      throw refused(NO_EMAIL, null);
    }
    if (!verified(user)) {
      throw refused(NOT_VERIFIED, email);
    }
    String registrationId = request.getClientRegistration().getRegistrationId();
    boolean allowed = providers.find(registrationId).map(p -> p.allows(email)).orElse(false);
    if (!allowed) {
      throw refused(DOMAIN_NOT_ALLOWED, email);
    }
    return user;
  }

  /**
   * OpenID Connect's email_verified claim; Microsoft Entra ID does not send it, but sends xms_edov
   * ("email domain owner verified") when the app registration asks for it, which says the address
   * is in a domain the tenant has proved it owns.
   */
  static boolean verified(OidcUser user) {
    return Boolean.TRUE.equals(user.getEmailVerified())
        || Boolean.TRUE.equals(asBoolean(user.getClaims().get("xms_edov")));
  }

  private static Boolean asBoolean(Object claim) {
    if (claim instanceof Boolean value) {
      return value;
    }
    return claim == null ? null : Boolean.valueOf(claim.toString());
  }

  /** The error's description carries the address, for the page that explains the refusal. */
  private static OAuth2AuthenticationException refused(String code, String email) {
    return new OAuth2AuthenticationException(new OAuth2Error(code, email, null), code);
  }
}
