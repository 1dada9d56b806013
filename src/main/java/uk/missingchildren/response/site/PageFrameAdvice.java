package uk.missingchildren.response.site;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

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
}
