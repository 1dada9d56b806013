package uk.missingchildren.response.export;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The documents' words, from the message bundles, in British English like the pages. */
@Component
class ExportMessages {

  static final Locale LOCALE = Locale.UK;

  private final MessageSource messageSource;

  ExportMessages(MessageSource messageSource) {
    this.messageSource = messageSource;
  }

  String get(String key, Object... arguments) {
    return messageSource.getMessage(key, arguments.length == 0 ? null : arguments, LOCALE);
  }
}
