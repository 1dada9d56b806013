package uk.missingchildren.response.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;
import uk.missingchildren.response.framework.Framework;
import uk.missingchildren.response.framework.FrameworkLoader;
import uk.missingchildren.response.framework.Question;
import uk.missingchildren.response.framework.StageOneScale;
import uk.missingchildren.response.framework.Theme;

/**
 * Which areas a benchmark says to start stage two with: with no limit in the framework, every area
 * its rating prioritises (as version 2026.1 has always done); with a limit, at most that many, the
 * lowest rated first, and every other area after them in the same order.
 */
class StageOneResultsTest {

  private static final FrameworkLoader LOADER =
      new FrameworkLoader(new DefaultResourceLoader(), "classpath:framework/");
  private static final Framework PUBLISHED = LOADER.load("2026.1");

  @Test
  void withoutALimit_everyPrioritisedAreaIsListed_andTheStrongOnesFollowInFrameworkOrder() {
    StageOneResults results = StageOneResults.of(PUBLISHED, answers(PUBLISHED, allButFourAreas()));

    assertThat(results.priorities()).hasSize(8);
    assertThat(results.others())
        .extracting(area -> area.theme().id())
        .containsExactly("T01", "T02", "T03", "T04");
  }

  @Test
  void withALimitOfThree_threeAreasComeFirst_andTheRestFollowInPriorityOrder() {
    Framework limited = withStartWith(PUBLISHED, 3);
    Map<String, String> given = allButFourAreas();
    // One area answered "No" throughout: the only Priority for improvement, so it leads.
    limited.themes().get(11).questions().forEach(q -> given.put(q.id(), "no"));

    StageOneResults results = StageOneResults.of(limited, answers(limited, given));

    assertThat(results.priorities()).hasSize(3);
    assertThat(results.priorities().get(0).theme().id()).isEqualTo("T12");
    assertThat(results.priorities().get(0).score().band().id()).isEqualTo("priority");
    assertThat(results.others()).hasSize(9);
    assertThat(results.others().subList(0, 5))
        .as("the prioritised areas past the limit come next")
        .allSatisfy(area -> assertThat(area.score().band().prioritise()).isTrue());
    assertThat(results.others().subList(5, 9))
        .allSatisfy(area -> assertThat(area.score().band().id()).isEqualTo("strong"));
  }

  /** "Yes" to the first four areas' questions, "Partly" to the rest. */
  private static Map<String, String> allButFourAreas() {
    Map<String, String> given = new HashMap<>();
    List<Theme> themes = PUBLISHED.themes();
    for (int i = 0; i < themes.size(); i++) {
      for (Question question : themes.get(i).questions()) {
        given.put(question.id(), i < 4 ? "yes" : "partly");
      }
    }
    return given;
  }

  private static Map<String, Answer> answers(Framework framework, Map<String, String> given) {
    UUID benchmarkId = UUID.randomUUID();
    Map<String, Answer> answers = new HashMap<>();
    for (Question question : framework.questions()) {
      Answer answer = new Answer(benchmarkId, question.id());
      answer.record(
          new AnswerDraft(given.get(question.id()), null, null), UUID.randomUUID(), Instant.now());
      answers.put(question.id(), answer);
    }
    return answers;
  }

  private static Framework withStartWith(Framework framework, int startWith) {
    StageOneScale scale = framework.stageOne();
    return new Framework(
        framework.version(),
        framework.title(),
        framework.published(),
        new StageOneScale(
            scale.answers(),
            scale.ratingExplanation(),
            scale.bands(),
            scale.workedExamples(),
            startWith),
        framework.stageTwo(),
        framework.themes(),
        framework.sources(),
        framework.changeLog());
  }
}
