package uk.missingchildren.response.action;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import uk.missingchildren.response.account.Agency;
import uk.missingchildren.response.framework.FrameworkCatalogue;
import uk.missingchildren.response.partnership.PartnershipContext;

/**
 * The partnership's action plan: every action, filtered and sorted by the query string. Any member.
 */
@Controller
class RegisterController {

  /** What the last decision about a proposed action was, for the banner that says so. */
  private static final List<String> PROPOSAL_OUTCOMES =
      List.of("agreed", "merged", "setAside", "decidedAlready");

  /**
   * Above the actions, the newest proposals only: a meeting can propose 26, which would push the
   * plan itself out of sight. The status filter "Proposed" lists them all.
   */
  static final int PROPOSALS_SHOWN_WITH_ACTIONS = 5;

  private final ActionService actions;
  private final ProposedActionsService proposals;
  private final FrameworkCatalogue catalogue;

  RegisterController(
      ActionService actions, ProposedActionsService proposals, FrameworkCatalogue catalogue) {
    this.actions = actions;
    this.proposals = proposals;
    this.catalogue = catalogue;
  }

  @GetMapping("/partnerships/{partnershipId}/actions")
  String register(
      PartnershipContext context,
      @PathVariable UUID partnershipId,
      @ModelAttribute("filter") RegisterFilter filter,
      @RequestParam(name = "proposal", required = false) String proposal,
      @RequestParam(name = "action", required = false) UUID decidedAction,
      Model model) {
    List<Action> all = actions.register(context);
    ActionRegister register = ActionRegister.of(all, catalogue.current(), actions.today(), filter);
    Proposals proposed = proposals.proposals(context, all);
    model.addAttribute("proposals", proposed);
    List<ProposedAction> pending =
        filter.showsProposals() ? proposed.pendingIn(filter.getArea()) : List.of();
    model.addAttribute("pendingCount", pending.size());
    model.addAttribute(
        "pendingShown",
        filter.onlyProposals()
            ? pending
            : pending.subList(0, Math.min(pending.size(), PROPOSALS_SHOWN_WITH_ACTIONS)));
    if (proposal != null && PROPOSAL_OUTCOMES.contains(proposal)) {
      model.addAttribute("proposalOutcome", proposal);
      all.stream()
          .filter(action -> action.id().equals(decidedAction))
          .findFirst()
          .ifPresent(action -> model.addAttribute("decidedAction", action));
    }
    String path = "/partnerships/" + partnershipId + "/actions";
    model.addAttribute("context", context);
    model.addAttribute("register", register);
    model.addAttribute("themes", catalogue.current().themes());
    model.addAttribute("owners", owners());
    model.addAttribute("statuses", RegisterFilter.STATUSES);
    model.addAttribute("dueWindows", RegisterFilter.DUE_WINDOWS);
    model.addAttribute("sortLinks", sortLinks(path, filter));
    model.addAttribute("pageLinks", pageLinks(path, filter, register.pages()));
    model.addAttribute("path", path);
    return "action/register";
  }

  private static List<String> owners() {
    List<String> owners = new ArrayList<>();
    owners.add(ActionOwner.PARTNERSHIP.name());
    Arrays.stream(Agency.values()).map(Enum::name).forEach(owners::add);
    return owners;
  }

  /** For each sortable column, the link that sorts by it: ascending first, then the other way. */
  private static Map<String, String> sortLinks(String path, RegisterFilter filter) {
    Map<String, String> links = new LinkedHashMap<>();
    for (String column : RegisterFilter.SORTS) {
      boolean flip = column.equals(filter.sortBy()) && !filter.descending();
      links.put(
          column,
          query(path, filter)
              .replaceQueryParam("sort", column)
              .replaceQueryParam("order", flip ? "desc" : "asc")
              .replaceQueryParam("page")
              .toUriString());
    }
    return links;
  }

  private static Map<Integer, String> pageLinks(String path, RegisterFilter filter, int pages) {
    Map<Integer, String> links = new LinkedHashMap<>();
    for (int page = 1; page <= pages; page++) {
      links.put(
          page, query(path, filter).replaceQueryParam("page", page).toUriString() + "#actions");
    }
    return links;
  }

  private static UriComponentsBuilder query(String path, RegisterFilter filter) {
    UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path);
    add(builder, "area", filter.getArea());
    add(builder, "owner", filter.ownerChosen());
    add(builder, "status", filter.statusChosen());
    add(builder, "due", filter.dueChosen());
    add(builder, "sort", filter.getSort() == null ? null : filter.sortBy());
    add(builder, "order", filter.descending() ? "desc" : null);
    return builder;
  }

  private static void add(UriComponentsBuilder builder, String name, String value) {
    if (value != null && !value.isBlank()) {
      builder.queryParam(name, value);
    }
  }
}
