#!/usr/bin/env bash
# Builds the job jar for spark-submit: the engine and Dendrite's headless command line with every
# library it uses, in one jar, without Spark (the cluster provides it). Signatures are dropped (the
# merged jar would break them); service registrations of the same name, and EMF's plugin.properties, are joined.
# Usage: make-job-jar.sh DENDRITE_LAUNCHER ENGINE_JAR OUTPUT_JAR
set -euo pipefail
dendrite=${1:?usage: make-job-jar.sh DENDRITE ENGINE_JAR OUTPUT_JAR}
engine=${2:?usage: make-job-jar.sh DENDRITE ENGINE_JAR OUTPUT_JAR}
output=${3:?usage: make-job-jar.sh DENDRITE ENGINE_JAR OUTPUT_JAR}
staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
mkdir -p "$staging/classes" "$staging/services"
IFS=: read -r -a jars <<< "$("$dendrite" --classpath)"
[ "${#jars[@]}" -gt 5 ] || { echo "make-job-jar: the launcher gave no class path" >&2; exit 1; }
for jar in "${jars[@]}" "$engine"; do
  rm -rf "$staging/one"; mkdir "$staging/one"
  (cd "$staging/one" && unzip -q -o "$jar")
  if [ -d "$staging/one/META-INF/services" ]; then
    for service in "$staging/one/META-INF/services"/*; do
      [ -f "$service" ] && { cat "$service"; echo; } >> "$staging/services/$(basename "$service")"
    done
  fi
  rm -rf "$staging/one/META-INF"
  # EMF reads its messages from plugin.properties beside its classes: every bundle's keys go into one file.
  if [ -f "$staging/one/plugin.properties" ]; then
    { cat "$staging/one/plugin.properties"; echo; } >> "$staging/plugin.properties"
    rm "$staging/one/plugin.properties"
  fi
  cp -r "$staging/one/." "$staging/classes/"
done
[ -f "$staging/plugin.properties" ] && cp "$staging/plugin.properties" "$staging/classes/plugin.properties"
mkdir -p "$staging/classes/META-INF/services"
cp "$staging/services"/* "$staging/classes/META-INF/services/" 2>/dev/null || true
printf 'Manifest-Version: 1.0\nMain-Class: dev.dendrite.cli.Main\nCreated-By: Dendrite make-job-jar.sh\n' > "$staging/manifest.txt"
"$JAVA_HOME/bin/jar" --create --file "$output" --manifest "$staging/manifest.txt" -C "$staging/classes" .
echo "make-job-jar: $output ($(du -h "$output" | cut -f1)) from ${#jars[@]} jars and the engine"
