package uk.missingchildren.response.agencyviews;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import uk.missingchildren.response.account.Agency;
import uk.missingchildren.response.account.SecretTokens;

/**
 * Someone asked for their view, answering as their agency. Their link works once: following it lets
 * that browser in until the views are due, and a new link (which the coordinator can make at any
 * time) shuts out every browser let in by an earlier one.
 */
@Entity
@Table(name = "view_giver")
public class ViewGiver {

  /** How long the page a link was used from can be sent again and still get in. */
  static final java.time.Duration DOUBLE_SUBMIT = java.time.Duration.ofMinutes(2);

  @Id private UUID id;
  private UUID requestId;
  private String name;

  @Enumerated(EnumType.STRING)
  private Agency agency;

  private String email;
  private UUID accountId;
  private String linkHash;
  private int linkGeneration;
  private Instant linkUsedAt;
  private String linkOpeningHash;
  private Instant addedAt;
  @Version private long version;

  protected ViewGiver() {}

  ViewGiver(UUID requestId, String name, Agency agency, String email, UUID accountId, Instant now) {
    this.id = UUID.randomUUID();
    this.requestId = requestId;
    this.name = name;
    this.agency = agency;
    this.email = email;
    this.accountId = accountId;
    this.addedAt = now;
  }

  /** A new link, given to the coordinator once; only its hash is kept. */
  String newLink() {
    String secret = SecretTokens.newSecret();
    this.linkHash = SecretTokens.hash(secret);
    this.linkGeneration++;
    this.linkUsedAt = null;
    this.linkOpeningHash = null;
    return secret;
  }

  /**
   * Whether the link lets in the page it was opened on ({@code openingHash}, the hash of the value
   * drawn into that page). It works once; only that same page, sent again within {@link
   * #DOUBLE_SUBMIT} (a double click, without JavaScript to stop it), is let in again.
   */
  boolean useLink(String openingHash, Instant now) {
    if (linkUsedAt == null) {
      linkUsedAt = now;
      linkOpeningHash = openingHash;
      return true;
    }
    return openingHash != null
        && openingHash.equals(linkOpeningHash)
        && now.isBefore(linkUsedAt.plus(DOUBLE_SUBMIT));
  }

  public UUID id() {
    return id;
  }

  UUID requestId() {
    return requestId;
  }

  public String name() {
    return name;
  }

  public Agency agency() {
    return agency;
  }

  public String email() {
    return email;
  }

  /** The member's own account, when the address given is a member's: they need no link. */
  public UUID accountId() {
    return accountId;
  }

  public int linkGeneration() {
    return linkGeneration;
  }

  public Instant linkUsedAt() {
    return linkUsedAt;
  }

  /** Name and agency, for the audit log. */
  String describe() {
    return name + " (" + agency + ")";
  }
}
