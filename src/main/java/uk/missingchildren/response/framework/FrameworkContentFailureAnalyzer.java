package uk.missingchildren.response.framework;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns broken content into a plain start-up message instead of a stack trace. */
class FrameworkContentFailureAnalyzer extends AbstractFailureAnalyzer<InvalidFrameworkException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, InvalidFrameworkException cause) {
    return new FailureAnalysis(
        cause.getMessage(),
        "Fix the content files listed above (under src/main/resources/framework/) and start again.",
        cause);
  }
}
