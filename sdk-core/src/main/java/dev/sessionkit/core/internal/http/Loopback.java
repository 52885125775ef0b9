package dev.sessionkit.core.internal.http;

import java.util.Locale;

/** Whether a host name is this machine, where plain HTTP does not cross a network. */
public final class Loopback {
  private Loopback() {}

  /** True for {@code localhost}, {@code *.localhost}, 127.0.0.0/8 and {@code ::1}; no DNS lookup. */
  public static boolean isLoopback(String host) {
    if (host == null) {
      return false;
    }
    String h = host.toLowerCase(Locale.ROOT);
    if (h.startsWith("[") && h.endsWith("]")) {
      h = h.substring(1, h.length() - 1);
    }
    return h.equals("localhost") || h.endsWith(".localhost") || h.matches("127(\\.\\d{1,3}){3}")
        || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1");
  }
}
