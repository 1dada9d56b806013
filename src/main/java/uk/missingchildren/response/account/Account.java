package uk.missingchildren.response.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/** A person who can sign in. Email addresses are kept in lower case. */
@Entity
@Table(name = "account")
public class Account {

  @Id private UUID id;
  private String email;

  @Column(name = "password_hash")
  private String passwordHash;

  @Column(name = "display_name")
  private String displayName;

  @Enumerated(EnumType.STRING)
  private Agency agency;

  @Column(name = "job_title")
  private String jobTitle;

  @Column(name = "email_verified_at")
  private Instant emailVerifiedAt;

  private boolean administrator;

  @Column(name = "low_vision")
  private boolean lowVision;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "deactivated_at")
  private Instant deactivatedAt;

  @Version private long version;

  protected Account() {}

  public Account(String email, String passwordHash, String displayName, Instant now) {
    this.id = UUID.randomUUID();
    this.email = normalise(email);
    this.passwordHash = passwordHash;
    this.displayName = displayName.strip();
    this.createdAt = now;
  }

  /** How every email address is compared and stored. */
  public static String normalise(String email) {
    return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
  }

  public void verifyEmail(Instant when) {
    if (emailVerifiedAt == null) {
      emailVerifiedAt = when;
    }
  }

  public void changePassword(String newHash) {
    this.passwordHash = newHash;
  }

  /** A new address replaces the old one only once its owner has proved they can read it. */
  public void changeEmail(String newEmail, Instant verifiedAt) {
    this.email = normalise(newEmail);
    this.emailVerifiedAt = verifiedAt;
  }

  public void updateProfile(String displayName, Agency agency, String jobTitle) {
    this.displayName = displayName.strip();
    this.agency = agency;
    this.jobTitle = jobTitle == null || jobTitle.isBlank() ? null : jobTitle.strip();
  }

  public void rememberLowVision(boolean on) {
    this.lowVision = on;
  }

  public void makeAdministrator() {
    this.administrator = true;
  }

  /** Stops the account signing in; its memberships and history stay. */
  public void deactivate(Instant when) {
    if (deactivatedAt == null) {
      deactivatedAt = when;
    }
  }

  public void reactivate() {
    deactivatedAt = null;
  }

  public boolean active() {
    return deactivatedAt == null;
  }

  public UUID id() {
    return id;
  }

  public String email() {
    return email;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public String displayName() {
    return displayName;
  }

  public Agency agency() {
    return agency;
  }

  public String jobTitle() {
    return jobTitle;
  }

  public boolean emailVerified() {
    return emailVerifiedAt != null;
  }

  public boolean administrator() {
    return administrator;
  }

  public boolean lowVision() {
    return lowVision;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
