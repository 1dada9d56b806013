package uk.missingchildren.response.oversight;

import java.util.UUID;

/** Which partnership joins (on the invitation page) and what it shares. */
public class SharingForm {

  private UUID partnershipId;
  private boolean stageOne;
  private boolean checklists;
  private boolean actionSummary;

  static SharingForm of(SharingChoice choice) {
    SharingForm form = new SharingForm();
    form.stageOne = choice.stageOne();
    form.checklists = choice.checklists();
    form.actionSummary = choice.actionSummary();
    return form;
  }

  SharingChoice choice() {
    return new SharingChoice(stageOne, checklists, actionSummary);
  }

  public UUID getPartnershipId() {
    return partnershipId;
  }

  public void setPartnershipId(UUID partnershipId) {
    this.partnershipId = partnershipId;
  }

  public boolean isStageOne() {
    return stageOne;
  }

  public void setStageOne(boolean stageOne) {
    this.stageOne = stageOne;
  }

  public boolean isChecklists() {
    return checklists;
  }

  public void setChecklists(boolean checklists) {
    this.checklists = checklists;
  }

  public boolean isActionSummary() {
    return actionSummary;
  }

  public void setActionSummary(boolean actionSummary) {
    this.actionSummary = actionSummary;
  }
}
