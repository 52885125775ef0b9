package dev.sessionkit.core.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A server on 127.0.0.1 that answers every request with the same bytes, which may be nothing or a
 * response cut short, and then waits: it sees when the client closes the connection, which WireMock
 * does not tell.
 */
final class RawServer implements AutoCloseable {
  private final ServerSocket socket;
  private final byte[] answer;
  private final List<Socket> connections = new CopyOnWriteArrayList<>();
  private final AtomicInteger requests = new AtomicInteger();
  /** Counted down when the first request has been read. */
  final CountDownLatch requested = new CountDownLatch(1);
  /** Counted down when the client has closed a connection. */
  final CountDownLatch clientClosed = new CountDownLatch(1);

  RawServer(String answer) throws IOException {
    this.answer = answer.getBytes(StandardCharsets.ISO_8859_1);
    this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(this::accept, "raw-server");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + socket.getLocalPort();
  }

  /** How many request heads the server has read. */
  int requests() {
    return requests.get();
  }

  private void accept() {
    while (!socket.isClosed()) {
      try {
        Socket s = socket.accept();
        connections.add(s);
        Thread t = new Thread(() -> serve(s), "raw-server-connection");
        t.setDaemon(true);
        t.start();
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void serve(Socket s) {
    try (s; InputStream in = s.getInputStream(); OutputStream out = s.getOutputStream()) {
      while (readHead(in)) {
        requests.incrementAndGet();
        requested.countDown();
        out.write(answer);
        out.flush();
      }
      clientClosed.countDown();
    } catch (IOException e) {
      // A reset is the client closing too.
      clientClosed.countDown();
    }
  }

  // Reads up to the blank line that ends a request head (the tests send no bodies); false at EOF.
  private static boolean readHead(InputStream in) throws IOException {
    int matched = 0;
    byte[] end = {'\r', '\n', '\r', '\n'};
    for (int b; (b = in.read()) >= 0; ) {
      matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
      if (matched == 4) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void close() throws IOException {
    socket.close();
    for (Socket s : connections) {
      s.close();
    }
  }
}
