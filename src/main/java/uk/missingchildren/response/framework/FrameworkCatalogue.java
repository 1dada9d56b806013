package uk.missingchildren.response.framework;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * Every framework version this service knows, loaded and validated once at start-up. A broken
 * content file stops start-up with a message naming the file, the item and the problem.
 */
@Component
public class FrameworkCatalogue {

  private final Map<String, Framework> versions = new LinkedHashMap<>();
  private final String current;

  FrameworkCatalogue(ResourceLoader resources, FrameworkProperties properties) {
    FrameworkLoader loader = new FrameworkLoader(resources, properties.location());
    FrameworkIndex index = loader.index();
    index.versions().forEach(version -> versions.put(version, loader.load(version)));
    this.current = index.current();
  }

  /** The version new assessments are answered against. */
  public Framework current() {
    return versions.get(current);
  }

  /** An earlier version, for reading assessments answered against it. */
  public Optional<Framework> version(String version) {
    return Optional.ofNullable(versions.get(version));
  }
}
