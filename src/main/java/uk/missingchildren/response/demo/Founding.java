package uk.missingchildren.response.demo;

import org.springframework.context.annotation.Profile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import uk.missingchildren.response.account.AccountService;
import uk.missingchildren.response.account.PasswordPolicy;
import uk.missingchildren.response.account.RegistrationForm;
import uk.missingchildren.response.account.SignedInUser;
import uk.missingchildren.response.partnership.PartnershipAccess;
import uk.missingchildren.response.partnership.PartnershipContext;
import uk.missingchildren.response.partnership.PartnershipForm;
import uk.missingchildren.response.partnership.PartnershipService;

/**
 * The story's first day: the demo account is made, and registers the partnership as its
 * coordinator.
 */
@Component
@Profile("demo")
class Founding {

  private final AccountService accounts;
  private final PasswordPolicy passwords;
  private final UserDetailsService users;
  private final PartnershipService partnerships;
  private final PartnershipAccess access;
  private final DemoProperties demo;
  private final FormRules rules;
  private final StoryText text;

  Founding(
      AccountService accounts,
      PasswordPolicy passwords,
      UserDetailsService users,
      PartnershipService partnerships,
      PartnershipAccess access,
      DemoProperties demo,
      FormRules rules,
      StoryText text) {
    this.accounts = accounts;
    this.passwords = passwords;
    this.users = users;
    this.partnerships = partnerships;
    this.access = access;
    this.demo = demo;
    this.rules = rules;
    this.text = text;
  }

  PartnershipContext found() {
    RegistrationForm registration = new RegistrationForm();
    registration.setDisplayName(text.text("account.name"));
    registration.setEmail(demo.email());
    registration.setPassword(demo.password());
    rules.check(registration);
    passwords
        .problemWith(demo.password(), demo.email())
        .ifPresent(
            problem -> {
              throw new IllegalStateException(
                  "app.demo.password breaks the password policy: " + problem);
            });
    accounts.registerConfirmed(registration, text.text("account.why"));
    SignedInUser coordinator = (SignedInUser) users.loadUserByUsername(demo.email());

    PartnershipForm partnership = new PartnershipForm();
    partnership.setName(text.text("partnership.name"));
    partnership.setLocalAuthorityAreas(text.text("partnership.areas"));
    partnership.setPoliceForceArea(text.text("partnership.force"));
    rules.check(partnership);
    return access.require(partnerships.register(partnership, coordinator), coordinator);
  }
}
