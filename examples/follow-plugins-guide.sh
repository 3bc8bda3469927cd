#!/usr/bin/env bash
# follow-plugins-guide.sh [GUIDE]: follows docs/plugins.md literally, as a new user would.
# Takes every fenced block that opens with "```sh follow" in the guide, in order, and runs them as one
# bash script (set -euo pipefail) in a new empty folder; the first failing command fails the script.
# Set as the guide tells a user to:
#   WICK_HOME  the Wick checkout (default: the folder above this script), built and installed
#              into the local Maven repository (mvn install -DskipTests, once)
#   WICK       the wick command (default: $WICK_HOME/wick)
# For tests: WICK_MVN_FLAGS (e.g. "-o -Dmaven.repo.local=...") are added to every mvn the guide runs,
# WICK_MVN names the Maven to use; KEEP=1 keeps the folder.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
guide="${1:-$here/../docs/plugins.md}"
export WICK_HOME="${WICK_HOME:-$(cd "$here/.." && pwd)}"
export WICK="${WICK:-$WICK_HOME/wick}"
work="$(mktemp -d "${TMPDIR:-/tmp}/wick-guide.XXXXXX")"
if [ "${KEEP:-0}" != 1 ]; then trap 'rm -rf "$work"' EXIT; fi

if [ -n "${WICK_MVN_FLAGS:-}" ]; then
  real_mvn="${WICK_MVN:-$(command -v mvn)}"
  mkdir -p "$work/.bin"
  printf '#!/usr/bin/env bash\nexec "%s" %s "$@"\n' "$real_mvn" "$WICK_MVN_FLAGS" > "$work/.bin/mvn"
  chmod +x "$work/.bin/mvn"
  export PATH="$work/.bin:$PATH"
fi

awk '/^```sh follow[[:space:]]*$/ { inside = 1; print "# --- block " ++n; next }
     /^```/ && inside            { inside = 0; next }
     inside                      { print }' "$guide" > "$work/guide.sh"
blocks="$(grep -c '^# --- block ' "$work/guide.sh" || true)"
[ "$blocks" -gt 0 ] || { echo "follow-plugins-guide: no \`\`\`sh follow blocks in $guide" >&2; exit 1; }
echo "follow-plugins-guide: $blocks blocks of $guide, run in the empty folder $work/user"
mkdir "$work/user"
(cd "$work/user" && bash -euo pipefail -x "$work/guide.sh")
echo "follow-plugins-guide: every step of docs/plugins.md passed"
