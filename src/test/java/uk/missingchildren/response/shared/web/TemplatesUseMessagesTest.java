package uk.missingchildren.response.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * All words people read come from the message bundles, never from templates, so content can be
 * reviewed in one place and translated (for example into Welsh) without touching markup.
 */
class TemplatesUseMessagesTest {

  private static final Path TEMPLATES = Path.of("src/main/resources/templates");
  private static final Path MESSAGES = Path.of("src/main/resources/messages");
  private static final Set<String> PERCEIVABLE_ATTRIBUTES =
      Set.of("alt", "title", "aria-label", "placeholder", "label");
  private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{(?!__)([A-Za-z0-9_.\\-]+)");
  private static final Pattern MESSAGE_CALL =
      Pattern.compile("#messages\\.msg\\w*\\('([A-Za-z0-9_.\\-]+)'");

  @Test
  void templates_containNoLiteralText() throws IOException {
    List<String> problems = new ArrayList<>();
    for (Path template : templates()) {
      problems.addAll(
          literalText(
              parse(Files.readString(template)), TEMPLATES.relativize(template).toString()));
    }
    assertThat(problems).as("literal text belongs in messages/*.properties").isEmpty();
  }

  @Test
  void everyMessageKeyUsedInTemplates_exists() throws IOException {
    Properties messages = messages();
    Set<String> missing = new TreeSet<>();
    for (Path template : templates()) {
      String source = Files.readString(template);
      for (Pattern pattern : List.of(MESSAGE_KEY, MESSAGE_CALL)) {
        Matcher matcher = pattern.matcher(source);
        while (matcher.find()) {
          if (!messages.containsKey(matcher.group(1))) {
            missing.add(TEMPLATES.relativize(template) + ": " + matcher.group(1));
          }
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void theCheckItself_catchesLiteralTextAndPerceivableAttributes_butNotMessagesCommentsOrIcons() {
    Document template =
        parse(
            """
        <div><!--/* a comment */-->
          <p th:text="#{ok}"></p>
          <p>Hard-coded words</p>
          <img src="x.png" alt="A picture">
          <span class="govuk-warning-text__icon">!</span>
          <script>var x = 'script text';</script>
        </div>""");

    assertThat(literalText(template, "example.html"))
        .containsExactly(
            "example.html: text \"Hard-coded words\" in <p>",
            "example.html: attribute alt=\"A picture\"");
  }

  /** Every piece of visible text or perceivable attribute written into a template. */
  private static List<String> literalText(Document document, String name) {
    List<String> problems = new ArrayList<>();
    for (Element element : document.getAllElements()) {
      if (element.tagName().equals("script") || element.tagName().equals("style")) {
        continue;
      }
      for (TextNode text : element.textNodes()) {
        String words = text.text().strip();
        if (!words.isEmpty() && !isSymbol(words)) {
          problems.add(name + ": text \"" + words + "\" in <" + element.tagName() + ">");
        }
      }
      element
          .attributes()
          .forEach(
              attribute -> {
                if (PERCEIVABLE_ATTRIBUTES.contains(attribute.getKey())
                    && !attribute.getValue().isBlank()) {
                  problems.add(
                      name
                          + ": attribute "
                          + attribute.getKey()
                          + "=\""
                          + attribute.getValue()
                          + "\"");
                }
              });
    }
    return problems;
  }

  private static boolean isSymbol(String words) {
    // Punctuation and glyphs such as the "!" in the GOV.UK warning icon are not words.
    return words.codePoints().noneMatch(Character::isLetterOrDigit) || words.equals("!");
  }

  private static Document parse(String template) {
    Document document = Jsoup.parse(template, "", Parser.xmlParser());
    document
        .getAllElements()
        .forEach(
            element ->
                element.childNodes().stream()
                    .filter(Comment.class::isInstance)
                    .toList()
                    .forEach(org.jsoup.nodes.Node::remove));
    return document;
  }

  private static List<Path> templates() throws IOException {
    try (Stream<Path> files = Files.walk(TEMPLATES)) {
      return files.filter(file -> file.toString().endsWith(".html")).sorted().toList();
    }
  }

  private static Properties messages() throws IOException {
    Properties all = new Properties();
    try (Stream<Path> files = Files.list(MESSAGES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".properties")).toList()) {
        try (InputStream in = Files.newInputStream(file)) {
          Properties one = new Properties();
          one.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
          all.putAll(one);
        }
      }
    }
    return all;
  }
}
