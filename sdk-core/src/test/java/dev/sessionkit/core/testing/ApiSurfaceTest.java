package dev.sessionkit.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

class ApiSurfaceTest {
  private static final Path CLASSES = Path.of("target", "classes");

  @Test
  void theDumpListsEveryPublicDeclarationOfTheExportedPackagesAndNothingInternal() throws Exception {
    List<String> api = ApiSurface.dump(CLASSES);

    assertTrue(api.contains("dev.sessionkit.core.paging.Page public interface<T>"), "a class heads its members");
    assertTrue(api.contains("dev.sessionkit.core.paging.Page: public abstract java.util.Optional<java.lang.String>"
        + " nextCursor()"), "a method with its generic signature");
    assertTrue(api.contains("dev.sessionkit.core.ResponseInfo: public static dev.sessionkit.core.ResponseInfo"
        + " of(int,java.util.Map<java.lang.String, java.util.List<java.lang.String>>)"), "a static factory");
    assertTrue(api.stream().noneMatch(l -> l.contains(".internal.")),
        "no internal class is listed, and no public signature names one");
    assertTrue(api.stream().noneMatch(l -> l.contains(" hashCode()") && l.contains("java.lang.Object")),
        "Object's own methods are left out");
    List<String> sorted = new ArrayList<>(api);
    sorted.sort(null);
    assertEquals(sorted, api);
  }

  @Test
  void aFileThatDiffersFailsWithTheLinesAndHowToRegenerate(@TempDir Path dir) throws Exception {
    List<String> api = new ArrayList<>(ApiSurface.dump(CLASSES));
    String removed = api.remove(0);
    api.add("dev.sessionkit.core.Gone: public void gone()");
    api.sort(null);
    Path file = dir.resolve("sdk-core.api");
    Files.write(file, api);

    AssertionFailedError e = assertThrows(AssertionFailedError.class,
        () -> ApiSurface.check("sdk-core", CLASSES, file));

    String message = e.getMessage();
    assertTrue(message.contains("(1 lines added, 1 removed)"), message);
    assertTrue(message.contains("-Dsessionkit.updateApi=true"), message);
    assertTrue(message.contains("\n+ " + removed), message);
    assertTrue(message.contains("\n- dev.sessionkit.core.Gone: public void gone()"), message);
  }

  @Test
  void theSameCodeGivesTheSameFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("sdk-core.api");
    Files.write(file, ApiSurface.dump(CLASSES));

    ApiSurface.check("sdk-core", CLASSES, file);
  }
}
