package uk.missingchildren.response.shared.web;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The service's words from its message files, for text made outside a template. */
@Component
public class Words {

  private final MessageSource messages;

  Words(MessageSource messages) {
    this.messages = messages;
  }

  public String of(String code, Object... args) {
    return messages.getMessage(code, args, Locale.UK);
  }
}
