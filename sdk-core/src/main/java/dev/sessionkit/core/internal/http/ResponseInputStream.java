package dev.sessionkit.core.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A response body as a blocking {@link InputStream} with a deadline, fed by java.net.http.
 *
 * <p>Why not {@code BodyHandlers.ofInputStream()}: its reads block with no time limit once the headers
 * have arrived, so a server that stalls mid-body would hang the caller, and closing it from another
 * thread does not wake a blocked reader. Here every read waits at most until the deadline, and
 * {@link #close()} wakes a blocked reader at once (an event stream closed from another thread).
 *
 * <p>One buffer list is requested at a time, so a slow reader holds back the socket instead of
 * buffering the body in memory.
 */
public final class ResponseInputStream extends InputStream implements HttpResponse.BodySubscriber<InputStream> {
  private static final Object COMPLETE = new Object();
  private static final Object CLOSED = new Object();

  private final BlockingQueue<Object> queue = new LinkedBlockingQueue<>();
  private final long deadlineNanos;
  private volatile Flow.Subscription subscription;
  private volatile boolean closed;
  private Iterator<ByteBuffer> buffers;
  private ByteBuffer current;
  private boolean ended;

  /**
   * @param deadlineNanos the {@link System#nanoTime()} after which a read fails, or {@link Long#MAX_VALUE}
   */
  public ResponseInputStream(long deadlineNanos) {
    this.deadlineNanos = deadlineNanos;
  }

  /** A body handler that hands out a stream with the given deadline as soon as the headers arrive. */
  public static HttpResponse.BodyHandler<InputStream> handler(long deadlineNanos) {
    return info -> new ResponseInputStream(deadlineNanos);
  }

  @Override
  public CompletionStage<InputStream> getBody() {
    return CompletableFuture.completedFuture(this);
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    subscription = s;
    if (closed) {
      s.cancel();
    } else {
      s.request(1);
    }
  }

  @Override
  public void onNext(List<ByteBuffer> item) {
    queue.add(item);
  }

  @Override
  public void onError(Throwable t) {
    queue.add(t);
  }

  @Override
  public void onComplete() {
    queue.add(COMPLETE);
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    if (!fill()) {
      return -1;
    }
    int n = Math.min(len, current.remaining());
    current.get(b, off, n);
    return n;
  }

  @Override
  public int available() {
    return current == null ? 0 : current.remaining();
  }

  // Makes `current` a buffer with bytes in it; false at the end of the body.
  private boolean fill() throws IOException {
    while (current == null || !current.hasRemaining()) {
      if (closed) {
        throw new IOException("response body stream is closed");
      }
      if (buffers != null && buffers.hasNext()) {
        current = buffers.next();
        continue;
      }
      if (ended) {
        return false;
      }
      Object next = take();
      if (next == COMPLETE) {
        ended = true;
        return false;
      }
      if (next == CLOSED) {
        throw new IOException("response body stream is closed");
      }
      if (next instanceof Throwable) {
        Throwable t = (Throwable) next;
        throw t instanceof IOException ? (IOException) t : new IOException(t.getMessage(), t);
      }
      @SuppressWarnings("unchecked")
      List<ByteBuffer> list = (List<ByteBuffer>) next;
      buffers = list.iterator();
      subscription.request(1);
    }
    return true;
  }

  private Object take() throws IOException {
    try {
      if (deadlineNanos == Long.MAX_VALUE) {
        return queue.take();
      }
      long remaining = deadlineNanos - System.nanoTime();
      Object next = remaining > 0 ? queue.poll(remaining, TimeUnit.NANOSECONDS) : queue.poll();
      if (next == null) {
        throw new HttpTimeoutException("request timed out while reading the response body");
      }
      return next;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while reading the response body");
    }
  }

  /** Ends the exchange: the connection is released (or dropped) and a blocked reader wakes up. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    Flow.Subscription s = subscription;
    if (s != null) {
      s.cancel();
    }
    queue.add(CLOSED);
  }
}
