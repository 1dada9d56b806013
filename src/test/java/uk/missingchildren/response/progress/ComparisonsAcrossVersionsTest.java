package uk.missingchildren.response.progress;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;
import uk.missingchildren.response.framework.ChecklistItem;
import uk.missingchildren.response.framework.Framework;
import uk.missingchildren.response.framework.FrameworkLoader;
import uk.missingchildren.response.framework.Question;

/**
 * Rounds answered against different framework versions are still compared by id, and the comparison
 * says when the words behind an id changed, so the same answer is not read as the same finding.
 */
class ComparisonsAcrossVersionsTest {

  private static final FrameworkLoader PUBLISHED =
      new FrameworkLoader(new DefaultResourceLoader(), "classpath:framework/");
  private static final Framework EARLIER = PUBLISHED.load("2026.1");
  private static final Framework LATER = PUBLISHED.load("2026.2");

  @Test
  void aQuestionWhoseWordsChanged_isMarkedReworded_andOneWithTheSameWordsIsNot() {
    Question before = question(EARLIER, "Q03");
    Question after = question(LATER, "Q03");
    assertThat(before.text()).isNotEqualTo(after.text());

    assertThat(new StageOneComparison.QuestionChange(after, before, null, null).reworded())
        .isTrue();
    assertThat(new StageOneComparison.QuestionChange(after, after, null, null).reworded())
        .isFalse();
    assertThat(new StageOneComparison.QuestionChange(after, null, null, null).reworded())
        .as("not asked in the earlier round")
        .isFalse();
  }

  @Test
  void aChecklistItemWhoseWordsChanged_isMarkedReworded() {
    ChecklistItem before = item(EARLIER, "T05-R02");
    ChecklistItem after = item(LATER, "T05-R02");
    assertThat(before.text()).isNotEqualTo(after.text());

    assertThat(
            new ChecklistComparison.ItemChange(after, before, null, null, null, false).reworded())
        .isTrue();
    assertThat(new ChecklistComparison.ItemChange(after, after, null, null, null, false).reworded())
        .isFalse();
  }

  private static Question question(Framework framework, String id) {
    return framework.questions().stream().filter(q -> q.id().equals(id)).findFirst().orElseThrow();
  }

  private static ChecklistItem item(Framework framework, String id) {
    return framework.items().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
  }
}
