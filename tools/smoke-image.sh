#!/usr/bin/env bash
# Smoke test of a built Clausius, as .github/workflows/dist.yml runs it on every OS (issue 14):
#   1. `validate` of every shipped preset (presets/*.json) and tour (presets/tours/*.json);
#   2. `run` of each public reference case of src/test/resources/refs (its own preset.json) and of
#      the shipped presets/resonant-qubits.json, each compared with the reference CSV by
#      tools/compare-reference.py (ReferenceCasesTest's rule: atol 1e-8, rtol 1e-7);
#   3. the same runs with the pure-Java LAPACK path forced (CLAUSIUS_LAPACK=java).
# Usage: tools/smoke-image.sh LAUNCHER [ARG...]
#   tools/smoke-image.sh target/dist/Clausius/bin/Clausius        (the app image)
#   tools/smoke-image.sh java -jar target/clausius.jar            (the jar, for a developer)
# PYTHON names the Python 3 to use (default python3); the CSVs go to SMOKE_OUT (default target/smoke).
set -euo pipefail
cd "$(dirname "$0")/.."
if (( $# == 0 )); then
  echo "usage: tools/smoke-image.sh LAUNCHER [ARG...]" >&2
  exit 2
fi
launcher=("$@")
python=${PYTHON:-python3}
out=${SMOKE_OUT:-target/smoke}
mkdir -p "$out"

presets=(presets/*.json)
tours=(presets/tours/*.json)
if [[ ! -e ${presets[0]} || ! -e ${tours[0]} ]]; then
  echo "smoke: no presets or no tours found under presets/" >&2
  exit 1
fi
echo "smoke: validate ${#presets[@]} presets and ${#tours[@]} tours"
"${launcher[@]}" validate "${presets[@]}" "${tours[@]}"

# each reference case: its preset and its series (the engine cases have a summary instead, checked by the tests)
cases=()
for dir in src/test/resources/refs/*/; do
  [[ -f $dir/ref.csv && -f $dir/preset.json ]] && cases+=("${dir%/}")
done
if (( ${#cases[@]} == 0 )); then
  echo "smoke: no reference series found under src/test/resources/refs" >&2
  exit 1
fi

# one run compared with its reference; $1 = native or java (the LAPACK path), $2 = preset, $3 = ref.csv, $4 = name
run_and_compare() {
  local lapack=$1 preset=$2 ref=$3 csv="$out/$4-$1.csv"
  rm -f "$csv"
  echo "smoke: run $preset (LAPACK: $lapack)"
  if [[ $lapack == java ]]; then
    CLAUSIUS_LAPACK=java "${launcher[@]}" run "$preset" --csv "$csv"
  else
    env -u CLAUSIUS_LAPACK "${launcher[@]}" run "$preset" --csv "$csv"
  fi
  "$python" tools/compare-reference.py "$csv" "$ref"
}

for lapack in native java; do
  for dir in "${cases[@]}"; do
    run_and_compare "$lapack" "$dir/preset.json" "$dir/ref.csv" "$(basename "$dir")"
  done
  # the explorer's default preset is the resonant-qubits reference case with a longer description
  run_and_compare "$lapack" presets/resonant-qubits.json src/test/resources/refs/resonant-qubits/ref.csv shipped-resonant-qubits
done
echo "smoke: all passed (${#presets[@]} presets, ${#tours[@]} tours validated; $(( 2 * (${#cases[@]} + 1) )) runs matched their references)"
