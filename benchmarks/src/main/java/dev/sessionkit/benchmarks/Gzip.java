package dev.sessionkit.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Gzip for the loopback server, made cheap enough that the server is never what a measurement measures.
 *
 * <p>A page whose bytes differ only in a short tail (a Timbal page and its {@code next_page_token}) is
 * compressed once up to the tail, ending in a sync flush, and each request compresses only the tail as new
 * deflate blocks: a deflate stream is a sequence of blocks, and blocks from a fresh compressor refer to no
 * earlier data, so the joined stream is one valid gzip member (RFC 1951 §3.2.3, RFC 1952).
 */
final class Gzip {
  /** A gzip member header: magic, deflate, no flags, no mtime, no extra flags, OS unknown. */
  private static final byte[] HEADER = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff};

  private Gzip() {}

  /**
   * Compresses a whole body.
   *
   * @param body the bytes, not null
   * @return one gzip member
   */
  static byte[] gzip(byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * A body prefix compressed once, to which tails are appended per response.
   *
   * @param prefix the bytes every response starts with
   * @return the compressed prefix
   */
  static Prefix prefix(byte[] prefix) {
    Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
    try {
      deflater.setInput(prefix);
      ByteArrayOutputStream out = new ByteArrayOutputStream(prefix.length / 4 + 64);
      out.writeBytes(HEADER);
      byte[] buf = new byte[64 * 1024];
      int n;
      // SYNC_FLUSH ends on a byte boundary without the final-block bit: more blocks may follow.
      while ((n = deflater.deflate(buf, 0, buf.length, Deflater.SYNC_FLUSH)) > 0) {
        out.write(buf, 0, n);
      }
      return new Prefix(prefix, out.toByteArray());
    } finally {
      deflater.end();
    }
  }

  /** A compressed prefix; {@link #withTail(byte[])} completes it into a gzip member. Thread-safe. */
  static final class Prefix {
    private final byte[] plain;
    private final byte[] compressed;
    private final ThreadLocal<Deflater> tailDeflater =
        ThreadLocal.withInitial(() -> new Deflater(Deflater.DEFAULT_COMPRESSION, true));

    private Prefix(byte[] plain, byte[] compressed) {
      this.plain = plain;
      this.compressed = compressed;
    }

    /**
     * The gzip member of {@code prefix + tail}.
     *
     * @param tail the bytes after the prefix, short
     * @return the whole compressed body
     */
    byte[] withTail(byte[] tail) {
      Deflater deflater = tailDeflater.get();
      deflater.reset();
      deflater.setInput(tail);
      deflater.finish();
      byte[] blocks = new byte[tail.length + 64];
      int length = 0;
      while (!deflater.finished()) {
        if (length == blocks.length) {
          blocks = Arrays.copyOf(blocks, blocks.length * 2);
        }
        length += deflater.deflate(blocks, length, blocks.length - length);
      }
      CRC32 crc = new CRC32();
      crc.update(plain);
      crc.update(tail);
      byte[] out = new byte[compressed.length + length + 8];
      System.arraycopy(compressed, 0, out, 0, compressed.length);
      System.arraycopy(blocks, 0, out, compressed.length, length);
      int at = compressed.length + length;
      writeIntLe(out, at, (int) crc.getValue());
      writeIntLe(out, at + 4, plain.length + tail.length);
      return out;
    }
  }

  private static void writeIntLe(byte[] out, int at, int value) {
    out[at] = (byte) value;
    out[at + 1] = (byte) (value >>> 8);
    out[at + 2] = (byte) (value >>> 16);
    out[at + 3] = (byte) (value >>> 24);
  }
}
