package dev.sessionkit.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sessionkit.agents.AgentsClient;
import dev.sessionkit.core.paging.AutoPager;
import dev.sessionkit.core.paging.Page;
import dev.sessionkit.core.usage.SessionUsage;
import dev.sessionkit.syntropic.sessions.Session;
import dev.sessionkit.timbal.runs.ListRunsRequest;
import dev.sessionkit.timbal.runs.Run;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Exports every Timbal run, Syntropic137 session and AgentScope session to JSON Lines, one file per vendor,
 * and survives being killed: after each page it saves a checkpoint, and started again it goes on from there.
 *
 * <pre>
 * ./mvnw -q -B -pl examples -am verify -DskipTests -Pexport-sessions            (into ./export)
 * ./mvnw -q -B -pl examples -am verify -DskipTests -Pexport-sessions -Dexec.args="--out /tmp/x"
 * </pre>
 *
 * <p>With no credentials in the environment it exports the SDK's fake servers (their data is the same on
 * every start, so a restart sees the same listing); the settings are those of {@link CostReport}.
 *
 * <p>For each vendor, {@code <vendor>.jsonl} holds one JSON object per line and
 * {@code <vendor>.checkpoint.json} where the export stands: the position to go on from (a page's
 * {@link Page#nextCursor() cursor} for Timbal and Syntropic137; the id of the next agent for AgentScope,
 * whose session listing is one response per agent), the number of lines written and the file's length at
 * that point, and whether the vendor is done. A page's lines are written and forced to disk before its
 * checkpoint is replaced (atomically); a restart first cuts the file back to the checkpoint's length, so
 * lines of a page whose checkpoint was never saved are dropped and written again: every item ends up in the
 * file exactly once. A vendor whose checkpoint says done is skipped; delete the folder to export anew.
 *
 * <p>A progress line on stderr counts the lines written. A failure prints one line and exits non-zero (see
 * {@link CommandLine}); the checkpoints stay, and the next run resumes.
 */
public final class ExportSessions {
  private static final String TOOL = "export-sessions";
  private static final ObjectMapper JSON = new ObjectMapper();

  private ExportSessions() {}

  /**
   * Runs the export.
   *
   * @param args {@code --out DIR} (default {@code export}), {@code --debug}
   */
  public static void main(String[] args) {
    CommandLine.main(TOOL, args, call -> export(call, (vendor, pages) -> { }));
  }

  /** {@link #main} without {@link System#exit}: returns the exit status. */
  static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err, PageHook hook) {
    return CommandLine.run(TOOL, args, env, out, err, call -> export(call, hook));
  }

  /** Called after a page's lines are on disk and before its checkpoint is saved: where a test kills the export. */
  @FunctionalInterface
  interface PageHook {
    /**
     * @param vendor the vendor being exported
     * @param pages the pages of this vendor written in this run, this one included
     */
    void pageWritten(String vendor, int pages);
  }

  /** One page of a vendor's listing as lines, and where the listing goes on after it (null after the last). */
  private record Batch(List<ObjectNode> lines, String next) {}

  private static void export(CommandLine.Invocation call, PageHook hook) throws IOException {
    Path dir = outputFolder(call.args());
    Files.createDirectories(dir);
    // Closing the channel releases the lock.
    try (FileChannel lockFile = FileChannel.open(dir.resolve(".lock"), StandardOpenOption.CREATE,
            StandardOpenOption.WRITE);
        VendorClients clients = new VendorClients(call.env())) {
      exclusive(lockFile, dir);
      Progress progress = new Progress(call.err());
      exportVendor("timbal", "runs", dir, clients.timbalService(), from -> timbalRuns(clients, from), progress, hook,
          call.out());
      exportVendor("syntropic", "sessions", dir, clients.syntropicService(), from -> syntropicSessions(clients, from),
          progress, hook, call.out());
      exportVendor("agentscope", "sessions", dir, clients.agentScopeService(), from -> agentScopeSessions(clients, from),
          progress, hook, call.out());
    }
  }

  /** Two exports into one folder would interleave their lines: the second one stops before writing. */
  private static void exclusive(FileChannel lockFile, Path dir) throws IOException {
    java.nio.channels.FileLock lock;
    try {
      lock = lockFile.tryLock();
    } catch (java.nio.channels.OverlappingFileLockException sameProcess) {
      lock = null;
    }
    if (lock == null) {
      throw new IllegalStateException("another export is writing " + dir + "; wait for it to end, or export"
          + " elsewhere (--out DIR)");
    }
  }

  private static Path outputFolder(List<String> args) {
    if (args.isEmpty()) {
      return Path.of("export");
    }
    if (args.size() == 2 && args.get(0).equals("--out") && !args.get(1).isBlank()) {
      return Path.of(args.get(1));
    }
    throw new IllegalArgumentException("usage: export-sessions [--out DIR] [--debug]; was " + String.join(" ", args));
  }

  // ---- the three listings, as pages of lines ---------------------------------------------------------------

  private static Stream<Batch> timbalRuns(VendorClients clients, String cursor) {
    ListRunsRequest.Builder request = ListRunsRequest.builder();
    if (cursor != null) {
      request.cursor(cursor);
    }
    return pages(clients.timbal().runs().listAll(request.build()), ExportSessions::runLine);
  }

  private static Stream<Batch> syntropicSessions(VendorClients clients, String cursor) {
    dev.sessionkit.syntropic.sessions.ListSessionsRequest.Builder request =
        dev.sessionkit.syntropic.sessions.ListSessionsRequest.builder();
    if (cursor != null) {
      request.cursor(cursor);
    }
    return pages(clients.syntropic().sessions().listAll(request.build()), s -> usageLine(s.toSessionUsage()));
  }

  /**
   * One batch per agent: its session listing is one response. The position is the id of the next agent, so
   * that a list of agents edited between runs neither skips nor repeats one that is still in it.
   */
  private static Stream<Batch> agentScopeSessions(VendorClients clients, String position) {
    AgentsClient client = clients.agentScope();
    List<String> agents = clients.agentIds();
    int first = position == null ? 0 : agents.indexOf(position);
    if (first < 0) {
      throw new IllegalStateException("the checkpoint goes on at agent " + position + ", which the agents to read"
          + " (AGENTSCOPE_AGENT_IDS) no longer list");
    }
    return java.util.stream.IntStream.range(first, agents.size()).mapToObj(i -> {
      List<ObjectNode> lines = new ArrayList<>();
      client.sessions().list(dev.sessionkit.agents.sessions.ListSessionsRequest.builder().agentId(agents.get(i))
          .build()).sessions().forEach(view -> lines.add(usageLine(client.sessions().usage(view))));
      return new Batch(lines, i + 1 < agents.size() ? agents.get(i + 1) : null);
    });
  }

  private static <T> Stream<Batch> pages(AutoPager<T> pager, Function<T, ObjectNode> line) {
    return StreamSupport.stream(pager.pages().spliterator(), false).map(page -> {
      List<ObjectNode> lines = new ArrayList<>(page.items().size());
      page.items().forEach(item -> lines.add(line.apply(item)));
      return new Batch(lines, page.nextCursor().orElse(null));
    });
  }

  private static ObjectNode runLine(Run run) {
    ObjectNode line = JSON.createObjectNode().put("vendor", "timbal").put("id", run.id())
        .put("status", run.status().value()).put("created_at", run.createdAt().toString())
        .put("cost_usd", run.costUsd()).put("cost_credits", run.costCredits()).put("user_id", run.user().id());
    run.durationMs().ifPresent(ms -> line.put("duration_ms", ms));
    run.groupId().ifPresent(g -> line.put("group_id", g));
    return line;
  }

  private static ObjectNode usageLine(SessionUsage u) {
    ObjectNode line = JSON.createObjectNode().put("vendor", u.vendor().name().toLowerCase(java.util.Locale.ROOT))
        .put("id", u.id()).put("status", u.status());
    u.model().ifPresent(m -> line.put("model", m));
    u.startedAt().map(Instant::toString).ifPresent(t -> line.put("started_at", t));
    u.lastActivityAt().map(Instant::toString).ifPresent(t -> line.put("last_activity_at", t));
    line.put("input_tokens", u.tokens().input()).put("output_tokens", u.tokens().output())
        .put("cache_creation_tokens", u.tokens().cacheCreation()).put("cache_read_tokens", u.tokens().cacheRead());
    u.costUsd().ifPresent(c -> line.put("cost_usd", c));
    return line;
  }

  // ---- one vendor: lines, then checkpoint, page after page ------------------------------------------------

  private static void exportVendor(String vendor, String what, Path dir, CommandLine.Service service,
      Function<String, Stream<Batch>> listing, Progress progress, PageHook hook, PrintStream out) throws IOException {
    Path file = dir.resolve(vendor + ".jsonl");
    Path checkpointFile = dir.resolve(vendor + ".checkpoint.json");
    Checkpoint checkpoint = Checkpoint.load(checkpointFile);
    if (checkpoint.done()) {
      out.println(vendor + ": already exported, " + checkpoint.count() + " " + what + " in " + file
          + " (delete " + dir + " to export again)");
      return;
    }
    checkpoint.save(checkpointFile); // from the start, the folder says where the export stands
    progress.start(vendor, what, checkpoint.count());
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
      if (channel.size() < checkpoint.bytes()) {
        // Writing at the checkpoint's offset would leave a hole of NUL bytes in the file.
        throw new IllegalStateException(file + " is shorter (" + channel.size() + " bytes) than " + checkpointFile
            + " says it was (" + checkpoint.bytes() + "): delete both to export " + vendor + " again");
      }
      // Lines after the checkpoint belong to a page whose checkpoint was never saved: it comes again.
      channel.truncate(checkpoint.bytes());
      channel.position(checkpoint.bytes());
      Checkpoint[] current = {checkpoint};
      int[] pages = {0};
      CommandLine.stream(service, () -> resume(listing, checkpoint, checkpointFile)).forEach(batch -> {
        write(channel, batch.lines());
        hook.pageWritten(vendor, ++pages[0]);
        current[0] = new Checkpoint(batch.next(), current[0].count() + batch.lines().size(), size(channel),
            batch.next() == null);
        current[0].save(checkpointFile);
        progress.update(current[0].count());
      });
      if (!current[0].done()) {
        // A listing with no pages left (or none at all): nothing more will come.
        current[0] = new Checkpoint(null, current[0].count(), size(channel), true);
        current[0].save(checkpointFile);
      }
      progress.end();
      out.println(vendor + ": " + current[0].count() + " " + what + " in " + file);
    } catch (RuntimeException | IOException e) {
      progress.end();
      throw e;
    }
  }

  /** The listing from the checkpoint's position; a cursor the current settings cannot resume names the file. */
  private static Stream<Batch> resume(Function<String, Stream<Batch>> listing, Checkpoint checkpoint, Path file) {
    try {
      return listing.apply(checkpoint.position());
    } catch (IllegalArgumentException e) {
      if (checkpoint.position() == null || !String.valueOf(e.getMessage()).startsWith("cursor ")) {
        throw e;
      }
      // A cursor resumes only the listing that made it: the settings changed since (another project, …).
      throw new IllegalStateException(file + " was saved by an export with other settings (" + e.getMessage()
          + "); delete it and its .jsonl to export again", e);
    }
  }

  private static void write(FileChannel channel, List<ObjectNode> lines) {
    StringBuilder text = new StringBuilder();
    for (ObjectNode line : lines) {
      text.append(line.toString()).append('\n');
    }
    ByteBuffer bytes = ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8));
    try {
      while (bytes.hasRemaining()) {
        channel.write(bytes);
      }
      channel.force(false);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long size(FileChannel channel) {
    try {
      return channel.size();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Where a vendor's export stands.
   *
   * @param position where the listing goes on (a cursor, or the id of AgentScope's next agent); null at the start
   * @param count lines written
   * @param bytes the file's length after them
   * @param done whether the vendor is complete
   */
  record Checkpoint(String position, long count, long bytes, boolean done) {
    static Checkpoint load(Path file) throws IOException {
      if (!Files.exists(file)) {
        return new Checkpoint(null, 0, 0, false);
      }
      JsonNode json;
      try {
        json = JSON.readTree(file.toFile());
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        json = null;
      }
      if (json == null || !json.isObject() || !(json.path("position").isTextual() || json.path("position").isNull())
          || !json.path("count").canConvertToLong() || !json.path("bytes").canConvertToLong()
          || !json.path("done").isBoolean() || json.path("count").asLong() < 0 || json.path("bytes").asLong() < 0) {
        throw new IllegalStateException(file + " is not a checkpoint of this export; delete it and its .jsonl to"
            + " export again");
      }
      return new Checkpoint(json.get("position").isNull() ? null : json.get("position").asText(),
          json.get("count").asLong(), json.get("bytes").asLong(), json.get("done").asBoolean());
    }

    /**
     * Replaces the file atomically, its content on disk first: a kill or a power cut leaves the old checkpoint
     * or the new one, never half of one.
     */
    void save(Path file) {
      ObjectNode json = JSON.createObjectNode().put("position", position).put("count", count).put("bytes", bytes)
          .put("done", done);
      Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
      try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
          StandardOpenOption.TRUNCATE_EXISTING)) {
        ByteBuffer bytes = ByteBuffer.wrap((json.toString() + "\n").getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
          out.write(bytes);
        }
        out.force(true);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      try {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** The progress line on stderr, rewritten in place. */
  private static final class Progress {
    private final PrintStream err;
    private String label;

    Progress(PrintStream err) {
      this.err = err;
    }

    void start(String vendor, String what, long count) {
      label = vendor + " " + what;
      update(count);
    }

    void update(long count) {
      err.print("\r" + TOOL + ": " + label + ": " + count + " written…");
      err.flush();
    }

    void end() {
      err.println();
    }
  }
}
