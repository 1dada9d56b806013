package uk.missingchildren.response.partnership;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import uk.missingchildren.response.account.Account;
import uk.missingchildren.response.account.Accounts;
import uk.missingchildren.response.account.Agency;

/** Puts names, agencies and email addresses to memberships, for display. */
@Component
class MemberDirectory {

  private final Accounts accounts;

  MemberDirectory(Accounts accounts) {
    this.accounts = accounts;
  }

  /** The members with their accounts, read in one query. */
  List<MemberView> describe(List<Membership> memberships) {
    Map<UUID, Account> byId =
        accounts.findAllById(memberships.stream().map(Membership::accountId).toList()).stream()
            .collect(Collectors.toMap(Account::id, Function.identity()));
    return memberships.stream().map(m -> view(m, byId.get(m.accountId()))).toList();
  }

  MemberView describe(Membership membership) {
    return view(membership, accounts.findById(membership.accountId()).orElseThrow());
  }

  private static MemberView view(Membership membership, Account account) {
    return new MemberView(
        membership, account.displayName(), account.email(), account.agency(), account.jobTitle());
  }

  /** A member as shown on the members page. */
  record MemberView(
      Membership membership, String name, String email, Agency agency, String jobTitle) {}
}
