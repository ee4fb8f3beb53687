# Sourced by ./dendrite and .ci/run: finds a JDK 21 or newer and exports JAVA_HOME.
# Order: $JAVA_HOME, the java on PATH, then JDKs installed under /usr/lib/jvm (newest first).
# On failure prints one line saying what is missing and returns 1.

java_feature_version() { # JAVA_EXECUTABLE -> major version, or nothing
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | head -n 1
}

find_jdk21() {
  local candidate version tried=""
  local candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v java >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  fi
  for candidate in $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -V -r); do candidates+=("${candidate%/}"); done
  for candidate in "${candidates[@]}"; do
    [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    version=$(java_feature_version "$candidate/bin/java")
    tried="$tried ${candidate}(${version:-?})"
    if [ -n "$version" ] && [ "${version%%.*}" -ge 21 ] 2>/dev/null; then
      export JAVA_HOME="$candidate"
      return 0
    fi
  done
  echo "Dendrite needs a JDK 21 or newer, and none was found (tried:${tried:- nothing}). Install one (e.g. apt-get install openjdk-21-jdk or a Temurin 21+ JDK) and set JAVA_HOME to it." >&2
  return 1
}
