#!/usr/bin/env bash
# Resolves the roots in releng/target-roots.txt (with their transitive compile/runtime dependencies,
# Batik excluded: the target wraps it under its Orbit names) and prints <dependency> lines for the
# "Eclipse Platform" location of targets/dendrite.target, which lists every artifact with depth
# "none" so that new releases on Maven Central never change the build. Run after bumping a root:
#   releng/pin-target.sh > /tmp/pinned.xml   (then replace the location's dependencies with it)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
exclusions=""
for artifact in batik-css batik-util batik-i18n batik-constants batik-shared-resources; do
  exclusions="$exclusions<exclusion><groupId>org.apache.xmlgraphics</groupId><artifactId>$artifact</artifactId></exclusion>"
done
{
  echo '<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>'
  echo '<groupId>dev.dendrite</groupId><artifactId>pin-target</artifactId><version>1</version><packaging>pom</packaging><dependencies>'
  grep -v '^#' "$root/releng/target-roots.txt" | while IFS=: read -r group artifact version; do
    [ -n "$group" ] && echo "<dependency><groupId>$group</groupId><artifactId>$artifact</artifactId><version>$version</version><exclusions>$exclusions</exclusions></dependency>"
  done
  echo '</dependencies></project>'
} > "$tmp/pom.xml"
"$root/mvnw" -q -B -f "$tmp/pom.xml" dependency:list -DincludeScope=runtime -DoutputFile="$tmp/list.txt" >&2
sed -n 's/^ *\([^:]*\):\([^:]*\):jar:\([^:]*\):.*/\1 \2 \3/p' "$tmp/list.txt" | sort | while read -r group artifact version; do
  echo "        <dependency><groupId>$group</groupId><artifactId>$artifact</artifactId><version>$version</version><type>jar</type></dependency>"
done
