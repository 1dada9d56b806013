package uk.missingchildren.response.action;

import java.util.Arrays;
import java.util.List;

/**
 * The register's filters and sort order, as sent in the query string so that a filtered register
 * can be bookmarked and works without JavaScript. Unknown values count as "any", never as errors.
 */
public class RegisterFilter {

  /** The due-date windows offered; "past" is before today, the others run from today. */
  public static final List<String> DUE_WINDOWS = List.of("past", "14", "30", "90", "later");

  public static final List<String> SORTS =
      List.of("due", "title", "area", "owner", "lead", "status");

  /**
   * Statuses offered, with "OPEN" (not started or in progress), "OVERDUE" (derived) and "PROPOSED"
   * (the stage-one proposals still to be decided, which are not actions yet).
   */
  public static final List<String> STATUSES =
      List.of("PROPOSED", "OPEN", "NOT_STARTED", "IN_PROGRESS", "COMPLETED", "CLOSED", "OVERDUE");

  static final String PROPOSED = "PROPOSED";

  private String area;
  private String owner;
  private String status;
  private String due;
  private String sort;
  private String order;
  private Integer page;

  public boolean any() {
    return present(area) || present(owner) || present(status) || present(due);
  }

  /**
   * Whether the proposed actions are shown: they have an area, but no owner, due date or status of
   * their own until they are agreed.
   */
  public boolean showsProposals() {
    return ownerChosen() == null
        && dueChosen() == null
        && (statusChosen() == null || PROPOSED.equals(statusChosen()));
  }

  /** Only the proposed actions are asked for, so the table of actions is not shown. */
  public boolean onlyProposals() {
    return PROPOSED.equals(statusChosen());
  }

  String sortBy() {
    return sort != null && SORTS.contains(sort) ? sort : "due";
  }

  boolean descending() {
    return "desc".equals(order);
  }

  int pageNumber() {
    return page == null || page < 1 ? 1 : page;
  }

  String statusChosen() {
    return status != null && STATUSES.contains(status) ? status : null;
  }

  String dueChosen() {
    return due != null && DUE_WINDOWS.contains(due) ? due : null;
  }

  /** "PARTNERSHIP" or an agency's name. */
  String ownerChosen() {
    return present(owner)
            && (owner.equals(ActionOwner.PARTNERSHIP.name())
                || Arrays.stream(uk.missingchildren.response.account.Agency.values())
                    .anyMatch(a -> a.name().equals(owner)))
        ? owner
        : null;
  }

  private static boolean present(String text) {
    return text != null && !text.isBlank();
  }

  public String getArea() {
    return area;
  }

  public void setArea(String area) {
    this.area = area;
  }

  public String getOwner() {
    return owner;
  }

  public void setOwner(String owner) {
    this.owner = owner;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getDue() {
    return due;
  }

  public void setDue(String due) {
    this.due = due;
  }

  public String getSort() {
    return sort;
  }

  public void setSort(String sort) {
    this.sort = sort;
  }

  public String getOrder() {
    return order;
  }

  public void setOrder(String order) {
    this.order = order;
  }

  public Integer getPage() {
    return page;
  }

  public void setPage(Integer page) {
    this.page = page;
  }
}
