#!/usr/bin/env bash
# Runs every SessionKit benchmark once and writes the figures to benchmarks/RESULTS.md (see README.md).
#
#   benchmarks/run.sh                          build (install the SDK modules, -DskipTests), then run all (~10 min)
#   benchmarks/run.sh --no-build               run with what is already built and installed
#   benchmarks/run.sh --build-benchmarks-only  build this module only, against the SDK installed in ~/.m2
#   benchmarks/run.sh --quick                  shorter runs (a smoke run; figures not for RESULTS.md)
#   benchmarks/run.sh [suite options]          e.g. --e2e-items 1000000 --skip memory (see BenchmarkSuite)
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
build=all
out="$here/RESULTS.md"
suite=()
for arg in "$@"; do
  case "$arg" in
    --no-build) build=none ;;
    --build-benchmarks-only) build=benchmarks ;;
    --quick)
      out="$here/target/RESULTS-quick.md"
      suite+=(--jmh-forks 1 --jmh-warmups 2 --jmh-iterations 3 --e2e-items 50000 --e2e-warmups 1 --e2e-rounds 3
              --listener-items 20000 --listener-warmups 2 --listener-rounds 5 --memory-items 200000 --cold-runs 3) ;;
    *) suite+=("$arg") ;;
  esac
done

cd "$root"
case "$build" in
  all) ./mvnw -B -q install -DskipTests -pl benchmarks -am ;;
  benchmarks) ./mvnw -B -q package -DskipTests -pl benchmarks ;;
esac

# Each vendor module's runtime class path as Maven resolves it, for the footprint and the child JVMs.
props=()
for module in sdk-timbal sdk-syntropic sdk-agents; do
  file="$here/target/runtime-classpath-$module.txt"
  ./mvnw -B -q -pl "$module" org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
    -DincludeScope=runtime -Dmdep.outputFile="$file"
  props+=("-Dsessionkit.bench.classpath.$module=$file")
done

# Which SDK was measured: the commit, and whether SDK sources differed from it when the jars were built.
sdk="commit $(git -C "$root" log -1 --format='%h (%cI)')"
changed="$(git -C "$root" status --porcelain -- sdk-core sdk-timbal sdk-syntropic sdk-agents sdk-otel | wc -l)"
[ "$changed" -gt 0 ] && sdk="$sdk, with $changed uncommitted SDK file(s) in the working tree"
[ "$build" != all ] && sdk="$sdk; SDK jars as installed in ~/.m2 (not rebuilt by this run)"

mkdir -p "$here/target"
java -Xmx3g -Dsun.net.httpserver.nodelay=true "${props[@]}" \
  -cp "$here/target/classes:$(cat "$here/target/classpath.txt")" \
  dev.sessionkit.benchmarks.BenchmarkSuite --out "$out" --command "benchmarks/run.sh${*:+ $*}" --sdk "$sdk" "${suite[@]}" \
  2>&1 | tee "$here/target/run.log"
