package uk.missingchildren.response.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A visitor with a cookie jar, talking real HTTP to a running instance. Redirects are not followed,
 * so tests can assert on them. The same visitor can move between instances, as a browser would when
 * a load balancer sends it to another one.
 */
public final class SiteVisitor {

  private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
  private final HttpClient client =
      HttpClient.newBuilder()
          .cookieHandler(cookies)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private String baseUrl;

  public SiteVisitor(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** Sends the next requests to another instance, keeping every cookie. */
  public void moveTo(String otherBaseUrl) {
    // Cookies without a Domain attribute match the host whatever the port, so they come along.
    this.baseUrl = otherBaseUrl;
  }

  /** Asks for a page, as a browser would. */
  public HttpResponse<String> get(String path) {
    return get(path, "text/html");
  }

  public HttpResponse<String> get(String path, String accept) {
    return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", accept).GET());
  }

  /**
   * Opens a stream of server-sent events: the response comes once its headers do, and its lines as
   * the server sends them. Close the body when done.
   */
  public HttpResponse<Stream<String>> openStream(String path) {
    return send(
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .header("Accept", "text/event-stream")
            .GET(),
        HttpResponse.BodyHandlers.ofLines());
  }

  /** Downloads a file, keeping its body as bytes. */
  public HttpResponse<byte[]> getBytes(String path) {
    return send(
        HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", "*/*").GET(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  /** Posts a form, as a browser would submit it. */
  public HttpResponse<String> post(String path, Map<String, String> fields) {
    return post(path, fields, "text/html");
  }

  /** Posts a form the way the pages' background save does, asking for JSON back. */
  public HttpResponse<String> postForJson(String path, Map<String, String> fields) {
    return post(path, fields, "application/json");
  }

  private HttpResponse<String> post(String path, Map<String, String> fields, String accept) {
    return post(path, fields, Map.of("Accept", accept));
  }

  /**
   * Posts a form with these request headers, as a browser (or another site's page) would send it.
   */
  public HttpResponse<String> post(
      String path, Map<String, String> fields, Map<String, String> headers) {
    String body =
        fields.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (!headers.containsKey("Accept")) {
      request.header("Accept", "text/html");
    }
    if (!headers.containsKey("Origin")) {
      // Every browser names the page's origin on a form post.
      request.header("Origin", baseUrl);
    }
    headers.forEach(request::header);
    return send(request);
  }

  /** Opens a page and submits the form found by {@code formSelector}, with its hidden fields. */
  public HttpResponse<String> submitForm(
      String pagePath, String formSelector, Map<String, String> fields) {
    return submitForm(Jsoup.parse(get(pagePath).body()), formSelector, fields);
  }

  /** Submits a form on a page already fetched, with its hidden fields. */
  public HttpResponse<String> submitForm(
      Document page, String formSelector, Map<String, String> fields) {
    var form = page.selectFirst(formSelector);
    if (form == null) {
      throw new AssertionError("No form " + formSelector + " on " + page.title());
    }
    Map<String, String> values = new LinkedHashMap<>();
    form.select("input[type=hidden]").forEach(input -> values.put(input.attr("name"), input.val()));
    values.putAll(fields);
    return post(form.attr("action"), values);
  }

  /**
   * Submits a file upload form found on a page, with its hidden fields, as a browser would: a
   * multipart body with the fields first and then the file.
   */
  public HttpResponse<String> upload(
      Document page, String formSelector, String fileField, String fileName, byte[] content) {
    var form = page.selectFirst(formSelector);
    if (form == null) {
      throw new AssertionError("No form " + formSelector + " on " + page.title());
    }
    Map<String, String> values = new LinkedHashMap<>();
    form.select("input[type=hidden]").forEach(input -> values.put(input.attr("name"), input.val()));
    return upload(form.attr("action"), values, fileField, fileName, content);
  }

  /** Posts a multipart form: these fields, then one file. */
  public HttpResponse<String> upload(
      String path, Map<String, String> fields, String fileField, String fileName, byte[] content) {
    String boundary = "----SiteVisitor" + UUID.randomUUID().toString().replace("-", "");
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    fields.forEach(
        (name, value) ->
            write(
                body,
                "--"
                    + boundary
                    + "\r\nContent-Disposition: form-data; name=\""
                    + name
                    + "\"\r\n\r\n"
                    + value
                    + "\r\n"));
    write(
        body,
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\""
            + fileField
            + "\"; filename=\""
            + fileName
            + "\"\r\nContent-Type: application/json\r\n\r\n");
    body.writeBytes(content);
    write(body, "\r\n--" + boundary + "--\r\n");
    return send(
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .header("Accept", "text/html")
            .header("Origin", baseUrl)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  private static void write(ByteArrayOutputStream body, String text) {
    body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }

  /** Tries to sign in; returns the error the sign-in page then shows, or null if signed in. */
  public String signInError(String email, String password) {
    HttpResponse<String> response =
        submitForm("/sign-in", "main form", Map.of("email", email, "password", password));
    if (!response.headers().firstValue("Location").orElse("").endsWith("/sign-in")) {
      return null;
    }
    return Jsoup.parse(get("/sign-in").body()).select(".govuk-error-summary a").text();
  }

  public String cookie(String name) {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals(name))
        .map(HttpCookie::getValue)
        .findFirst()
        .orElse(null);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    return send(request, HttpResponse.BodyHandlers.ofString());
  }

  private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
    try {
      return client.send(request.build(), body);
    } catch (IOException e) {
      throw new IllegalStateException("Request failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
