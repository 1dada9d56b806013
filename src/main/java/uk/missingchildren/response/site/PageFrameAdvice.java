package uk.missingchildren.response.site;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import uk.missingchildren.response.account.SignedInUser;

/** Supplies what the page frame shows on every page, error pages included. */
@ControllerAdvice
class PageFrameAdvice {

  private final SiteProperties site;

  PageFrameAdvice(SiteProperties site) {
    this.site = site;
  }

  @ModelAttribute("feedbackEmail")
  String feedbackEmail() {
    return site.feedbackEmail();
  }

  /** The signed-in person, or null: the header offers "Sign in" or their own links. */
  @ModelAttribute("currentUser")
  SignedInUser currentUser(@AuthenticationPrincipal SignedInUser user) {
    return user;
  }
}
