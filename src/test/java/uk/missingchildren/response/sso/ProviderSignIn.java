package uk.missingchildren.response.sso;

import java.net.http.HttpResponse;
import java.util.Map;
import org.jsoup.Jsoup;
import uk.missingchildren.response.support.SiteVisitor;
import uk.missingchildren.response.support.TestOidcServer;

/**
 * Signs in at the test provider through every redirect, as a browser would: the service's button,
 * the provider's authorisation address, its login form, and back to the service's callback.
 */
final class ProviderSignIn {

  private ProviderSignIn() {}

  /** Returns the service's answer to the callback (a redirect to wherever it sends the person). */
  static HttpResponse<String> signIn(
      SiteVisitor browser, String serviceBase, TestOidcServer provider, String username) {
    browser.moveTo(serviceBase);
    HttpResponse<String> toSpring = browser.get("/sign-in/with/organisation");
    HttpResponse<String> toProvider = browser.get(path(location(toSpring)));
    String authorize = location(toProvider);
    if (!authorize.startsWith(provider.issuer())) {
      throw new AssertionError("Not sent to the provider but to " + authorize);
    }
    browser.moveTo(provider.issuer());
    HttpResponse<String> toLogin = browser.get(path(authorize));
    HttpResponse<String> login = browser.get(path(location(toLogin)));
    HttpResponse<String> loggedIn =
        browser.submitForm(
            Jsoup.parse(login.body()),
            "form",
            Map.of("username", username, "password", TestOidcServer.PASSWORD));
    HttpResponse<String> back = browser.get(path(location(loggedIn)));
    String callback = location(back);
    if (!callback.startsWith(serviceBase)) {
      throw new AssertionError("The provider did not send the person back but to " + callback);
    }
    browser.moveTo(serviceBase);
    return browser.get(path(callback));
  }

  static String location(HttpResponse<String> response) {
    return response
        .headers()
        .firstValue("Location")
        .orElseThrow(
            () ->
                new AssertionError(
                    "No redirect from " + response.uri() + " (" + response.statusCode() + ")"));
  }

  /** The path and query of an address, whether or not it names the host. */
  static String path(String address) {
    return address.replaceFirst("^https?://[^/]+", "");
  }
}
