package uk.missingchildren.response.demo;

import java.util.Locale;
import uk.missingchildren.response.account.Agency;

/**
 * The people of Eastmoor's story and the agency each works for; their words are in
 * messages/demo.properties.
 */
enum Person {
  ALEX(Agency.CHILDRENS_SOCIAL_CARE),
  PRIYA(Agency.OTHER),
  CHRIS(Agency.OTHER),
  HELEN(Agency.POLICE),
  GARETH(Agency.CHILDRENS_SOCIAL_CARE),
  SUNITA(Agency.CHILDRENS_SOCIAL_CARE),
  MINA(Agency.HEALTH),
  RACHEL(Agency.EDUCATION),
  TOM(Agency.RETURN_HOME_INTERVIEW_SERVICE),
  JESS(Agency.VOLUNTARY_OR_COMMUNITY_SECTOR),
  LEON(Agency.YOUTH_JUSTICE);

  private final Agency agency;

  Person(Agency agency) {
    this.agency = agency;
  }

  Agency agency() {
    return agency;
  }

  /** The start of this person's message keys: {@code person.helen}. */
  String key() {
    return "person." + name().toLowerCase(Locale.ROOT);
  }
}
