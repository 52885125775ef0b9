package dev.sessionkit.benchmarks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** Runs {@link ParseBenchmark} through JMH's API and collects its scores. */
final class JmhParse {
  private JmhParse() {}

  /**
   * One benchmark's score.
   *
   * @param api the listing
   * @param items items on the page
   * @param method {@code sessionKit}, {@code readTree}, {@code bindMap} or {@code cursor}
   * @param micros microseconds per page: the median of the measured iterations of every fork (robust to an
   *     iteration that another process slowed down, which the mean is not)
   * @param min the fastest iteration
   * @param max the slowest iteration
   * @param bytesPerOp bytes allocated per page (JMH's gc profiler), or NaN
   */
  record Score(String api, int items, String method, double micros, double min, double max, double bytesPerOp) {}

  /**
   * How long JMH runs.
   *
   * @param forks JVM forks per benchmark
   * @param warmups warm-up iterations per fork
   * @param iterations measured iterations per fork
   * @param seconds seconds per iteration
   */
  record Settings(int forks, int warmups, int iterations, int seconds) {}

  /**
   * Runs every parsing benchmark.
   *
   * @param settings how long
   * @return the scores
   * @throws RunnerException if JMH fails
   */
  static List<Score> run(Settings settings) throws RunnerException {
    Options options = new OptionsBuilder()
        .include("^" + Pattern.quote(ParseBenchmark.class.getName()) + "\\.")
        .forks(settings.forks())
        .warmupIterations(settings.warmups())
        .warmupTime(TimeValue.seconds(settings.seconds()))
        .measurementIterations(settings.iterations())
        .measurementTime(TimeValue.seconds(settings.seconds()))
        .addProfiler(GCProfiler.class)
        .shouldFailOnError(true)
        .build();
    Collection<RunResult> results = new Runner(options).run();
    List<Score> scores = new ArrayList<>();
    for (RunResult r : results) {
      String benchmark = r.getParams().getBenchmark();
      List<Double> iterations = new ArrayList<>();
      for (BenchmarkResult fork : r.getBenchmarkResults()) {
        for (IterationResult iteration : fork.getIterationResults()) {
          iterations.add(iteration.getPrimaryResult().getScore());
        }
      }
      Result<?> alloc = r.getSecondaryResults().get("gc.alloc.rate.norm");
      scores.add(new Score(r.getParams().getParam("api"), Integer.parseInt(r.getParams().getParam("items")),
          benchmark.substring(benchmark.lastIndexOf('.') + 1), Stats.median(iterations),
          iterations.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN),
          iterations.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN),
          alloc == null ? Double.NaN : alloc.getScore()));
    }
    return scores;
  }
}
