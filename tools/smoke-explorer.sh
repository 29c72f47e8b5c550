#!/usr/bin/env bash
# The explorer of a built Clausius opens and draws (issue 14): started with no preset from an empty
# folder, it must find its own shipped default preset (clausius.home, or beside the jar), play it,
# save a screenshot and exit. The screenshot property reaches the JVM through JAVA_TOOL_OPTIONS,
# which every JVM reads when it starts, jpackage's native launchers included.
# Usage: tools/smoke-explorer.sh SHOT.png [WRAPPER...] LAUNCHER [ARG...]
#   tools/smoke-explorer.sh shot.png xvfb-run -a -s '-screen 0 1600x1000x24' "$PWD/target/dist/Clausius/bin/Clausius"
#   tools/smoke-explorer.sh shot.png xvfb-run -a java -jar "$PWD/target/clausius.jar"
# The launcher path must be absolute: the explorer runs in a fresh empty folder.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
if (( $# < 2 )); then
  echo "usage: tools/smoke-explorer.sh SHOT.png [WRAPPER...] LAUNCHER [ARG...]" >&2
  exit 2
fi
shot=$1
shift
[[ $shot == /* || $shot =~ ^[A-Za-z]: ]] || shot="$PWD/$shot"
rm -f "$shot"
empty=$(mktemp -d)
trap 'rm -rf "$empty"' EXIT
settings="$empty/settings"
# Git Bash on Windows: the JVM reads JAVA_TOOL_OPTIONS itself and needs C:/... paths, not /c/...
if command -v cygpath >/dev/null; then
  shot=$(cygpath -m "$shot")
  settings=$(cygpath -m "$settings")
fi
# settings (the remembered session) go to a fresh folder too, so the default preset is what opens;
# SMOKE_OS_SETTINGS=1 keeps the OS's own settings folder (CI: a fresh runner remembers nothing, and
# the folder is then checked for the session the explorer recorded)
options="-Dclausius.screenshot=$shot"
[[ -n ${SMOKE_OS_SETTINGS:-} ]] || options="$options -Dclausius.config.dir=$settings"
# an explorer that cannot open its preset shows a dialog and waits for a person: give up after
# SMOKE_TIMEOUT seconds where `timeout` exists (GNU coreutils; the CI step has its own limit elsewhere)
limit=()
command -v timeout >/dev/null && limit=(timeout "${SMOKE_TIMEOUT:-300}")
(cd "$empty" && JAVA_TOOL_OPTIONS="${JAVA_TOOL_OPTIONS:+$JAVA_TOOL_OPTIONS }$options" \
  ${limit[@]+"${limit[@]}"} "$@")
if [[ ! -f $shot ]]; then
  echo "smoke: the explorer wrote no screenshot to $shot" >&2
  exit 1
fi
"${PYTHON:-python3}" "$here/check-screenshot.py" "$shot"
