package uk.missingchildren.response.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

class ReportEmailValidatorTest {

  private final ResourceBundleMessageSource messages = messages();

  @Test
  void addresses_canBeSeparatedByCommasSemicolonsSpacesOrNewLines_andAreEachKeptOnce() {
    ReportEmailForm form =
        form(" a@example.org,b@example.org;\n c@example.org\td@example.org  A@Example.org ,, ");

    assertThat(form.recipients())
        .containsExactly("a@example.org", "b@example.org", "c@example.org", "d@example.org");
    assertThat(validate(form)).isEmpty();
  }

  @Test
  void nothingTyped_isRefused() {
    assertThat(validate(form(null))).containsExactly("Enter at least one email address");
    assertThat(validate(form(" ;\n, "))).containsExactly("Enter at least one email address");
  }

  @Test
  void aWrongAddress_isNamed_andSeveralAreListed() {
    assertThat(validate(form("ok@example.org bob@")))
        .containsExactly(
            "Enter email addresses in the correct format, like name@example.com. 'bob@' is not");
    assertThat(validate(form("x y@example z")))
        .containsExactly(
            "Enter email addresses in the correct format, like name@example.com. 'x', 'y@example' and 'z' are not");
  }

  @Test
  void tenAddressesAreAllowed_elevenAreNot() {
    assertThat(validate(form(addresses(10)))).isEmpty();
    assertThat(validate(form(addresses(11))))
        .containsExactly("Enter no more than 10 email addresses. You entered 11");
  }

  @Test
  void aMessageOver2000Characters_isRefused() {
    ReportEmailForm form = form("a@example.org");
    form.setMessage("x".repeat(2001));

    assertThat(validate(form)).containsExactly("Message must be 2,000 characters or fewer");
    form.setMessage("  Thanks  ");
    assertThat(validate(form)).isEmpty();
    assertThat(form.messageOrNull()).isEqualTo("Thanks");
  }

  private List<String> validate(ReportEmailForm form) {
    Errors errors = new BeanPropertyBindingResult(form, "reportEmailForm");
    new ReportEmailValidator(messages).validate(form, errors);
    return errors.getAllErrors().stream()
        .map(error -> messages.getMessage(error, StageOneReports.LOCALE))
        .toList();
  }

  private static String addresses(int count) {
    return String.join(
        ", ",
        java.util.stream.IntStream.rangeClosed(1, count)
            .mapToObj(n -> "p" + n + "@example.org")
            .toList());
  }

  private static ReportEmailForm form(String addresses) {
    ReportEmailForm form = new ReportEmailForm();
    form.setAddresses(addresses);
    return form;
  }

  private static ResourceBundleMessageSource messages() {
    ResourceBundleMessageSource source = new ResourceBundleMessageSource();
    source.setBasenames("messages/messages", "messages/report");
    source.setDefaultEncoding("UTF-8");
    source.setFallbackToSystemLocale(false);
    return source;
  }
}
