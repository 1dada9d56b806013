package uk.missingchildren.response.reliability;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import uk.missingchildren.response.support.FormFields;
import uk.missingchildren.response.support.SiteVisitor;

/**
 * One person's laptop saving continuously, each save with new content ("client 3 save 117"), until
 * the service dies under it. It remembers every save the service acknowledged, so the suite can
 * check each one is still there once the service is back.
 */
abstract class ContinuousSaver implements Runnable {

  private static final Pattern REVISION = Pattern.compile("\"revision\"\\s*:\\s*(\\d+)");

  final String name;
  final SiteVisitor visitor;
  volatile boolean running = true;
  int sequence;
  int sent;
  int serverErrors;
  int conflicts;
  final List<String> acknowledged = new ArrayList<>();

  /** What is in the database for this saver: one value it overwrites, or the rows it adds. */
  String storedQuery;

  /** True when every save adds a row (a history), false when each one replaces the last. */
  boolean keepsHistory;

  ContinuousSaver(String name, SiteVisitor visitor) {
    this.name = name;
    this.visitor = visitor;
  }

  ContinuousSaver checkedBy(String query, boolean history) {
    this.storedQuery = query;
    this.keepsHistory = history;
    return this;
  }

  @Override
  public void run() {
    try {
      prepare();
      while (running) {
        String content = name + " save " + (++sequence);
        sent++;
        HttpResponse<String> answer = save(content);
        if (answer.statusCode() >= 500) {
          serverErrors++;
        } else if (acknowledges(answer)) {
          acknowledged.add(content);
        } else if (answer.statusCode() == 409) {
          // The save before the kill was committed but its answer never arrived: read the page
          // again.
          conflicts++;
          prepare();
        }
      }
    } catch (IllegalStateException connectionLost) {
      // The service was killed mid-request: this save was never acknowledged.
    }
  }

  /**
   * The content that must be there: the last acknowledged save, or for a history every one of them.
   */
  String lastAcknowledged() {
    return acknowledged.isEmpty() ? null : acknowledged.get(acknowledged.size() - 1);
  }

  abstract void prepare();

  abstract HttpResponse<String> save(String content);

  abstract boolean acknowledges(HttpResponse<String> answer);

  static int sequenceOf(String content) {
    return content == null ? 0 : Integer.parseInt(content.substring(content.lastIndexOf(' ') + 1));
  }

  /**
   * A background save (JSON) of one form on a page, carrying the revision the last one returned.
   */
  static final class BackgroundSave extends ContinuousSaver {
    private final String page;
    private final String form;
    private final String action;
    private final Map<String, String> typed;
    private final String contentField;
    private Map<String, String> fields;

    BackgroundSave(
        String name,
        SiteVisitor visitor,
        String page,
        String form,
        String action,
        Map<String, String> typed,
        String contentField) {
      super(name, visitor);
      this.page = page;
      this.form = form;
      this.action = action;
      this.typed = typed;
      this.contentField = contentField;
    }

    @Override
    void prepare() {
      Document drawn = Jsoup.parse(visitor.get(page).body());
      fields = FormFields.of(drawn, form);
      fields.putAll(typed);
    }

    @Override
    HttpResponse<String> save(String content) {
      fields.put(contentField, content);
      return visitor.postForJson(action, fields);
    }

    @Override
    boolean acknowledges(HttpResponse<String> answer) {
      if (answer.statusCode() != 200 || !answer.body().contains("\"saved\"")) {
        return false;
      }
      Matcher revision = REVISION.matcher(answer.body());
      fields.put("revision", revision.find() ? revision.group(1) : "");
      return true;
    }
  }

  /** An update to an action, from its own page, which adds a row to the action's history. */
  static final class ActionUpdates extends ContinuousSaver {
    private final String updatePage;

    ActionUpdates(String name, SiteVisitor visitor, String updatePage) {
      super(name, visitor);
      this.updatePage = updatePage;
    }

    @Override
    void prepare() {
      // Each update reads its page first, for the action's current version.
    }

    @Override
    HttpResponse<String> save(String content) {
      Map<String, String> fields =
          FormFields.of(Jsoup.parse(visitor.get(updatePage).body()), "#update-action");
      fields.put("progress", content);
      return visitor.post(updatePage, fields);
    }

    @Override
    boolean acknowledges(HttpResponse<String> answer) {
      return answer.statusCode() == 302
          && answer.headers().firstValue("Location").orElse("").endsWith("#history");
    }
  }
}
