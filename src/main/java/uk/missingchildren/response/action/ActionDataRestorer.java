package uk.missingchildren.response.action;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import uk.missingchildren.response.action.ActionDataContributor.ActionData;
import uk.missingchildren.response.framework.ChecklistItem;
import uk.missingchildren.response.framework.Framework;
import uk.missingchildren.response.framework.FrameworkCatalogue;
import uk.missingchildren.response.framework.Question;
import uk.missingchildren.response.framework.Theme;
import uk.missingchildren.response.partnership.DataFileChecks;
import uk.missingchildren.response.partnership.DataFileProblem;
import uk.missingchildren.response.partnership.DataFileSection;
import uk.missingchildren.response.partnership.PartnershipContext;
import uk.missingchildren.response.partnership.PartnershipDataRestorer;

/**
 * Brings the actions of a partnership's data file back into its register, as they were last
 * recorded, each linked to the restored review or benchmark it was set in. The file's reference
 * (the start of the old id) is not kept: an action's reference always follows from its id.
 */
@Component
@Order(40)
class ActionDataRestorer implements PartnershipDataRestorer {

  private static final int TITLE = 200;
  private static final int NAME = 100;
  private static final int EMAIL = 320;

  private final EntityManager entities;
  private final FrameworkCatalogue catalogue;

  ActionDataRestorer(EntityManager entities, FrameworkCatalogue catalogue) {
    this.entities = entities;
    this.catalogue = catalogue;
  }

  @Override
  public String section() {
    return "actions";
  }

  @Override
  public int restore(PartnershipContext context, DataFileSection section) {
    List<ActionData> all = section.records(ActionData.class);
    for (int i = 0; i < all.size(); i++) {
      ActionData data = all.get(i);
      String at = section.at(i);
      ActionOwner owner = DataFileChecks.required(data.owner(), at + ".owner");
      if (!Action.namesItsOwner(owner, data.agency())) {
        throw new DataFileProblem("restore.error.fieldMissing", at + ".agency");
      }
      NewAction action =
          new NewAction(
              source(data, at).id(),
              data.source(),
              data.sourceId(),
              section.restoredId("checklistReviews", data.reviewId(), at + ".reviewId"),
              section.restoredId("benchmarks", data.benchmarkId(), at + ".benchmarkId"),
              DataFileChecks.requiredText(data.title(), TITLE, at + ".title"),
              DataFileChecks.requiredText(
                  data.description(), DataFileChecks.LONG_TEXT, at + ".description"),
              owner,
              data.agency(),
              DataFileChecks.requiredText(data.leadPerson(), NAME, at + ".leadPerson"),
              DataFileChecks.text(data.leadEmail(), EMAIL, at + ".leadEmail"),
              DataFileChecks.required(data.dueDate(), at + ".dueDate"),
              DataFileChecks.requiredText(
                  data.successMeasure(), DataFileChecks.LONG_TEXT, at + ".successMeasure"));
      entities.persist(
          Action.restored(
              section.newId(data.id(), at + ".id"),
              context.partnershipId(),
              action,
              DataFileChecks.required(data.status(), at + ".status"),
              DataFileChecks.required(data.createdAt(), at + ".createdAt"),
              data.updatedAt()));
    }
    return all.size();
  }

  /**
   * The thematic area, once the question or checklist item the action answers is found in it. Item
   * and question ids are never reused or removed, so the current framework has every one.
   */
  private Theme source(ActionData data, String at) {
    Framework framework = catalogue.current();
    Theme theme =
        framework
            .themeWithId(DataFileChecks.required(data.themeId(), at + ".themeId"))
            .orElseThrow(
                () ->
                    new DataFileProblem(
                        "restore.error.notInFramework",
                        at + ".themeId",
                        data.themeId(),
                        framework.version()));
    List<String> sources =
        switch (DataFileChecks.required(data.source(), at + ".source")) {
          case STAGE_ONE_QUESTION -> theme.questions().stream().map(Question::id).toList();
          case CHECKLIST_ITEM -> theme.checklist().items().stream().map(ChecklistItem::id).toList();
        };
    DataFileChecks.oneOf(sources, data.sourceId(), at + ".sourceId", framework.version());
    return theme;
  }
}
