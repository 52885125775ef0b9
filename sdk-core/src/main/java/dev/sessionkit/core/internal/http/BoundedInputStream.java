package dev.sessionkit.core.internal.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Counts the (decoded) bytes of a body, fails past a cap, and keeps the first bytes for error messages.
 */
public final class BoundedInputStream extends FilterInputStream {
  /** Thrown from {@code read} past the cap; the transport turns it into {@code ResponseTooLargeException}. */
  public static final class LimitExceeded extends IOException {
    private static final long serialVersionUID = 1L;

    LimitExceeded(long limit) {
      super("response body is larger than " + limit + " bytes");
    }
  }

  private static final int EXCERPT_BYTES = 200;

  private final long limit;
  private final byte[] head = new byte[EXCERPT_BYTES];
  private int headLength;
  private long count;

  public BoundedInputStream(InputStream in, long limit) {
    super(in);
    this.limit = limit;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      record(new byte[] {(byte) b}, 0, 1);
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = super.read(b, off, len);
    if (n > 0) {
      record(b, off, n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    // Skipping through read() keeps the count honest.
    byte[] buf = new byte[(int) Math.min(n, 8192)];
    int r = read(buf, 0, buf.length);
    return Math.max(r, 0);
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  private void record(byte[] b, int off, int n) throws LimitExceeded {
    if (headLength < EXCERPT_BYTES) {
      int k = Math.min(n, EXCERPT_BYTES - headLength);
      System.arraycopy(b, off, head, headLength, k);
      headLength += k;
    }
    count += n;
    if (count > limit) {
      throw new LimitExceeded(limit);
    }
  }

  /** Reads and discards the rest of the body, so that the connection can be reused. */
  public void drain() throws IOException {
    byte[] buf = new byte[8192];
    while (read(buf, 0, buf.length) >= 0) {
      // discard
    }
  }

  /** The bytes read so far. */
  public long count() {
    return count;
  }

  /** The first bytes of the body as text, for an error message; cut short with an ellipsis. */
  public String excerpt() {
    String s = new String(head, 0, headLength, StandardCharsets.UTF_8);
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      sb.append(c < 0x20 && c != '\t' ? ' ' : c);
    }
    return count > headLength ? sb + "…" : sb.toString();
  }
}
