#!/usr/bin/env bash
# compare-jasper.sh — the equal-work comparison of issue 16: Barometer+ against JasperReports 7.0.3
# on the same report (barometer-bench/equal-work: a bar chart, a 31-row table of six integer columns,
# the marking on every page, page X of Y, two A4 pages), as PDF + DOCX + XLSX, cold and warm, in
# one run on one machine, with the same JDK. Prints a table; the raw hyperfine output goes to
# $OUT/*.json.
#
#   barometer-bench/compare-jasper.sh [cold runs, default 10] [warm warm-ups, default 40] [warm runs, default 30]
#
# Cold = a whole process per edition, hyperfine's mean wall time and user+sys CPU:
#   barometer  ./barometer generate samples/2023-Q3 --templates barometer-bench/equal-work --format pdf,docx,xlsx --lang en
#              (the launcher: newest JDK, C1 only, serial GC, its AOT/AppCDS cache; it also reads,
#              validates and analyses the whole bundle, which Jasper is spared: it reads data.csv)
#   jasper     java -jar jasper-bench.jar cold … (a precompiled .jasper; the JVM's defaults)
#   jasper+    the same with the launcher's JVM options and an AOT/AppCDS cache of its own
# Warm = median per edition inside one JVM (40 warm-ups, 30 runs; default JVM options).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
cold_runs="${1:-10}"
warmups="${2:-40}"
runs="${3:-30}"
OUT="${OUT:-$(mktemp -d)}"
mkdir -p "$OUT"
bench_jar=barometer-bench/target/benchmarks.jar
jasper_jar=barometer-bench/jasper/target/jasper-bench.jar

if [[ ! -f "$bench_jar" || ! -f "$jasper_jar" ]]; then
  ./mvnw -q -B -o -Pbench -pl barometer-bench,barometer-bench/jasper -am package -DskipTests >&2
fi
# The Java the launcher picks, used for every run here.
java_home="$(BAROMETER_VERBOSE=1 ./barometer --version 2>&1 >/dev/null | sed -n 's/^barometer: Java [^ ]* at \(.*\); class cache.*/\1/p')"
java="$java_home/bin/java"
major="$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p')"
echo "Java: $("$java" -version 2>&1 | head -n 1) at $java_home; load: $(uptime | sed 's/.*load average: //')"

jasper_file="$OUT/equal-work.jasper"
"$java" -Djava.awt.headless=true -jar "$jasper_jar" compile "$jasper_file"
data=barometer-bench/equal-work/data.csv

# Jasper with the launcher's options and a class cache of its own, made by one training run.
tuned=(-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xlog:disable -Xlog:all=warning:stderr -Djava.awt.headless=true)
if [[ "$major" -ge 25 ]]; then
  "$java" "${tuned[@]}" -Xlog:all=off -XX:AOTCacheOutput="$OUT/jasper.aot" -jar "$jasper_jar" cold "$jasper_file" "$data" "$OUT/j" >/dev/null 2>&1
  tuned+=(-XX:AOTCache="$OUT/jasper.aot")
else
  "$java" "${tuned[@]}" -Xlog:all=off -XX:ArchiveClassesAtExit="$OUT/jasper.jsa" -jar "$jasper_jar" cold "$jasper_file" "$data" "$OUT/j" >/dev/null 2>&1
  tuned+=(-XX:SharedArchiveFile="$OUT/jasper.jsa")
fi
# The launcher makes its own cache on first use.
./barometer generate samples/2023-Q3 --templates barometer-bench/equal-work --format pdf,docx,xlsx --lang en --out "$OUT/b" >/dev/null

hyperfine -N -w 1 -r "$cold_runs" --export-json "$OUT/cold.json" \
  -n barometer "./barometer generate samples/2023-Q3 --templates barometer-bench/equal-work --format pdf,docx,xlsx --lang en --out $OUT/b" \
  -n jasper "$java -Djava.awt.headless=true -jar $jasper_jar cold $jasper_file $data $OUT/j" \
  -n jasper+ "$java ${tuned[*]} -jar $jasper_jar cold $jasper_file $data $OUT/j" >&2

b_warm="$("$java" -Djava.awt.headless=true -cp "$bench_jar" eu.barometer.bench.EqualWorkBench samples/2023-Q3 barometer-bench/equal-work "$OUT" "$warmups" "$runs")"
j_warm="$("$java" -Djava.awt.headless=true -jar "$jasper_jar" warm "$jasper_file" "$data" "$OUT/j" "$warmups" "$runs")"

python3 - "$OUT/cold.json" "$b_warm" "$j_warm" <<'PY'
import json, re, sys
cold = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
def warm(line):
    m = re.search(r"median ([0-9.]+) ms CPU, ([0-9.]+) ms wall", line)
    return float(m.group(1)), float(m.group(2))
bw, jw = warm(sys.argv[2]), warm(sys.argv[3])
print()
print("| equal work, PDF + DOCX + XLSX | Barometer+ | JasperReports 7.0.3 | Jasper, launcher's JVM options + class cache | Barometer+ / Jasper |")
print("|---|---|---|---|---|")
b, j, jt = cold["barometer"], cold["jasper"], cold["jasper+"]
cpu = lambda r: r["user"] + r["system"]
print(f"| cold process, wall (mean ± σ) | {b['mean']:.2f} ± {b['stddev']:.2f} s | {j['mean']:.2f} ± {j['stddev']:.2f} s | {jt['mean']:.2f} ± {jt['stddev']:.2f} s | {b['mean']/j['mean']:.2f} ({b['mean']/jt['mean']:.2f} vs tuned) |")
print(f"| cold process, user+sys CPU | {cpu(b):.2f} s | {cpu(j):.2f} s | {cpu(jt):.2f} s | {cpu(b)/cpu(j):.2f} ({cpu(b)/cpu(jt):.2f} vs tuned) |")
print(f"| warm edition, CPU (median) | {bw[0]:.1f} ms | {jw[0]:.1f} ms | – | {bw[0]/jw[0]:.2f} |")
print(f"| warm edition, wall (median) | {bw[1]:.1f} ms | {jw[1]:.1f} ms | – | {bw[1]/jw[1]:.2f} |")
PY
