#!/usr/bin/env bash
# Regenerates the exported figures that README.md and docs/ show (assets/screenshots/figures/), headless.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/clausius.jar ] || mvn -q package -DskipTests
out=assets/screenshots/figures
mkdir -p "$out"
for preset in qutrit-qubit carnot-qubit-fast resonant-qubits lindblad-qubit; do
  java -jar target/clausius.jar export "presets/$preset.json" --out "$out" --format png --force
done
# keep the pictures a document shows: the export writes every panel and a copy of each preset
rm -f "$out"/*.json
for figure in "$out"/*.png; do
  grep -rqF "figures/$(basename "$figure")" README.md docs || rm -f "$figure"
done
