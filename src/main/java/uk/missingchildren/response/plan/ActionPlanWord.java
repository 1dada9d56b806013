package uk.missingchildren.response.plan;

import org.springframework.stereotype.Component;
import uk.missingchildren.response.export.WordDocument;

/**
 * The action plan as an editable Word document: a level 2 heading per thematic area and a level 3
 * heading per action, so the navigation pane and screen readers list them, each action's details as
 * labelled lines under its heading.
 */
@Component
class ActionPlanWord {

  private final PlanWords words;

  ActionPlanWord(PlanWords words) {
    this.words = words;
  }

  byte[] export(PrintedPlan plan) {
    WordDocument word = new WordDocument(plan.title(), words.message("service.name"));
    word.footer(
        plan.footer(), words.message("export.page.number"), words.message("export.page.of"));
    word.heading(1, plan.title());
    word.paragraph(plan.summary());
    if (plan.areas().isEmpty()) {
      word.paragraph(words.message("plan.document.none"));
    }
    for (PrintedPlan.Area area : plan.areas()) {
      word.heading(2, area.title());
      for (PrintedPlan.Entry action : area.actions()) {
        entry(word, action);
      }
    }
    PrintedPlan.Proposed proposed = plan.proposed();
    if (!proposed.entries().isEmpty()) {
      word.heading(2, proposed.heading());
      word.paragraph(proposed.lead());
      proposed.entries().forEach(entry -> entry(word, entry));
    }
    return word.toBytes();
  }

  private static void entry(WordDocument word, PrintedPlan.Entry entry) {
    word.heading(3, entry.heading());
    entry.details().forEach(detail -> word.labelled(detail.label() + ":", detail.text()));
  }
}
