package uk.missingchildren.response.partnership;

import java.util.List;
import org.springframework.stereotype.Component;
import uk.missingchildren.response.account.Account;
import uk.missingchildren.response.account.Accounts;

/** Puts names, agencies and email addresses to memberships, for display. */
@Component
class MemberDirectory {

  private final Accounts accounts;

  MemberDirectory(Accounts accounts) {
    this.accounts = accounts;
  }

  List<MemberView> describe(List<Membership> memberships) {
    return memberships.stream().map(this::describe).toList();
  }

  MemberView describe(Membership membership) {
    Account account = accounts.findById(membership.accountId()).orElseThrow();
    return new MemberView(membership, account.displayName(), account.email(), account.agency(), account.jobTitle());
  }

  String email(Membership membership) {
    return accounts.findById(membership.accountId()).map(Account::email).orElse("");
  }

  String name(Membership membership) {
    return accounts.findById(membership.accountId()).map(Account::displayName).orElse("");
  }

  /** A member as shown on the members page. */
  record MemberView(Membership membership, String name, String email,
      uk.missingchildren.response.account.Agency agency, String jobTitle) {}
}
