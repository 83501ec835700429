#!/usr/bin/env bash
# cold-start.sh — the cold-start figures of issue 16 (README, "Performance"), in one run:
# for the newest JDK the launcher finds and for JDK 17 (JAVA_HOME=$JDK17), hyperfine's mean wall
# time and user+sys CPU of whole `./barometer` processes, and the classes a cold run loads.
#
#   barometer-bench/cold-start.sh [runs, default 10]
#   JDK17=/usr/lib/jvm/java-17-openjdk-amd64 barometer-bench/cold-start.sh 5
#
# Record the load (printed first): on a shared machine wall times follow the neighbours, CPU
# times and class counts much less.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
runs="${1:-10}"
jdk17="${JDK17:-/usr/lib/jvm/java-17-openjdk-amd64}"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
echo "load: $(uptime | sed 's/.*load average: //')"

run() {  # label, then the command as words (joined into one hyperfine command)
  local label="$1"; shift
  hyperfine -N -w 1 -r "$runs" --export-json "$out/h.json" -n "$label" "$*" >/dev/null 2>&1
  python3 - "$out/h.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"][0]
print(f"| {r['command']} | {r['mean']:.2f} ± {r['stddev']:.2f} s (min {r['min']:.2f}) | {r['user'] + r['system']:.2f} s |")
PY
}

classes() {  # label, env…: classes loaded by a cold generate --format all/html
  local label="$1"; shift
  for f in all html pdf; do
    env "$@" BAROMETER_JAVA_OPTS="-Xlog:class+load:file=$out/cl.txt" ./barometer generate samples/2023-Q3 --format "$f" --lang en \
        --out "$out/o" >/dev/null 2>&1
    echo "| $label, --format $f | $(wc -l < "$out/cl.txt") classes | POI $(grep -c org.apache.poi "$out/cl.txt" || true), Flying Saucer $(grep -c org.xhtmlrenderer "$out/cl.txt" || true), OpenPDF $(grep -c com.lowagie "$out/cl.txt" || true), JFreeChart $(grep -c org.jfree "$out/cl.txt" || true) |"
  done
}

echo
echo "| command | wall (mean ± σ) | user+sys CPU |"
echo "|---|---|---|"
for jdk in newest 17; do
  if [[ "$jdk" == newest ]]; then e=(env -u JAVA_HOME); else e=(env "JAVA_HOME=$jdk17"); fi
  # Make the launcher's class cache for this JDK first (once per jar and JDK).
  "${e[@]}" ./barometer generate samples/2023-Q3 --format all --lang en --out "$out/o" >/dev/null 2>&1
  v="$("${e[@]}" BAROMETER_VERBOSE=1 ./barometer --version 2>&1 >/dev/null | sed -n 's/^barometer: Java \([^ ]*\) .*/\1/p')"
  run "Java $v: generate --format all --lang en" "${e[@]}" ./barometer generate samples/2023-Q3 --format all --lang en --out "$out/o"
  run "Java $v: generate --format html --lang en" "${e[@]}" ./barometer generate samples/2023-Q3 --format html --lang en --out "$out/o"
  run "Java $v: generate --format pdf --lang en" "${e[@]}" ./barometer generate samples/2023-Q3 --format pdf --lang en --out "$out/o"
  run "Java $v: no class cache (BAROMETER_CDS=0), --format all" "${e[@]}" BAROMETER_CDS=0 ./barometer generate samples/2023-Q3 --format all --lang en --out "$out/o"
  run "Java $v: batch samples/2023-Q3 --jobs 2 (6 languages × 4 formats = 24 files)" "${e[@]}" ./barometer batch samples/2023-Q3 --jobs 2 --out "$out/o"
done
echo
echo "| cold run | classes loaded | of which |"
echo "|---|---|---|"
classes "newest JDK" -u JAVA_HOME
classes "Java 17" JAVA_HOME="$jdk17"
