package dev.sessionkit.publication;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fenced blocks of a Markdown file, and the snippets of compiled sources they must equal: the lines between
 * {@code // readme:begin NAME} and {@code // readme:end NAME}, without their common indentation; several regions
 * of one name in one file are joined with a blank line (imports, then code).
 */
final class ReadmeSnippets {
  private static final Pattern FENCE = Pattern.compile("^```(\\S*)\\s*$");
  private static final Pattern MARKER = Pattern.compile("^\\s*// readme:(begin|end) (\\S+)\\s*$");

  private ReadmeSnippets() {}

  /** A fenced block: the line of its opening fence (from 1), and its text, each line ending in a newline. */
  record Block(int line, String text) {}

  /** A snippet: where it is, and its text. */
  record Snippet(String file, String name, String text) {}

  /** The fenced blocks of {@code markdown} in {@code language}, in order. */
  static List<Block> blocks(String markdown, String language) {
    List<Block> blocks = new ArrayList<>();
    String[] lines = markdown.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher open = FENCE.matcher(lines[i]);
      if (!open.matches()) {
        continue;
      }
      StringBuilder text = new StringBuilder();
      int start = i;
      for (i++; i < lines.length && !lines[i].startsWith("```"); i++) {
        text.append(lines[i]).append('\n');
      }
      if (open.group(1).equals(language)) {
        blocks.add(new Block(start + 1, text.toString()));
      }
    }
    return blocks;
  }

  /**
   * The snippets of one source file. The file's imports must all be inside its snippet, so that a snippet that
   * compiles here shows every import it needs; a file breaking that rule, or with unbalanced markers, throws.
   */
  static List<Snippet> snippets(String file, String source) {
    Map<String, List<String>> regions = new LinkedHashMap<>();
    String open = null;
    List<String> region = new ArrayList<>();
    String outsideImport = null;
    String[] lines = source.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher marker = MARKER.matcher(lines[i]);
      if (marker.matches()) {
        boolean begin = marker.group(1).equals("begin");
        if (begin == (open != null) || (!begin && !open.equals(marker.group(2)))) {
          throw new IllegalStateException(file + ":" + (i + 1) + ": unexpected " + lines[i].trim());
        }
        if (begin) {
          open = marker.group(2);
        } else {
          regions.computeIfAbsent(open, n -> new ArrayList<>()).add(dedent(region));
          region.clear();
          open = null;
        }
      } else if (open != null) {
        region.add(lines[i]);
      } else if (lines[i].startsWith("import ") && outsideImport == null) {
        outsideImport = file + ":" + (i + 1) + ": an import outside the snippet, which the README would then not"
            + " show: " + lines[i];
      }
    }
    if (open != null) {
      throw new IllegalStateException(file + ": no // readme:end " + open);
    }
    if (!regions.isEmpty() && outsideImport != null) {
      throw new IllegalStateException(outsideImport);
    }
    if (regions.size() > 1) {
      throw new IllegalStateException(file + ": more than one snippet " + regions.keySet()
          + " (one per file, so that its imports are its own)");
    }
    List<Snippet> snippets = new ArrayList<>();
    regions.forEach((name, parts) -> snippets.add(new Snippet(file, name, String.join("\n", parts))));
    return snippets;
  }

  /**
   * What does not match: each README block that no snippet equals, and each snippet that no README block
   * equals; empty if the README shows exactly the compiled snippets.
   */
  static List<String> mismatches(String readmeName, List<Block> blocks, List<Snippet> snippets) {
    List<String> problems = new ArrayList<>();
    for (Block block : blocks) {
      if (snippets.stream().noneMatch(s -> s.text().equals(block.text()))) {
        problems.add(readmeName + ":" + block.line() + ": this block is no compiled snippet; copy it between"
            + " `// readme:begin NAME` and `// readme:end NAME` lines of a compiled source, or make it equal to"
            + " the snippet it mirrors:\n" + block.text());
      }
    }
    for (Snippet snippet : snippets) {
      if (blocks.stream().noneMatch(b -> b.text().equals(snippet.text()))) {
        problems.add(snippet.file() + ": snippet " + snippet.name() + " is not a block of " + readmeName
            + " (the README changed, or the snippet did):\n" + snippet.text());
      }
    }
    return problems;
  }

  private static String dedent(List<String> lines) {
    int indent = lines.stream().filter(l -> !l.isBlank())
        .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
    StringBuilder text = new StringBuilder();
    for (String line : lines) {
      text.append(line.isBlank() ? "" : line.substring(indent)).append('\n');
    }
    return text.toString();
  }
}
