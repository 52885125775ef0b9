package dev.sessionkit.examples;

import dev.sessionkit.core.errors.ApiConnectionException;
import dev.sessionkit.core.errors.ApiTimeoutException;
import dev.sessionkit.core.errors.SessionKitException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Runs an example's main body the way a command-line tool behaves: on failure, one line on stderr and a
 * non-zero exit status instead of a Java stack trace.
 *
 * <p>The line reads {@code <tool>: <service>: <what failed> (check <setting>)}, for example
 * <pre>
 * cost-report: Syntropic137: connection failed: GET http://127.0.0.1:1/api/v1/sessions: ConnectException (check SYN_API_URL)
 * cost-report: Syntropic137: SYN_API_URL: baseUrl is not a valid URL: Illegal character in path
 * </pre>
 * The service part is there when the body said which service it was talking to (see
 * {@link #stream(Service, Supplier)} and {@link #call(Service, Supplier)}); the hint is added when the
 * message does not already name one of the service's environment variables. The values of the
 * environment variables that hold secrets (names with {@code KEY}, {@code TOKEN}, {@code PASSWORD} or
 * {@code SECRET}) are replaced by {@code ***} should they ever appear in the line.
 *
 * <p>Exit status:
 * <ul>
 *   <li>{@value #OK}: done;</li>
 *   <li>{@value #FAILED}: a call failed (a service could not be reached, timed out or answered with an
 *       error: {@link SessionKitException}), a file could not be read or written, or anything else went
 *       wrong at run time;</li>
 *   <li>{@value #USAGE}: a bad setting or usage, found before the call it concerns
 *       ({@link IllegalArgumentException} or {@link IllegalStateException}: a malformed or missing
 *       environment variable, an unknown argument).</li>
 * </ul>
 *
 * <p>{@code --debug} among the arguments, or {@code SESSIONKIT_DEBUG=1} (or {@code true}) in the
 * environment, prints the full stack trace of the failure after that line; the exit status is the same.
 *
 * <p>{@link #run} never calls {@link System#exit}, so tests can run a body in-process and read its status
 * and output; {@link #main} is the thin wrapper for a {@code main} method.
 */
final class CommandLine {
  /** Exit status: done. */
  static final int OK = 0;
  /** Exit status: a call, or anything else at run time, failed. */
  static final int FAILED = 1;
  /** Exit status: a bad setting or usage. */
  static final int USAGE = 2;

  /** The argument that brings the stack trace back. */
  static final String DEBUG_FLAG = "--debug";
  /** The environment variable that brings the stack trace back when {@code 1} or {@code true}. */
  static final String DEBUG_ENV = "SESSIONKIT_DEBUG";

  private static final int MAX_LINE = 400;

  private CommandLine() {}

  /** An example's main body: what it does with its arguments, environment and output streams. */
  @FunctionalInterface
  interface Body {
    /**
     * @param call the arguments (without {@code --debug}), the environment and the output streams
     * @throws Exception to fail: it becomes the one line and the exit status
     */
    void run(Invocation call) throws Exception;
  }

  /**
   * What a body is run with.
   *
   * @param args the command-line arguments, without {@code --debug}
   * @param env the environment variables
   * @param out standard output
   * @param err standard error (progress lines)
   */
  record Invocation(List<String> args, Map<String, String> env, PrintStream out, PrintStream err) {
    /**
     * For a body that takes no arguments.
     *
     * @throws IllegalArgumentException if there are any
     */
    void noArguments() {
      if (!args.isEmpty()) {
        throw new IllegalArgumentException("unexpected argument '" + args.get(0) + "' (the only option is "
            + DEBUG_FLAG + ")");
      }
    }
  }

  /**
   * A service an example talks to, for the failure line.
   *
   * @param name as the line shows it, such as {@code Syntropic137} or {@code Timbal fake server}
   * @param urlVariable the variable that sets its address, named when it cannot be reached; null for none
   * @param prefix the prefix of all its variables, such as {@code SYN_}, named for other failures unless the
   *     message names one of them already; null for none
   */
  record Service(String name, String urlVariable, String prefix) {
    /**
     * A service that no setting chooses, such as a fake server the example started itself.
     *
     * @param name as the line shows it
     * @return the service
     */
    static Service unconfigured(String name) {
      return new Service(name, null, null);
    }

    private String hint(Throwable failure, String message) {
      if (prefix != null && message.contains(prefix)) {
        return "";
      }
      if (urlVariable != null && (failure instanceof ApiConnectionException || failure instanceof ApiTimeoutException)) {
        return " (check " + urlVariable + ")";
      }
      return prefix == null ? "" : " (check the " + prefix + "* settings)";
    }
  }

  /** A failure that happened while talking to a service: the line names the service. */
  private static final class ServiceFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Service service;

    ServiceFailure(Service service, RuntimeException cause) {
      super(service.name() + ": " + cause.getMessage(), cause);
      this.service = service;
    }
  }

  /**
   * Runs {@code body} as {@code main} would, then exits with a non-zero status if it failed. Returning
   * normally on success lets {@code exec:java} (the README's command) finish the build as usual.
   *
   * @param tool the name the failure line starts with, such as {@code cost-report}
   * @param args the command-line arguments
   * @param body what the example does
   */
  static void main(String tool, String[] args, Body body) {
    int status = run(tool, args, System.getenv(), System.out, System.err, body);
    if (status != OK) {
      System.exit(status);
    }
  }

  /**
   * Runs {@code body}; on failure prints one line on {@code err} (with {@code --debug}, then the stack trace).
   *
   * @param tool the name the failure line starts with
   * @param args the command-line arguments
   * @param env the environment variables
   * @param out standard output
   * @param err standard error
   * @param body what the example does
   * @return the exit status: {@link #OK}, {@link #FAILED} or {@link #USAGE}
   */
  static int run(String tool, String[] args, Map<String, String> env, PrintStream out, PrintStream err, Body body) {
    List<String> rest = new ArrayList<>(Arrays.asList(args));
    boolean debug = rest.removeIf(DEBUG_FLAG::equals) || isTrue(env.get(DEBUG_ENV));
    try {
      body.run(new Invocation(List.copyOf(rest), env, out, err));
      out.flush();
      return OK;
    } catch (Exception e) {
      out.flush();
      err.println(line(tool, e, env));
      if (debug) {
        (e instanceof ServiceFailure ? e.getCause() : e).printStackTrace(err);
      }
      err.flush();
      return status(e);
    }
  }

  /**
   * The items of {@code source}, which is called when the first item is asked for; whatever fails in
   * calling it or in reading the items is reported as coming from {@code service}.
   *
   * @param service the service the items come from
   * @param source opens the items (builds the client, starts the listing)
   * @param <T> the item type
   * @return a lazy stream of the items
   */
  static <T> Stream<T> stream(Service service, Supplier<Stream<T>> source) {
    Iterator<T> items = new Iterator<>() {
      private Iterator<T> opened;

      @Override
      public boolean hasNext() {
        return call(service, () -> opened().hasNext());
      }

      @Override
      public T next() {
        return call(service, () -> opened().next());
      }

      private Iterator<T> opened() {
        if (opened == null) {
          opened = source.get().iterator();
        }
        return opened;
      }
    };
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(items, Spliterator.ORDERED), false);
  }

  /**
   * Calls {@code call}; whatever it throws is reported as coming from {@code service}.
   *
   * @param service the service called
   * @param call the call
   * @param <T> what it returns
   * @return what it returned
   */
  static <T> T call(Service service, Supplier<T> call) {
    try {
      return call.get();
    } catch (ServiceFailure e) {
      throw e;
    } catch (RuntimeException e) {
      throw new ServiceFailure(service, e);
    }
  }

  private static int status(Throwable e) {
    Throwable cause = e instanceof ServiceFailure ? e.getCause() : e;
    return cause instanceof IllegalArgumentException || cause instanceof IllegalStateException ? USAGE : FAILED;
  }

  private static String line(String tool, Throwable e, Map<String, String> env) {
    Throwable cause = e instanceof ServiceFailure ? e.getCause() : e;
    String message = describe(cause);
    String text = e instanceof ServiceFailure
        ? ((ServiceFailure) e).service.name() + ": " + message + ((ServiceFailure) e).service.hint(cause, message)
        : message;
    text = redact(text.replaceAll("\\s*\\R\\s*", " ").trim(), env);
    if (text.length() > MAX_LINE) {
      text = text.substring(0, MAX_LINE - 1) + "…";
    }
    return tool + ": " + text;
  }

  // The SDK's own messages stand alone; anything else (a bug, an I/O error) keeps its type for a clue.
  private static String describe(Throwable e) {
    if (e instanceof UncheckedIOException && e.getCause() != null) {
      return describe(e.getCause());
    }
    if (e.getMessage() == null || e.getMessage().isBlank()) {
      return e.getClass().getSimpleName();
    }
    boolean plain = e instanceof SessionKitException || e instanceof IllegalArgumentException
        || e instanceof IllegalStateException || e.getClass() == IOException.class;
    return plain ? e.getMessage() : e.getClass().getSimpleName() + ": " + e.getMessage();
  }

  private static String redact(String text, Map<String, String> env) {
    String result = text;
    for (Map.Entry<String, String> variable : env.entrySet()) {
      String name = variable.getKey().toUpperCase(Locale.ROOT);
      String value = variable.getValue() == null ? "" : variable.getValue().trim();
      boolean secret = name.contains("KEY") || name.contains("TOKEN") || name.contains("PASSWORD")
          || name.contains("SECRET");
      if (secret && value.length() >= 4) {
        result = result.replace(value, "***");
      }
    }
    return result;
  }

  private static boolean isTrue(String flag) {
    return flag != null && (flag.trim().equals("1") || flag.trim().equalsIgnoreCase("true"));
  }
}
