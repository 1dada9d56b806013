package uk.missingchildren.response.partnership;

/**
 * The reverse of {@link PartnershipDataContributor}: brings one section of a partnership's data
 * file back into a new partnership. Each feature restores its own tables, so the restore, like the
 * export, depends on no feature's internals; every section the export writes needs a restorer, or
 * the service does not start.
 *
 * <p>Implementations are Spring beans; {@code @Order} sets the order they run in, which is the
 * order of the references between sections: benchmarks and checklist reviews (10, 20) before the
 * follow-up meetings (30) and actions (40) that refer to them, and the actions' history (50) last.
 * All of them run in one transaction: a problem anywhere means nothing is kept.
 */
public interface PartnershipDataRestorer {

  /**
   * The section of the file it reads: the same key as its feature's {@link
   * PartnershipDataContributor}.
   */
  String section();

  /**
   * Writes every record of the section into the new partnership, under new ids, as it was recorded.
   *
   * @param context the new partnership, with the person importing it as its coordinator
   * @return how many records of the section were restored (not counting their attendees, answers
   *     and the like)
   * @throws DataFileProblem if a record is not as this service writes it
   */
  int restore(PartnershipContext context, DataFileSection section);
}
