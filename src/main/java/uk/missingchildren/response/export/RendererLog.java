package uk.missingchildren.response.export;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * openhtmltopdf's log, sent to the service's own at WARNING and above. Its default logger writes
 * every stage of every PDF to the console at INFO, whatever level it is given, and looks up a
 * logger by name for each line: about 4% of the time a long PDF takes.
 */
final class RendererLog implements XRLogger {

  private static final Logger LOG = LoggerFactory.getLogger("com.openhtmltopdf");

  private static final RendererLog INSTANCE = new RendererLog();

  private RendererLog() {}

  /** Sends openhtmltopdf's log here from now on (for the whole process: it has one log). */
  static void install() {
    XRLog.setLoggerImpl(INSTANCE);
  }

  @Override
  public boolean isLogLevelEnabled(Diagnostic diagnostic) {
    return worthTelling(diagnostic.getLevel());
  }

  @Override
  public void log(String where, Level level, String message) {
    log(where, level, message, null);
  }

  @Override
  public void log(String where, Level level, String message, Throwable error) {
    if (!worthTelling(level)) {
      return;
    }
    if (level.intValue() >= Level.SEVERE.intValue()) {
      LOG.error("{}: {}", where, message, error);
    } else {
      LOG.warn("{}: {}", where, message, error);
    }
  }

  @Override
  public void setLevel(String logger, Level level) {
    // The level is this class's to decide.
  }

  private static boolean worthTelling(Level level) {
    return level.intValue() >= Level.WARNING.intValue();
  }
}
