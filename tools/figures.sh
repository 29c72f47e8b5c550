#!/usr/bin/env bash
# Regenerates the exported figures shown in README.md (assets/screenshots/figures/), headless.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/clausius.jar ] || mvn -q package -DskipTests
out=assets/screenshots/figures
mkdir -p "$out"
java -jar target/clausius.jar export presets/qutrit-qubit.json --out "$out" --format png --force
java -jar target/clausius.jar export presets/carnot-qubit-fast.json --out "$out" --format png --force
# keep the pictures only (the export also copies each preset beside its figures)
rm -f "$out"/*.json
