package dev.sessionkit.core.internal.paging;

import dev.sessionkit.core.RequestOptions;

/**
 * Refuses per-call query parameters that would replace the ones a pager sets on every page.
 *
 * <p>{@link RequestOptions#queryParams()} replace the SDK's parameters of the same name, which is what a
 * caller wants on a single request, but a walk over pages would then end early (a smaller {@code limit}
 * looks like a short last page), repeat itself (a fixed {@code offset} or bound) or report a loop (a fixed
 * token), silently or with a misleading message. So a walk refuses them before its first request.
 */
public final class PagerParameters {
  private PagerParameters() {}

  /**
   * @param options the call's options
   * @param owned the query parameters the pager sets on every page
   * @return {@code options}
   * @throws IllegalArgumentException naming the first parameter that {@code options} would replace
   */
  public static RequestOptions requireNotReplaced(RequestOptions options, String... owned) {
    for (String name : owned) {
      if (options.queryParams().containsKey(name)) {
        throw new IllegalArgumentException("RequestOptions.queryParam(\"" + name + "\") would replace the "
            + "parameter that paging sets on every page and break the walk; set it on the request if it "
            + "has it, or list one page at a time");
      }
    }
    return options;
  }
}
