package uk.missingchildren.response.shared.forms;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.WebUtils;

/**
 * Makes a form do one thing however often it is sent. A form drawn once and sent twice with the
 * same content (a double click, a retry after a lost connection, a browser re-posting) carries the
 * same {@link FormFieldNames#SUBMISSION} token: the first one does the work and records where it
 * led, in the same transaction; the second does nothing and leads to the same page, with the same
 * message on it. When the two arrive at the same moment, the second waits on the first one's row
 * and then reads its result, so neither sees an error.
 *
 * <p>Content is part of the key, so a form changed and sent again (say, after going back in the
 * browser) is a new submission, not silently swallowed.
 */
@Component
public class FormSubmissions {

  /** How long a submission is remembered: far longer than any retry, short enough to stay small. */
  static final Duration REMEMBERED_FOR = Duration.ofDays(1);

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transactions;
  private final Clock clock;

  FormSubmissions(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Clock clock) {
    this.jdbc = jdbc;
    this.transactions = new TransactionTemplate(transactionManager);
    this.clock = clock;
  }

  /**
   * Runs {@code submit} once for this form submission and returns the path it leads to; a repeat
   * returns the first one's path without running anything. {@code submit}'s own transactions join
   * the one started here, so the work and the record of it are committed together.
   *
   * @param submit does the work and returns the path to redirect to
   */
  public String once(HttpServletRequest request, Supplier<String> submit) {
    return once(request, null, submit);
  }

  /**
   * As {@link #once(HttpServletRequest, Supplier)}, for a handler that leaves a message for the
   * next page in {@code redirect}: a repeat leaves the same message.
   */
  public String once(
      HttpServletRequest request, RedirectAttributes redirect, Supplier<String> submit) {
    Optional<String> key = key(request);
    if (key.isEmpty()) {
      return submit.get();
    }
    Optional<Done> done;
    try {
      done =
          Optional.of(
              transactions.execute(
                  status ->
                      previous(key.get())
                          .orElseGet(
                              () -> {
                                jdbc.update(
                                    "INSERT INTO form_submission (submission_key, submitted_at) VALUES (?, ?)",
                                    key.get(),
                                    Timestamp.from(clock.instant()));
                                String path = submit.get();
                                Map<String, ?> flash =
                                    redirect == null ? Map.of() : redirect.getFlashAttributes();
                                jdbc.update(
                                    "UPDATE form_submission SET result_path = ?, flash_attributes = ? WHERE submission_key = ?",
                                    path,
                                    FlashAttributes.write(flash),
                                    key.get());
                                return new Done(path, null);
                              })));
    } catch (DuplicateKeyException twinCommittedFirst) {
      done = transactions.execute(status -> previous(key.get()));
      if (done.isEmpty()) {
        throw twinCommittedFirst;
      }
    }
    if (done.get().flash() != null && redirect != null) {
      FlashAttributes.read(done.get().flash()).forEach(redirect::addFlashAttribute);
    }
    return done.get().path();
  }

  /**
   * Where this submission led, if it has been done already: for handlers that check the state of
   * things before doing the work (a meeting already finished, say), so a repeat still leads to the
   * first one's page rather than to a refusal.
   */
  public Optional<String> previousResult(HttpServletRequest request) {
    return key(request)
        .flatMap(key -> transactions.execute(status -> previous(key)))
        .map(Done::path);
  }

  /** Forgets submissions older than a day, on every instance (each deletion is harmless twice). */
  @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
  void forgetOldSubmissions() {
    jdbc.update(
        "DELETE FROM form_submission WHERE submitted_at < ?",
        Timestamp.from(clock.instant().minus(REMEMBERED_FOR)));
  }

  /**
   * Forgets the submissions that led to pages under {@code pathPrefix}, such as a purged
   * partnership's.
   */
  public void forgetLeadingTo(String pathPrefix) {
    jdbc.update(
        "DELETE FROM form_submission WHERE result_path = ? OR result_path LIKE ?",
        pathPrefix,
        pathPrefix + "/%");
  }

  /** A finished submission; {@code flash} is null when it was run in this request. */
  private record Done(String path, String flash) {}

  private Optional<Done> previous(String key) {
    return jdbc
        .query(
            "SELECT result_path, flash_attributes FROM form_submission WHERE submission_key = ?",
            (row, n) -> new Done(row.getString(1), row.getString(2)),
            key)
        .stream()
        .filter(done -> done.path() != null)
        .findFirst();
  }

  /**
   * Who sent it, where, the form's token and everything in it but the CSRF token and owner marker
   * (which differ when a kept form is sent again after signing in): hashed, so no content is
   * stored.
   */
  private static Optional<String> key(HttpServletRequest request) {
    String token = request.getParameter(FormFieldNames.SUBMISSION);
    if (token == null || token.isBlank()) {
      return Optional.empty();
    }
    Map<String, String[]> fields = new TreeMap<>(request.getParameterMap());
    fields.remove(FormFieldNames.CSRF);
    fields.remove(FormFieldNames.OWNER);
    StringBuilder text =
        new StringBuilder()
            .append(request.getUserPrincipal() == null ? "" : request.getUserPrincipal().getName())
            .append('\n')
            .append(request.getRequestURI())
            .append('\n');
    fields.forEach(
        (name, values) -> {
          text.append(name.length()).append(':').append(name);
          for (String value : values) {
            text.append('|').append(value.length()).append(':').append(value);
          }
          text.append('\n');
        });
    uploadedFiles(request, text);
    return Optional.of(sha256(text.toString()));
  }

  /**
   * An uploaded file is content too: the same form sent again with another file (after going back
   * in the browser) is a new submission. Files are not request parameters, so each is added by its
   * digest.
   */
  private static void uploadedFiles(HttpServletRequest request, StringBuilder text) {
    MultipartHttpServletRequest multipart =
        WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
    if (multipart == null) {
      return;
    }
    new TreeMap<>(multipart.getMultiFileMap())
        .forEach(
            (name, files) -> {
              text.append("file:").append(name.length()).append(':').append(name);
              for (MultipartFile file : files) {
                try {
                  text.append('|').append(sha256(file.getBytes()));
                } catch (IOException unreadable) {
                  throw new UncheckedIOException(
                      "Could not read the uploaded file " + name, unreadable);
                }
              }
              text.append('\n');
            });
  }

  private static String sha256(String text) {
    return sha256(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
