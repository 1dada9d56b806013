package uk.missingchildren.response.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SaveUnlessStaleTest {

  record Note(String text) implements Draft {
    @Override
    public boolean isEmpty() {
      return text == null;
    }
  }

  static final class Stored implements Revised<Note> {
    private Note note;
    private final Integer revision;

    Stored(String text, Integer revision) {
      this.note = new Note(text);
      this.revision = revision;
    }

    @Override
    public Note draft() {
      return note;
    }

    @Override
    public Integer revision() {
      return revision;
    }

    @Override
    public void record(Note draft, UUID by, Instant now) {
      note = draft;
    }
  }

  private static String savedBy(Stored stored) {
    return "Sam";
  }

  @Test
  void nothingStored_andNothingSent_isSavedAsNothing_withoutAWrite() {
    var outcome =
        SaveUnlessStale.settled(
            Optional.<Stored>empty(), new Note(null), null, SaveUnlessStaleTest::savedBy);

    assertThat(outcome)
        .hasValueSatisfying(
            o -> {
              assertThat(o.conflict()).isFalse();
              assertThat(o.saved()).isNull();
              assertThat(o.revision()).isNull();
            });
  }

  @Test
  void nothingStored_andSomethingSent_isWritten() {
    assertThat(
            SaveUnlessStale.settled(
                Optional.<Stored>empty(), new Note("first"), null, SaveUnlessStaleTest::savedBy))
        .isEmpty();
  }

  @Test
  void sendingWhatIsStored_isNotAConflict_evenFromAnOldPage() {
    Stored stored = new Stored("agreed", 4);

    var outcome =
        SaveUnlessStale.settled(
            Optional.of(stored), new Note("agreed"), 1, SaveUnlessStaleTest::savedBy);

    assertThat(outcome)
        .hasValueSatisfying(
            o -> {
              assertThat(o.conflict()).isFalse();
              assertThat(o.revision()).isEqualTo(4);
            });
  }

  @Test
  void aChangeFromThePageShowingTheStoredRevision_isWritten() {
    assertThat(
            SaveUnlessStale.settled(
                Optional.of(new Stored("old", 4)),
                new Note("new"),
                4,
                SaveUnlessStaleTest::savedBy))
        .isEmpty();
  }

  @Test
  void
      aChangeFromAPageShowingAnOlderRevision_isAConflict_carryingBothVersionsAndWhoSavedTheOther() {
    Stored stored = new Stored("theirs", 5);

    var outcome =
        SaveUnlessStale.settled(
            Optional.of(stored), new Note("mine"), 4, SaveUnlessStaleTest::savedBy);

    assertThat(outcome)
        .hasValueSatisfying(
            o -> {
              assertThat(o.conflict()).isTrue();
              assertThat(o.saved()).isSameAs(stored);
              assertThat(o.yours()).isEqualTo(new Note("mine"));
              assertThat(o.savedByName()).isEqualTo("Sam");
              assertThat(o.revision()).isEqualTo(5);
            });
  }

  @Test
  void afterLosingARace_theSameTextIsSaved_andADifferentOneIsAConflict() {
    Stored theirs = new Stored("same", 2);

    assertThat(
            SaveUnlessStale.afterLostRace(theirs, new Note("same"), SaveUnlessStaleTest::savedBy)
                .conflict())
        .isFalse();
    assertThat(
            SaveUnlessStale.afterLostRace(theirs, new Note("other"), SaveUnlessStaleTest::savedBy)
                .conflict())
        .isTrue();
  }
}
