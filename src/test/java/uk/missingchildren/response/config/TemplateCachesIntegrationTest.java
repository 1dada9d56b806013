package uk.missingchildren.response.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.thymeleaf.TemplateEngine;
import uk.missingchildren.response.support.BenchmarkMeetings;
import uk.missingchildren.response.support.IntegrationTest;
import uk.missingchildren.response.support.SiteVisitor;
import uk.missingchildren.response.support.TestUsers;

/**
 * A few pages of the service already hold more expressions than Thymeleaf keeps by default (500),
 * so without room for them every request would parse and look up its expressions afresh.
 */
class TemplateCachesIntegrationTest extends IntegrationTest {

  private static final int THYMELEAF_DEFAULT_EXPRESSIONS = 500;

  @Autowired TestUsers users;
  @Autowired TemplateEngine engine;

  @Test
  void aMeetingsPages_holdMoreExpressionsThanThymeleafKeepsByDefault_andAllOfThemAreKept() {
    SiteVisitor visitor = users.signedIn(url(""), users.givenAccount("Cate Cache"));
    String benchmark =
        BenchmarkMeetings.givenSubmittedBenchmark(
            visitor, "Cache Partnership", Map.of("Q02", "no"));
    String partnership = benchmark.substring(0, benchmark.indexOf("/benchmarks/"));
    List<String> pages =
        List.of(
            "/",
            "/resources",
            "/checklists/return-home-interviews",
            partnership,
            partnership + "/checklists",
            partnership + "/actions",
            "/information-sheet",
            benchmark + "/report");

    pages.forEach(page -> assertThat(visitor.get(page).statusCode()).as(page).isEqualTo(200));
    int kept = engine.getCacheManager().getExpressionCache().keySet().size();
    pages.forEach(visitor::get);

    assertThat(kept).isGreaterThan(THYMELEAF_DEFAULT_EXPRESSIONS);
    assertThat(engine.getCacheManager().getExpressionCache().keySet().size())
        .isGreaterThanOrEqualTo(kept)
        .isLessThan(TemplateCacheConfig.EXPRESSIONS);
  }
}
