package dev.sessionkit.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.zip.GZIPInputStream;

/**
 * Cold start, baseline: a fresh JVM sends the same first request with {@code java.net.http}, reads the body
 * with Jackson's {@code readTree} and prints the same lines as {@link FirstPageSessionKit}. Its class path is
 * Jackson and this module's classes only.
 */
public final class FirstPageRaw {
  private FirstPageRaw() {}

  /**
   * Prints the first page.
   *
   * @param args the API ({@code timbal} or {@code syntropic}) and the server's base URL
   * @throws Exception if the request fails
   */
  public static void main(String[] args) throws Exception {
    boolean timbal = args[0].equals("timbal");
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(timbal
        ? args[1] + "/orgs/" + LoopbackServer.TIMBAL_ORG + "/projects/" + LoopbackServer.TIMBAL_PROJECT + "/runs"
        : args[1] + "/sessions"))
        .header("Accept", "application/json")
        .header("Accept-Encoding", "gzip");
    if (timbal) {
      request.header("Authorization", "Bearer " + LoopbackServer.TIMBAL_API_KEY);
    }
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("status " + response.statusCode());
    }
    boolean gzip = response.headers().firstValue("Content-Encoding").map("gzip"::equalsIgnoreCase).orElse(false);
    ObjectMapper mapper = new ObjectMapper();
    JsonNode body = gzip ? mapper.readTree(new GZIPInputStream(new ByteArrayInputStream(response.body())))
        : mapper.readTree(response.body());
    int n = 0;
    for (JsonNode item : body.path(timbal ? "runs" : "sessions")) {
      System.out.println(item.path("id").asText() + " " + item.path("status").asText() + " "
          + item.path(timbal ? "created_at" : "started_at").asText() + " "
          + item.path(timbal ? "cost_usd" : "total_cost_usd").asText());
      n++;
    }
    System.out.println("END items=" + n);
  }
}
