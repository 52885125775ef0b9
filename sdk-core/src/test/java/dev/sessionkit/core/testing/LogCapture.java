package dev.sessionkit.core.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Captures everything SessionKit logs ({@code dev.sessionkit.*}, at every level, DEBUG included) while
 * open, so a test can assert that no secret was logged. System.Logger goes to java.util.logging when no
 * other backend is installed, as in these tests.
 */
public final class LogCapture implements AutoCloseable {
  private final Logger logger = Logger.getLogger("dev.sessionkit");
  private final Level previous = logger.getLevel();
  private final List<String> lines = new ArrayList<>();
  private final Handler handler = new Handler() {
    private final SimpleFormatter formatter = new SimpleFormatter();

    @Override
    public synchronized void publish(LogRecord record) {
      lines.add(formatter.format(record));
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };

  /** Starts capturing at every level. */
  public LogCapture() {
    handler.setLevel(Level.ALL);
    logger.setLevel(Level.ALL);
    logger.addHandler(handler);
  }

  /** Everything logged so far, one formatted record per entry (message and stack trace). */
  public synchronized List<String> lines() {
    return List.copyOf(lines);
  }

  /** Everything logged so far as one string. */
  public String text() {
    return String.join("", lines());
  }

  @Override
  public void close() {
    logger.removeHandler(handler);
    logger.setLevel(previous);
  }
}
