package uk.missingchildren.response.account;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page. Spring Security checks the password (see {@link SignInHandlers}). */
@Controller
class SignInController {

  @GetMapping("/sign-in")
  String signIn() {
    return "account/sign-in";
  }
}
