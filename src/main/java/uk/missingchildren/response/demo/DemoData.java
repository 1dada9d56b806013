package uk.missingchildren.response.demo;

import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.missingchildren.response.account.Account;
import uk.missingchildren.response.account.Accounts;
import uk.missingchildren.response.notification.ServiceAddress;

/**
 * Creates the demonstration when the service is ready, the first time only: the database outlives
 * the process, so once the demo account exists there is nothing to do. Then prints how to sign in.
 */
@Component
@Profile("demo")
class DemoData {

  /**
   * The framework version the demonstration's meetings were held on. Its story runs up to the
   * publication of 2026.2, so a visitor who starts the next round sees what changed.
   */
  static final String STORY_FRAMEWORK_VERSION = "2026.1";

  private static final Logger log = LoggerFactory.getLogger(DemoData.class);
  private static final String RULE = "=".repeat(78);

  private final Accounts accounts;
  private final Storyteller storyteller;
  private final DemoProperties demo;
  private final ServiceAddress site;
  private final MessageSource messages;
  private final TransactionTemplate transaction;

  DemoData(
      Accounts accounts,
      Storyteller storyteller,
      DemoProperties demo,
      ServiceAddress site,
      MessageSource messages,
      PlatformTransactionManager transactions) {
    this.accounts = accounts;
    this.storyteller = storyteller;
    this.demo = demo;
    this.site = site;
    this.messages = messages;
    this.transaction = new TransactionTemplate(transactions);
  }

  @EventListener(ApplicationReadyEvent.class)
  void whenReady() {
    boolean created = createUnlessPresent();
    log.info(signInBlock(created));
  }

  /**
   * Tells the story unless the demo account exists; whether it did. In one transaction, so a story
   * that fails part-way leaves nothing behind and the next start tries again.
   */
  boolean createUnlessPresent() {
    if (accounts.findByEmail(Account.normalise(demo.email())).isPresent()) {
      return false;
    }
    transaction.executeWithoutResult(status -> storyteller.tell());
    return true;
  }

  private String signInBlock(boolean created) {
    List<String> lines =
        List.of(
            RULE,
            message("demo.console.title"),
            message("demo.console.fictional"),
            message(created ? "demo.console.created" : "demo.console.kept"),
            "",
            message("demo.console.signIn", site.link("/sign-in")),
            message("demo.console.email", demo.email()),
            message("demo.console.password", demo.password()),
            RULE);
    return "\n" + String.join("\n", lines);
  }

  private String message(String key, Object... arguments) {
    return messages.getMessage(key, arguments, Locale.UK);
  }
}
