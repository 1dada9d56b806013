package uk.missingchildren.response.partnership;

/**
 * Lets a feature put its records into the partnership's data export ({@code data.json}), without
 * the export depending on every feature: each feature knows its own tables, and adding a feature
 * adds a section. Like {@link PartnershipHomeContributor}, it lives here, where every feature
 * already depends, so no feature depends on the export in return.
 *
 * <p>Implementations are Spring beans; {@code @Order} sets where the section comes in the file.
 * {@link #export} is called inside one read-only transaction for the whole file, so the sections
 * agree with each other.
 */
public interface PartnershipDataContributor {

  /**
   * The section's key at the top level of the file, in camel case, such as {@code "benchmarks"}.
   */
  String section();

  /**
   * Every record of this kind that belongs to the partnership, as records, lists and maps that
   * Jackson writes as they are: dates as ISO-8601, no account details beyond what the records hold.
   */
  Object export(PartnershipContext context);
}
