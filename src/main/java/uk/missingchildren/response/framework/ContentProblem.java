package uk.missingchildren.response.framework;

/** One thing wrong with a content file: where it is and what is wrong. */
public record ContentProblem(String file, String item, String problem) {

  @Override
  public String toString() {
    return file + (item == null ? "" : ", " + item) + ": " + problem;
  }
}
