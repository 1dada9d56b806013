package uk.missingchildren.response.reliability;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged service (target/missing-children-response.jar) running as a process of its own, as
 * in production, so it can be killed with SIGKILL in the middle of its work and started again on
 * the same database.
 */
final class ServiceProcess implements AutoCloseable {

  static final Path JAR = Path.of("target", "missing-children-response.jar");

  private final List<String> arguments;
  private final Map<String, String> environment;
  private final Path log;
  private final int port;
  private Process process;
  private long lastStartMillis;

  ServiceProcess(
      String databaseUrl,
      String username,
      String password,
      Map<String, String> environment,
      Path log)
      throws IOException {
    if (!Files.exists(JAR)) {
      throw new IllegalStateException(
          "Build the jar first: ./mvnw -Preliability verify does, after `package`");
    }
    this.port = freePort();
    this.environment = environment;
    this.log = log;
    this.arguments =
        List.of(
            "--server.port=" + port,
            "--spring.datasource.url=" + databaseUrl,
            "--spring.datasource.username=" + username,
            "--spring.datasource.password=" + password,
            "--spring.main.banner-mode=off",
            "--app.accounts.bcrypt-cost=4",
            "--app.reminders.enabled=false");
  }

  String baseUrl() {
    return "http://localhost:" + port;
  }

  long lastStartMillis() {
    return lastStartMillis;
  }

  void start() throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-jar",
                JAR.toString()));
    command.addAll(arguments);
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().putAll(environment);
    long started = System.nanoTime();
    process = builder.start();
    awaitHealthy();
    lastStartMillis = (System.nanoTime() - started) / 1_000_000;
  }

  /** SIGKILL: no shutdown hook, no graceful end, exactly as a crash or an OOM killer would. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  /** SIGTERM, and wait for the graceful shutdown. */
  void stop() throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroy();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        kill();
      }
    }
  }

  @Override
  public void close() throws InterruptedException {
    stop();
  }

  private void awaitHealthy() throws InterruptedException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    long deadline = System.currentTimeMillis() + 120_000;
    while (System.currentTimeMillis() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("The service stopped while starting; see " + log);
      }
      try {
        HttpResponse<String> health =
            client.send(
                HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (health.statusCode() == 200 && health.body().contains("UP")) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("The service did not start in two minutes; see " + log);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
