package uk.missingchildren.response.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Applies a person's saved preferences to their browser when they sign in. */
public interface SignInLandingHook {

  void signedIn(Account account, HttpServletRequest request, HttpServletResponse response);
}
