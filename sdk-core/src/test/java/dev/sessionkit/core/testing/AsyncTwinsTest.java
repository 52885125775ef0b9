package dev.sessionkit.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.sessionkit.core.paging.AsyncAutoPager;
import dev.sessionkit.core.paging.AutoPager;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class AsyncTwinsTest {
  interface ItemService {
    List<String> list(String request);

    default List<String> list() {
      return list("");
    }

    AutoPager<String> listAll(String request);

    void delete(String id);

    int count();

    PartService parts();
  }

  interface AsyncItemService {
    CompletableFuture<List<String>> list(String request);

    default CompletableFuture<List<String>> list() {
      return list("");
    }

    AsyncAutoPager<String> listAll(String request);

    CompletableFuture<Void> delete(String id);

    CompletableFuture<Integer> count();

    AsyncPartService parts();
  }

  interface PartService {
    String get(String id);
  }

  interface AsyncPartService {
    CompletableFuture<String> get(String id);
  }

  interface DriftedAsyncItemService {
    CompletableFuture<List<Integer>> list(String request);

    CompletableFuture<List<String>> list();

    AutoPager<String> listAll(String request);

    CompletableFuture<Void> delete(String id, String other);

    CompletableFuture<Integer> count();

    AsyncPartService parts();

    CompletableFuture<Void> extra();
  }

  interface AsyncDriftedPartService {
    CompletableFuture<String> get(String id);
  }

  @Test
  void aFaithfulTwinPasses() {
    AsyncTwins.assertMirrors(ItemService.class, AsyncItemService.class);
  }

  @Test
  void everyDifferenceIsListed() {
    AssertionError e = assertThrows(AssertionError.class,
        () -> AsyncTwins.assertMirrors(ItemService.class, DriftedAsyncItemService.class));
    String p = AsyncTwinsTest.class.getName();
    assertEquals("DriftedAsyncItemService does not mirror ItemService:\n"
        + "  missing delete(java.lang.String)\n"
        + "  list(): default in one twin only\n"
        + "  list(java.lang.String): returns java.util.concurrent.CompletableFuture<java.util.List<java.lang.Integer>>,"
        + " expected java.util.concurrent.CompletableFuture<java.util.List<java.lang.String>>\n"
        + "  listAll(java.lang.String): returns dev.sessionkit.core.paging.AutoPager<java.lang.String>, expected"
        + " dev.sessionkit.core.paging.AsyncAutoPager<java.lang.String>\n"
        + "  extra " + "delete(java.lang.String, java.lang.String) with no blocking twin\n"
        + "  extra extra() with no blocking twin", e.getMessage().replace(p + "$", ""));
  }
}
