package uk.missingchildren.response.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.missingchildren.response.account.Accounts;
import uk.missingchildren.response.support.IntegrationTest;
import uk.missingchildren.response.support.SiteVisitor;

/**
 * Without the demo profile (the shared context of the integration tests) there is no trace of the
 * demonstration.
 */
class DemoDataWithoutTheProfileIntegrationTest extends IntegrationTest {

  /** The demo account's address, as the demo profile sets it in application.yaml. */
  private static final String DEMO_EMAIL = "demo@eastmoor.example";

  @Autowired ApplicationContext app;
  @Autowired Accounts accounts;
  @Autowired JdbcTemplate jdbc;
  @Autowired Clock clock;

  @Test
  void withoutTheDemoProfile_noDemoAccountOrPartnershipIsMade_andNoPageSaysDemonstration() {
    assertThat(app.getBeansOfType(DemoData.class)).isEmpty();
    assertThat(app.getBeansOfType(DemoNoticeFilter.class)).isEmpty();
    assertThat(clock).isNotInstanceOf(StoryClock.class);
    assertThat(accounts.findByEmail(DEMO_EMAIL)).isEmpty();
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM partnership WHERE name LIKE 'Eastmoor%'", Long.class))
        .isZero();
    assertThat(Jsoup.parse(new SiteVisitor(url("")).get("/").body()).select("#demo-notice"))
        .isEmpty();
  }
}
