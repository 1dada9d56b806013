package uk.missingchildren.response.shared.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * Another way of signing in, beside the email address and password, that a feature adds to the one
 * security configuration (such as an organisation's account through OpenID Connect).
 */
public interface AdditionalSignIn {

  void configure(HttpSecurity http) throws Exception;
}
