#!/usr/bin/env bash
# new-plugin.sh GROUP ARTIFACT DIR: a new Wick sampler plugin project from examples/template.
#   GROUP     Maven groupId and Java package prefix, e.g. org.acme
#   ARTIFACT  artifactId, bundle symbolic name and sampler id, e.g. acme-walk (lower case, digits, -)
#   DIR       where to create the project (must not exist, or be empty)
# The project builds with `mvn -B package` (it runs Wick's sampler contract suite) once the Wick
# artifacts are in the local Maven repository (`mvn install -DskipTests` in the Wick checkout).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
usage() { echo "usage: $0 GROUP ARTIFACT DIR   (e.g. $0 org.acme acme-walk acme-walk)" >&2; exit 2; }
[ $# -eq 3 ] || usage
group="$1" artifact="$2" dir="$3"
[[ "$group" =~ ^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$ ]] \
  || { echo "new-plugin: GROUP '$group': allowed a Java package name in lower case, e.g. org.acme" >&2; exit 2; }
[[ "$artifact" =~ ^[a-z][a-z0-9-]*$ ]] \
  || { echo "new-plugin: ARTIFACT '$artifact': allowed lower-case letters, digits and -, starting with a letter, e.g. acme-walk" >&2; exit 2; }
if [ -e "$dir" ] && [ -n "$(ls -A "$dir" 2>/dev/null)" ]; then
  echo "new-plugin: DIR '$dir' exists and is not empty" >&2; exit 2
fi
package="$group.${artifact//-/}"
wick_version="$(sed -n 's:.*<wick.version>\(.*\)</wick.version>.*:\1:p' "$here/pom.xml" | head -1)"
[ -n "$wick_version" ] || { echo "new-plugin: no <wick.version> in $here/pom.xml" >&2; exit 1; }
mkdir -p "$dir"
(cd "$here/template" && find . -type f) | while read -r f; do
  target="$dir/${f//__PACKAGE__/${package//.//}}"
  mkdir -p "$(dirname "$target")"
  sed -e "s/@GROUP@/$group/g" -e "s/@ARTIFACT@/$artifact/g" -e "s/@PACKAGE@/$package/g" \
      -e "s/@WICK_VERSION@/$wick_version/g" "$here/template/$f" > "$target"
done
echo "new-plugin: created $dir (sampler '$artifact', package $package.internal, Wick $wick_version)"
echo "  cd $dir && mvn -B package    # builds target/$artifact-1.0.0-SNAPSHOT.jar, running the sampler contract"
