package uk.missingchildren.response.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Choosing the two rounds to compare from the page's parameters. */
class RoundChoiceTest {

  private static final UUID FIRST = UUID.randomUUID();
  private static final UUID SECOND = UUID.randomUUID();
  private static final UUID THIRD = UUID.randomUUID();
  private static final List<UUID> ROUNDS = List.of(FIRST, SECOND, THIRD);

  @Test
  void withNothingChosen_comparesTheLatestRoundWithTheOneBefore() {
    assertThat(RoundChoice.of(null, "", ROUNDS))
        .isEqualTo(new RoundChoice(SECOND, THIRD, null, null));
  }

  @Test
  void withOnlyTheLaterChosen_comparesItWithTheRoundBefore_orAfterWhenItIsTheFirst() {
    assertThat(RoundChoice.of(null, SECOND.toString(), ROUNDS).from()).isEqualTo(FIRST);
    assertThat(RoundChoice.of(null, FIRST.toString(), ROUNDS).from()).isEqualTo(SECOND);
  }

  @Test
  void anyTwoRounds_canBeCompared() {
    RoundChoice choice = RoundChoice.of(FIRST.toString(), THIRD.toString(), ROUNDS);

    assertThat(choice.ready()).isTrue();
    assertThat(choice).isEqualTo(new RoundChoice(FIRST, THIRD, null, null));
  }

  @Test
  void theSameRoundTwice_orWordsThatAreNoId_areErrorsToShow() {
    assertThat(RoundChoice.of(SECOND.toString(), SECOND.toString(), ROUNDS).toError())
        .isEqualTo(RoundChoice.SAME);
    RoundChoice garbled = RoundChoice.of("round-one", THIRD.toString(), ROUNDS);
    assertThat(garbled.fromError()).isEqualTo(RoundChoice.NOT_ON_LIST);
    assertThat(garbled.ready()).isFalse();
    assertThat(garbled.hasErrors()).isTrue();
  }

  @Test
  void anIdThatIsNotOneOfTheRounds_isNotFound() {
    String elsewhere = UUID.randomUUID().toString();

    assertThatThrownBy(() -> RoundChoice.of(elsewhere, null, ROUNDS))
        .isInstanceOf(RoundNotFoundException.class);
    assertThatThrownBy(() -> RoundChoice.of(null, elsewhere, ROUNDS))
        .isInstanceOf(RoundNotFoundException.class);
  }

  @Test
  void withFewerThanTwoRounds_thereIsNothingToChoose_butAnotherIdIsStillNotFound() {
    assertThat(RoundChoice.of(null, null, List.of(FIRST)).ready()).isFalse();
    assertThatThrownBy(() -> RoundChoice.of(SECOND.toString(), null, List.of()))
        .isInstanceOf(RoundNotFoundException.class);
  }
}
