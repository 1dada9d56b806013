package uk.missingchildren.response.support;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Sends one form as it was drawn twice: one after the other (a double click that the browser sent
 * both of), or at the same moment from two threads (two presses racing to the server).
 */
public final class Twice {

  private Twice() {}

  /** The form's fields as drawn on {@code pagePath}, with {@code typed} filled in. */
  public static Map<String, String> drawn(
      SiteVisitor visitor, String pagePath, String formSelector, Map<String, String> typed) {
    Document page = Jsoup.parse(visitor.get(pagePath).body());
    Map<String, String> fields = FormFields.of(page, formSelector);
    fields.putAll(typed);
    return fields;
  }

  public static String action(SiteVisitor visitor, String pagePath, String formSelector) {
    return Jsoup.parse(visitor.get(pagePath).body()).selectFirst(formSelector).attr("action");
  }

  public static List<HttpResponse<String>> oneAfterTheOther(
      SiteVisitor visitor, String action, Map<String, String> fields) {
    return List.of(visitor.post(action, fields), visitor.post(action, fields));
  }

  public static List<HttpResponse<String>> atTheSameMoment(
      SiteVisitor visitor, String action, Map<String, String> fields) {
    return atTheSameMoment(List.of(visitor, visitor), action, List.of(fields, fields));
  }

  /** Each visitor sends its own fields, all released together. */
  public static List<HttpResponse<String>> atTheSameMoment(
      List<SiteVisitor> visitors, String action, List<Map<String, String>> fields) {
    ExecutorService threads = Executors.newFixedThreadPool(visitors.size());
    CyclicBarrier start = new CyclicBarrier(visitors.size());
    try {
      List<Future<HttpResponse<String>>> sent = new ArrayList<>();
      for (int i = 0; i < visitors.size(); i++) {
        SiteVisitor visitor = visitors.get(i);
        Map<String, String> own = fields.get(i);
        sent.add(
            threads.submit(
                () -> {
                  start.await(10, TimeUnit.SECONDS);
                  return visitor.post(action, own);
                }));
      }
      List<HttpResponse<String>> responses = new ArrayList<>();
      for (Future<HttpResponse<String>> response : sent) {
        responses.add(response.get(60, TimeUnit.SECONDS));
      }
      return responses;
    } catch (Exception e) {
      throw new AssertionError("Sending at the same moment failed", e);
    } finally {
      threads.shutdownNow();
    }
  }

  public static String location(HttpResponse<String> response) {
    return response
        .headers()
        .firstValue("Location")
        .orElseThrow(
            () ->
                new AssertionError(
                    "No redirect, but "
                        + response.statusCode()
                        + ": "
                        + Jsoup.parse(response.body()).title()));
  }
}
