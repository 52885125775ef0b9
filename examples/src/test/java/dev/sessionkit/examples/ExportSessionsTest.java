package dev.sessionkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sessionkit.testkit.FakeAgentScope;
import dev.sessionkit.testkit.FakeSyntropic;
import dev.sessionkit.testkit.FakeTimbal;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The resumable export on the fakes: everything once, and once again after a kill at any page. */
class ExportSessionsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> VENDORS = List.of("timbal", "syntropic", "agentscope");
  private static int timbalRuns;
  private static int syntropicSessions;
  private static int agentScopeSessions;
  private static int agentScopeAgents;

  @TempDir
  Path dir;

  private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
  private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
  private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

  /** What the fakes hold (they are deterministic: the export sees the same). */
  @BeforeAll
  static void countTheFakes() {
    try (FakeTimbal t = FakeTimbal.start(); FakeSyntropic s = FakeSyntropic.builder().sessions(450).start();
        FakeAgentScope a = FakeAgentScope.start()) {
      timbalRuns = t.runsJson().size();
      syntropicSessions = s.sessionsJson().size();
      String user = a.userIds().get(0);
      agentScopeAgents = a.agentIds(user).size();
      for (String agent : a.agentIds(user)) {
        agentScopeSessions += a.sessionsJson(user, agent).size();
      }
    }
  }

  private int export(Path to, ExportSessions.PageHook hook) {
    return ExportSessions.run(new String[] {"--out", to.toString()}, Map.of(), out, err, hook);
  }

  private static List<String> ids(Path folder, String vendor) throws IOException {
    List<String> ids = new ArrayList<>();
    for (String line : Files.readAllLines(folder.resolve(vendor + ".jsonl"))) {
      JsonNode json = JSON.readTree(line);
      assertEquals(vendor, json.get("vendor").asText(), line);
      ids.add(json.get("id").asText());
    }
    return ids;
  }

  private static JsonNode checkpoint(Path folder, String vendor) throws IOException {
    return JSON.readTree(folder.resolve(vendor + ".checkpoint.json").toFile());
  }

  @Test
  void anExportWritesEveryRunAndSessionOfTheThreeFakesOnceWithADoneCheckpointEach() throws IOException {
    assertTrue(timbalRuns > 50 && syntropicSessions > 200 && agentScopeAgents > 1,
        "several pages each: " + timbalRuns + " runs, " + syntropicSessions + " sessions, " + agentScopeAgents
            + " agents");

    assertEquals(CommandLine.OK, export(dir, (vendor, pages) -> { }), errBytes.toString(StandardCharsets.UTF_8));

    Map<String, Integer> expected = Map.of("timbal", timbalRuns, "syntropic", syntropicSessions,
        "agentscope", agentScopeSessions);
    for (String vendor : VENDORS) {
      List<String> ids = ids(dir, vendor);
      assertEquals(expected.get(vendor), ids.size(), vendor);
      assertEquals(ids.size(), new HashSet<>(ids).size(), vendor + ": no id twice");
      JsonNode checkpoint = checkpoint(dir, vendor);
      assertTrue(checkpoint.get("done").asBoolean(), vendor);
      assertTrue(checkpoint.get("position").isNull(), vendor);
      assertEquals(ids.size(), checkpoint.get("count").asInt(), vendor);
      assertEquals(Files.size(dir.resolve(vendor + ".jsonl")), checkpoint.get("bytes").asLong(), vendor);
    }
    String stdout = outBytes.toString(StandardCharsets.UTF_8);
    assertTrue(stdout.contains("timbal: " + timbalRuns + " runs in "), stdout);
    assertTrue(stdout.contains("syntropic: " + syntropicSessions + " sessions in "), stdout);
    String progress = errBytes.toString(StandardCharsets.UTF_8);
    assertTrue(progress.contains("\rexport-sessions: syntropic sessions: 200 written…"), progress);
  }

  /**
   * Killed after the lines of a page are on disk but before its checkpoint is saved (the worst moment), then
   * started again: the files end up exactly as an export that was never killed.
   */
  @ParameterizedTest
  @CsvSource({"timbal, 1", "timbal, 2", "syntropic, 2", "syntropic, 3", "agentscope, 1", "agentscope, 2"})
  void anExportKilledAtAnyPageResumesFromItsCheckpointAndWritesEveryItemExactlyOnce(String killed, int atPage)
      throws IOException {
    Path whole = dir.resolve("whole");
    Path resumed = dir.resolve("resumed");
    assertEquals(CommandLine.OK, export(whole, (vendor, pages) -> { }));

    int status = export(resumed, (vendor, pages) -> {
      if (vendor.equals(killed) && pages == atPage) {
        throw new IllegalMonitorStateException("killed after page " + pages + " of " + vendor);
      }
    });
    assertEquals(CommandLine.FAILED, status);
    String failure = errBytes.toString(StandardCharsets.UTF_8);
    assertTrue(failure.contains("killed after page " + atPage + " of " + killed), failure);
    JsonNode stopped = checkpoint(resumed, killed);
    assertFalse(stopped.get("done").asBoolean(), "the killed vendor is not done");
    assertTrue(Files.size(resumed.resolve(killed + ".jsonl")) > stopped.get("bytes").asLong(),
        "the killed page's lines are in the file past the checkpoint");

    Set<String> already = new HashSet<>();
    export(resumed, (vendor, pages) -> already.add(vendor + " " + pages));
    assertEquals(CommandLine.OK, export(resumed, (vendor, pages) -> { }), "a third run finds everything done");

    for (String vendor : VENDORS) {
      assertEquals(ids(whole, vendor), ids(resumed, vendor), vendor + " after a kill at " + killed + " page " + atPage);
      assertEquals(Files.readString(whole.resolve(vendor + ".jsonl")), Files.readString(resumed.resolve(vendor + ".jsonl")),
          vendor);
    }
    // The vendors finished before the kill were not read again; the killed one went on from its checkpoint.
    int before = VENDORS.indexOf(killed);
    for (String vendor : VENDORS.subList(0, before)) {
      assertFalse(already.contains(vendor + " 1"), vendor + " was read again after the restart");
    }
    assertTrue(outBytes.toString(StandardCharsets.UTF_8).contains(VENDORS.get(0) + ": already exported"),
        outBytes.toString(StandardCharsets.UTF_8));
  }

  @Test
  void anUnknownArgumentIsAUsageErrorBeforeAnything() {
    int status = ExportSessions.run(new String[] {"--outt", dir.toString()}, Map.of(), out, err, (v, p) -> { });

    assertEquals(CommandLine.USAGE, status);
    String line = errBytes.toString(StandardCharsets.UTF_8);
    assertTrue(line.startsWith("export-sessions: usage: export-sessions [--out DIR] [--debug]"), line);
    assertEquals(1, line.lines().count(), line);
  }

  private String failureLine() {
    String err = errBytes.toString(StandardCharsets.UTF_8);
    String[] lines = err.split("\n");
    return lines[lines.length - 1];
  }

  @Test
  void aCheckpointLongerThanItsFileIsRefusedInsteadOfLeavingAHoleInTheFile() throws IOException {
    assertEquals(CommandLine.OK, export(dir, (vendor, pages) -> { }));
    Files.writeString(dir.resolve("timbal.checkpoint.json"),
        "{\"position\":\"x\",\"count\":10,\"bytes\":999999,\"done\":false}");

    assertEquals(CommandLine.USAGE, export(dir, (vendor, pages) -> { }));

    assertTrue(failureLine().startsWith("export-sessions: " + dir.resolve("timbal.jsonl") + " is shorter ("),
        failureLine());
    assertTrue(failureLine().endsWith("delete both to export timbal again"), failureLine());
  }

  @Test
  void aCheckpointThatIsNotOneIsNamed() throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("timbal.checkpoint.json"), "{\"count\": \"many\"}");

    assertEquals(CommandLine.USAGE, export(dir, (vendor, pages) -> { }));

    assertEquals("export-sessions: " + dir.resolve("timbal.checkpoint.json") + " is not a checkpoint of this export;"
        + " delete it and its .jsonl to export again", failureLine());
  }

  @Test
  void aCheckpointSavedWithOtherSettingsNamesTheFileInsteadOfResumingSomethingElse() throws IOException {
    // Killed during Syntropic137: its checkpoint holds a Syntropic137 cursor.
    export(dir, (vendor, pages) -> {
      if (vendor.equals("syntropic") && pages == 2) {
        throw new IllegalMonitorStateException("killed");
      }
    });
    String syntropicCursor = checkpoint(dir, "syntropic").get("position").asText();
    Files.writeString(dir.resolve("timbal.jsonl"), "");
    Files.writeString(dir.resolve("timbal.checkpoint.json"), "{\"position\":\"" + syntropicCursor
        + "\",\"count\":0,\"bytes\":0,\"done\":false}");
    errBytes.reset();

    assertEquals(CommandLine.USAGE, export(dir, (vendor, pages) -> { }));

    String line = failureLine();
    assertTrue(line.startsWith("export-sessions: Timbal fake server: " + dir.resolve("timbal.checkpoint.json")
        + " was saved by an export with other settings (cursor was made by a listing of syntropic.sessions"), line);
    assertTrue(line.endsWith("delete it and its .jsonl to export again"), line);
  }

  @Test
  void aSecondExportIntoTheSameFolderStopsBeforeWriting() throws IOException {
    Files.createDirectories(dir);
    try (java.nio.channels.FileChannel held = java.nio.channels.FileChannel.open(dir.resolve(".lock"),
        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
        java.nio.channels.FileLock lock = held.lock()) {
      assertTrue(lock.isValid());
      assertEquals(CommandLine.USAGE, export(dir, (vendor, pages) -> { }));
    }
    assertEquals("export-sessions: another export is writing " + dir + "; wait for it to end, or export elsewhere"
        + " (--out DIR)", failureLine());
    assertFalse(Files.exists(dir.resolve("timbal.jsonl")), "nothing written");
  }
}
