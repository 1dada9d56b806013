package uk.missingchildren.response.framework;

import java.util.List;
import java.util.stream.Collectors;

/** The content files of a framework version are broken; the service must not start on them. */
public class InvalidFrameworkException extends RuntimeException {

  private final transient List<ContentProblem> problems;

  public InvalidFrameworkException(String version, List<ContentProblem> problems) {
    super(
        "Framework content "
            + version
            + " is invalid ("
            + problems.size()
            + (problems.size() == 1 ? " problem" : " problems")
            + "):\n"
            + problems.stream().map(p -> "  - " + p).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  public List<ContentProblem> problems() {
    return problems;
  }
}
