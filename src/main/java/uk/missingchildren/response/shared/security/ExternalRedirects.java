package uk.missingchildren.response.shared.security;

/**
 * Addresses on other sites this service may send a browser to. Every other redirect is made
 * relative, so nothing (such as a forged Host header) can send people elsewhere.
 */
public interface ExternalRedirects {

  /** Whether this absolute address is one the feature sends people to on purpose. */
  boolean allows(String location);
}
