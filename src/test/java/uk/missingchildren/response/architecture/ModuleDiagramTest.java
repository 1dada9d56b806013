package uk.missingchildren.response.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * docs/modules.md shows the diagram of the top-level packages drawn from the compiled classes, so
 * it changes in the same commit as the dependency it shows.
 */
class ModuleDiagramTest {

  private static final Path DOC = Path.of("docs", "modules.md");
  private static final String BEGIN =
      "<!-- module-diagram:begin (written by ModuleDiagramTest; do not edit by hand) -->\n";
  private static final String END = "<!-- module-diagram:end -->";

  /**
   * Almost every feature uses shared, and config is Spring wiring: their arrows would hide the
   * rest.
   */
  private static final Set<String> LEFT_OUT = Set.of("shared", "config");

  @Test
  void modulesDoc_showsTheDependenciesBetweenTopLevelPackagesOfTheCompiledCode()
      throws IOException {
    String written = Files.readString(DOC);
    String current =
        withDiagram(written, ModuleGraph.of(FeaturePackages.CLASSES).mermaid(LEFT_OUT));
    if (Boolean.getBoolean("docs.update")) {
      Files.writeString(DOC, current);
      written = current;
    }
    assertThat(written)
        .as(
            "%s is out of date: run ./mvnw test -Dtest=%s -Ddocs.update=true, which rewrites it, and commit it",
            DOC, getClass().getSimpleName())
        .isEqualTo(current);
  }

  private static String withDiagram(String doc, String diagram) {
    int begin = doc.indexOf(BEGIN);
    int end = doc.indexOf(END);
    if (begin < 0 || end < begin) {
      throw new IllegalStateException(
          DOC + " has lost its markers: " + BEGIN.strip() + " and " + END);
    }
    return doc.substring(0, begin + BEGIN.length()) + diagram + doc.substring(end);
  }
}
