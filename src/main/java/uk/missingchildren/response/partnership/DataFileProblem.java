package uk.missingchildren.response.partnership;

import java.util.Arrays;

/**
 * Why a partnership's data file cannot be imported: a message key (in {@code
 * messages/restore.properties}) and its arguments, which usually start with where in the file the
 * problem is, such as {@code "benchmarks[0].answers[3].answer"}. The upload page shows it as the
 * file's error.
 */
public class DataFileProblem extends RuntimeException {

  private final String messageKey;
  private final transient Object[] arguments;

  public DataFileProblem(String messageKey, Object... arguments) {
    super(messageKey + " " + Arrays.toString(arguments));
    this.messageKey = messageKey;
    this.arguments = arguments.clone();
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] arguments() {
    return arguments.clone();
  }
}
