package uk.missingchildren.response.report;

import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import uk.missingchildren.response.account.EmailAddresses;

/**
 * Checks the addresses to email a report to: at least one, no more than {@link #MAX_RECIPIENTS},
 * each one an email address. A wrong address is named in the message, so people can find it in what
 * they typed.
 */
class ReportEmailValidator implements Validator {

  static final int MAX_RECIPIENTS = 10;
  static final int MAX_MESSAGE_LENGTH = 2000;

  private final MessageSource messages;

  ReportEmailValidator(MessageSource messages) {
    this.messages = messages;
  }

  @Override
  public boolean supports(Class<?> type) {
    return ReportEmailForm.class.isAssignableFrom(type);
  }

  @Override
  public void validate(Object target, Errors errors) {
    ReportEmailForm form = (ReportEmailForm) target;
    List<String> recipients = form.recipients();
    List<String> wrong =
        recipients.stream().filter(address -> !EmailAddresses.valid(address)).toList();
    if (recipients.isEmpty()) {
      errors.rejectValue("addresses", "report.email.error.missing");
    } else if (!wrong.isEmpty()) {
      errors.rejectValue(
          "addresses",
          wrong.size() == 1 ? "report.email.error.format" : "report.email.error.formatMany",
          new Object[] {quoted(wrong)},
          null);
    } else if (recipients.size() > MAX_RECIPIENTS) {
      errors.rejectValue(
          "addresses",
          "report.email.error.tooMany",
          new Object[] {MAX_RECIPIENTS, recipients.size()},
          null);
    }
    if (form.getMessage() != null && form.getMessage().length() > MAX_MESSAGE_LENGTH) {
      errors.rejectValue(
          "message", "report.email.error.messageTooLong", new Object[] {MAX_MESSAGE_LENGTH}, null);
    }
  }

  /** "'a'", "'a' and 'b'", "'a', 'b' and 'c'". */
  private String quoted(List<String> addresses) {
    List<String> each =
        addresses.stream()
            .map(
                address ->
                    messages.getMessage(
                        "report.email.error.quoted",
                        new Object[] {address},
                        StageOneReports.LOCALE))
            .toList();
    if (each.size() == 1) {
      return each.get(0);
    }
    String and = messages.getMessage("report.email.error.and", null, StageOneReports.LOCALE);
    return String.join(", ", each.subList(0, each.size() - 1))
        + " "
        + and
        + " "
        + each.get(each.size() - 1);
  }
}
