package uk.missingchildren.response.framework;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * Every framework version this service knows, loaded and validated once at start-up. A broken
 * content file stops start-up with a message naming the file, the item and the problem.
 */
@Component
public class FrameworkCatalogue {

  private final Map<String, Framework> versions = new LinkedHashMap<>();
  private final Map<String, VersionChanges> changes = new ConcurrentHashMap<>();
  private final String current;

  FrameworkCatalogue(ResourceLoader resources, FrameworkProperties properties) {
    FrameworkLoader loader = new FrameworkLoader(resources, properties.location());
    FrameworkIndex index = loader.index();
    index.versions().forEach(version -> versions.put(version, loader.load(version)));
    this.current =
        properties.current() == null || properties.current().isBlank()
            ? index.current()
            : properties.current();
    if (!versions.containsKey(current)) {
      throw new InvalidFrameworkException(
          "index",
          List.of(
              new ContentProblem(
                  "app.framework.current",
                  null,
                  "the current version " + current + " is not one of " + versions.keySet())));
    }
  }

  /** The version new assessments are answered against. */
  public Framework current() {
    return versions.get(current);
  }

  /** An earlier version, for reading assessments answered against it. */
  public Optional<Framework> version(String version) {
    return Optional.ofNullable(versions.get(version));
  }

  /** Every version on file, oldest first. */
  public List<Framework> versions() {
    return List.copyOf(versions.values());
  }

  /**
   * What changed from one version to another, worked out once and kept.
   *
   * @throws IllegalArgumentException if either version is not on file
   */
  public VersionChanges changes(String from, String to) {
    Framework before = version(from).orElseThrow(() -> unknown(from));
    Framework after = version(to).orElseThrow(() -> unknown(to));
    return changes.computeIfAbsent(from + "->" + to, key -> VersionChanges.between(before, after));
  }

  private static IllegalArgumentException unknown(String version) {
    return new IllegalArgumentException("No framework version " + version);
  }
}
