#!/bin/sh
# W1 in one sitting (docs/performance.md): Clausius' bench and the numpy expert pipeline
# (the performance brief's w1_numpy.py, kept outside this repository: set $W1_NUMPY to its path) back to back, ROUNDS times; prints every run
# and the best of each, and the ratios. Needs target/clausius.jar (mvn -q -o package -DskipTests).
# usage: tools/w1-sitting.sh [ROUNDS]   (W1_POINTS: numpy time points per run, default 200)
set -eu
rounds=${1:-3}
here=$(cd "$(dirname "$0")/.." && pwd)
numpy=${W1_NUMPY:?set W1_NUMPY to the numpy baseline script w1_numpy.py (docs/performance.md)}
preset=$here/bench/w1-spin-bath-8.json
export OMP_WAIT_POLICY=PASSIVE
uptime
best_c=; best_b=; best_bp=
for r in $(seq "$rounds"); do
  c=$(java -jar "$here/target/clausius.jar" bench "$preset" --steps 200 --warmup 40 2>/dev/null \
      | tail -1 | sed 's/.*"ms_per_step": \([0-9.eE+-]*\).*/\1/')
  out=$(env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE /usr/bin/python3 "$numpy" --skip-qutip --points "${W1_POINTS:-200}" --repeat 2 2>/dev/null)
  b=$(echo "$out" | sed -n "s/^(b) .*total, *\([0-9.]*\) ms per time point.*/\1/p")
  bp=$(echo "$out" | sed -n "s/^(b') .*total, *\([0-9.]*\) ms per time point.*/\1/p")
  echo "round $r: clausius $c ms/frame, numpy (b) $b ms, (b') $bp ms"
  best_c=$(printf '%s\n%s\n' "$c" "$best_c" | grep . | sort -g | head -1)
  best_b=$(printf '%s\n%s\n' "$b" "$best_b" | grep . | sort -g | head -1)
  best_bp=$(printf '%s\n%s\n' "$bp" "$best_bp" | grep . | sort -g | head -1)
done
echo "best: clausius $best_c ms/frame; numpy (b) $best_b ms, (b') $best_bp ms"
awk -v c="$best_c" -v b="$best_b" -v bp="$best_bp" 'BEGIN { printf "ratio: %.3f of (b), %.3f of (b\x27)\n", c / b, c / bp }'
uptime
