package uk.missingchildren.response.notification;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Builds an email from message keys: {@code email.<name>.subject}, {@code .body} (paragraphs
 * separated by blank lines) and {@code .action} (the text of the link). The same words go into the
 * plain-text and the HTML body. A paragraph whose every line starts with "- " is a bulleted list,
 * and one whose every line starts with a number and a full stop ("1. ") a numbered list: the plain
 * text keeps them as written, the HTML body makes them real lists. Empty paragraphs are left out.
 */
@Component
public class EmailComposer {

  private static final Locale LOCALE = Locale.UK;

  private final MessageSource messages;
  private final ITemplateEngine templates;
  private final ServiceAddress address;

  EmailComposer(MessageSource messages, ITemplateEngine templates, ServiceAddress address) {
    this.messages = messages;
    this.templates = templates;
    this.address = address;
  }

  /**
   * @param linkPath the path the email's button leads to, or null for an email without one
   */
  public Email compose(String to, String name, String linkPath, Object... args) {
    String subject = message("email." + name + ".subject", args);
    List<String> paragraphs =
        Arrays.stream(message("email." + name + ".body", args).split("\\n\\s*\\n"))
            .map(String::strip)
            .filter(paragraph -> !paragraph.isEmpty())
            .toList();
    String link = linkPath == null ? null : address.link(linkPath);
    String action = link == null ? null : message("email." + name + ".action", args);
    String footer = message("email.footer");

    StringBuilder text = new StringBuilder();
    paragraphs.forEach(paragraph -> text.append(paragraph).append("\n\n"));
    if (link != null) {
      text.append(action).append(":\n").append(link).append("\n\n");
    }
    text.append("--\n").append(footer).append('\n');

    Context context = new Context(LOCALE);
    context.setVariable("subject", subject);
    context.setVariable("blocks", paragraphs.stream().map(Block::of).toList());
    context.setVariable("link", link);
    context.setVariable("action", action);
    context.setVariable("footer", footer);
    String html = templates.process("email/message", context);
    return new Email(to, subject, text.toString(), html);
  }

  /** A paragraph or a list of the HTML body: {@code kind} is "p", "ul" or "ol". */
  record Block(String kind, List<String> items) {

    private static final Pattern BULLET = Pattern.compile("^- ");
    private static final Pattern NUMBER = Pattern.compile("^\\d+\\. ");

    static Block of(String paragraph) {
      List<String> lines = paragraph.lines().map(String::strip).toList();
      for (var list : List.of(Map.entry("ul", BULLET), Map.entry("ol", NUMBER))) {
        if (lines.stream().allMatch(line -> list.getValue().matcher(line).find())) {
          return new Block(
              list.getKey(),
              lines.stream().map(line -> list.getValue().matcher(line).replaceFirst("")).toList());
        }
      }
      return new Block("p", List.of(paragraph));
    }
  }

  private String message(String key, Object... args) {
    return messages.getMessage(key, args, LOCALE);
  }
}
