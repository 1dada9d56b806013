package uk.missingchildren.response.demo;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import uk.missingchildren.response.meeting.AttendeeForm;

/**
 * The words of Eastmoor's story, from messages/demo.properties (every key starts {@code demo.}).
 */
@Component
@Profile("demo")
class StoryText {

  private final MessageSource messages;

  StoryText(MessageSource messages) {
    this.messages = messages;
  }

  /** The text for a key, which must exist. */
  String text(String key) {
    return messages.getMessage("demo." + key, null, Locale.UK);
  }

  /**
   * The text for a key, or null where the story has nothing to say (no notes for a question, say).
   */
  String textIfAny(String key) {
    return messages.getMessage("demo." + key, null, null, Locale.UK);
  }

  String name(Person person) {
    return text(person.key() + ".name");
  }

  String email(Person person) {
    return text(person.key() + ".email");
  }

  /** The person as a meeting's attendee: name, agency and role. */
  AttendeeForm attendee(Person person) {
    return AttendeeForm.of(name(person), person.agency(), text(person.key() + ".role"));
  }
}
