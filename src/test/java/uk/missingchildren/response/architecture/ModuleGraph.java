package uk.missingchildren.response.architecture;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.PackageMatcher;
import com.tngtech.archunit.library.dependencies.Slice;
import com.tngtech.archunit.library.dependencies.Slices;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/** Which top-level packages use which others, read from the same slices the cycle rule checks. */
record ModuleGraph(SortedMap<String, SortedSet<String>> dependencies) {

  private static final PackageMatcher TOP_LEVEL = PackageMatcher.of(FeaturePackages.TOP_LEVEL);

  static ModuleGraph of(JavaClasses classes) {
    SortedMap<String, SortedSet<String>> dependencies = new TreeMap<>();
    for (Slice slice : Slices.matching(FeaturePackages.TOP_LEVEL).transform(classes)) {
      SortedSet<String> used = new TreeSet<>();
      for (Dependency dependency : slice.getDependenciesFromSelf()) {
        topLevelPackageOf(dependency).ifPresent(used::add);
      }
      String name = slice.getNamePart(1);
      used.remove(name);
      dependencies.put(name, used);
    }
    return new ModuleGraph(dependencies);
  }

  /**
   * A Mermaid flowchart: a node for each package and an arrow from each package to each one it
   * uses, in name order so the text changes only when a dependency does.
   */
  String mermaid(Set<String> leftOut) {
    StringBuilder chart = new StringBuilder("```mermaid\nflowchart TD\n");
    dependencies.keySet().stream()
        .filter(name -> !leftOut.contains(name))
        .forEach(name -> chart.append("  ").append(name).append('\n'));
    dependencies.forEach(
        (from, used) ->
            used.stream()
                .filter(to -> !leftOut.contains(from) && !leftOut.contains(to))
                .forEach(
                    to -> chart.append("  ").append(from).append(" --> ").append(to).append('\n')));
    return chart.append("```\n").toString();
  }

  // An array's package is that of its element type, so a dependency on Action[] is one on action.
  private static Optional<String> topLevelPackageOf(Dependency dependency) {
    return TOP_LEVEL
        .match(dependency.getTargetClass().getBaseComponentType().getPackageName())
        .map(match -> match.getGroup(1));
  }
}
