package dev.sessionkit.core.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The SDK's version, from a resource that the build fills in. */
public final class SdkVersion {
  /** The version, or {@code unknown} when the resource is missing (an IDE build, say). */
  public static final String VERSION = load();

  private SdkVersion() {}

  private static String load() {
    try (InputStream in = SdkVersion.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      String v = p.getProperty("version", "unknown");
      return v.startsWith("${") ? "unknown" : v;
    } catch (IOException e) {
      return "unknown";
    }
  }
}
