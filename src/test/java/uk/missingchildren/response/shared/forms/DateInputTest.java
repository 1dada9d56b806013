package uk.missingchildren.response.shared.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateInputTest {

  @Test
  void saysWhichPartIsMissing_orThatTheDateIsNotReal() {
    assertThat(DateInput.problem("", " ", null)).contains(DateInput.Problem.MISSING);
    assertThat(DateInput.problem("", "2", "2027")).contains(DateInput.Problem.NO_DAY);
    assertThat(DateInput.problem("3", "", "2027")).contains(DateInput.Problem.NO_MONTH);
    assertThat(DateInput.problem("3", "2", "")).contains(DateInput.Problem.NO_YEAR);
    assertThat(DateInput.problem("31", "2", "2027")).contains(DateInput.Problem.NOT_REAL);
    assertThat(DateInput.problem("3", "2", "27")).contains(DateInput.Problem.NOT_REAL);
    assertThat(DateInput.problem("3", "two", "2027")).contains(DateInput.Problem.NOT_REAL);
    assertThat(DateInput.problem(" 3 ", "2", "2027")).isEmpty();
  }

  @Test
  void readsTheDate_withSpacesAround_orNothingForAnIncompleteOne() {
    assertThat(DateInput.date(" 3", "2 ", "2027")).isEqualTo(LocalDate.of(2027, 2, 3));
    assertThat(DateInput.date("3", null, "2027")).isNull();
    assertThat(DateInput.problem("3", "2", "2027").map(DateInput.Problem::suffix)).isEmpty();
    assertThat(DateInput.Problem.NO_DAY.suffix()).isEqualTo("NoDay");
  }
}
