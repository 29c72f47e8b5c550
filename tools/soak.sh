#!/usr/bin/env bash
# Soak test of the explorer (issue 7, docs/soak.md): plays the largest preset at maximum speed
# under xvfb for a long time and records memory and pulse times, to show that heap and RSS stay
# flat after warm-up. Usage: [SOAK_GC=1] tools/soak.sh [SECONDS] [PRESET] [SAMPLE_SECONDS]
#   SECONDS         how long to play (default 1800: the 30-minute soak)
#   PRESET          default presets/qubit-spin-bath.json (D = 512, the largest shipped preset)
#   SAMPLE_SECONDS  sampling interval (default 30)
#   SOAK_GC=1       a full GC before each sample: the live heap exactly, at the price of one pause
#                   per sample in the pulse-gap figures
# Output in target/soak/: samples.csv (the explorer's own samples), ps.csv (RSS and CPU seen from
# outside, by ps), result.json (the benchmark's final line), long-preset.json (the preset played).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-1800}
preset=${2:-presets/qubit-spin-bath.json}
sample=${3:-30}
out=${SOAK_OUT:-target/soak}
[ -f target/clausius.jar ] || mvn -q package -DskipTests
rm -rf "$out"
mkdir -p "$out/app"
# a private copy of the jar and its libraries: a rebuild during the soak must not pull them away
cp -r target/clausius.jar target/lib "$out/app/"
# the same system with a time grid far longer than the soak can play (at most 10^7 rows), so the
# run never finishes and every frame goes into the explorer's history
python3 - "$preset" "$out/long-preset.json" <<'PY'
import json, sys
preset = json.load(open(sys.argv[1]))
dt = preset["time"]["dt"]
preset["time"]["end"] = dt * 9_000_000
preset["name"] = preset["name"] + " (soak)"
json.dump(preset, open(sys.argv[2], "w"), indent=1)
PY
gc=false
[ "${SOAK_GC:-0}" = 1 ] && gc=true
export OMP_WAIT_POLICY=PASSIVE  # set here, so java -jar does not relaunch itself and $! is the explorer
xvfb-run -a -s '-screen 0 1600x1000x24' \
    java -Dclausius.bench="$seconds" -Dclausius.bench.sample="$sample" -Dclausius.bench.gc="$gc" \
    -jar "$out/app/clausius.jar" "$out/long-preset.json" > "$out/stdout.log" 2> "$out/stderr.log" &
runner=$!
echo "elapsed_s,rss_mb,cpu_percent" > "$out/ps.csv"
start=$(date +%s)
java_pid=""
while kill -0 "$runner" 2> /dev/null; do
    sleep "$sample"
    if [ -z "$java_pid" ]; then
        # xvfb-run starts Xvfb and then java as its children: the java one is ours
        java_pid=$(ps -o pid=,comm= --ppid "$runner" | awk '$2 == "java" {print $1}' | head -1 || true)
    fi
    if [ -n "$java_pid" ] && ps -p "$java_pid" > /dev/null; then
        ps -o rss=,pcpu= -p "$java_pid" | awk -v t=$(( $(date +%s) - start )) '{printf "%d,%.1f,%s\n", t, $1/1024, $2}' >> "$out/ps.csv"
    fi
done
wait "$runner" || { echo "the explorer failed, see $out/stderr.log" >&2; exit 1; }
grep '^{"sample_s"' "$out/stdout.log" | python3 -c '
import json, sys
rows = [json.loads(line) for line in sys.stdin]
keys = list(rows[0].keys()) if rows else []
print(",".join(keys))
for r in rows:
    print(",".join(str(r[k]) for k in keys))' > "$out/samples.csv"
grep '^{"preset"' "$out/stdout.log" > "$out/result.json"
cat "$out/result.json"
python3 - "$out/samples.csv" <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1])))
if len(rows) < 4:
    sys.exit("too few samples for a verdict")
half = rows[len(rows) // 2:]  # after warm-up: the second half of the run
def spread(key, part):
    values = [float(r[key]) for r in part]
    return min(values), max(values)
for key in ("heap_after_gc_mb", "rss_mb", "frames_stored", "max_pulse_work_ms", "max_pulse_gap_ms"):
    lo, hi = spread(key, half)
    print(f"{key}: second half {lo:.1f} .. {hi:.1f}")
print("frames shown:", rows[-1]["frames_shown"])
PY
