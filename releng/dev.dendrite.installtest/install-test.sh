#!/usr/bin/env bash
# Install-into-existing-Eclipse test: copy a plain Eclipse IDE (no Dendrite), install Dendrite's
# feature into it from the built update site with the p2 director, start it headless and assert
# that every Dendrite bundle resolves and starts and that ONNX Runtime works inside it.
# Usage: install-test.sh JAVA BASE_ECLIPSE_DIR UPDATE_SITE_DIR WORK_DIR
set -euo pipefail
java=$1 base=$2 site=$3 work=$4
fail() { echo "install test FAILED: $*" >&2; exit 1; }
[ -d "$base/plugins" ] || fail "no plain Eclipse at $base (build releng/dev.dendrite.product first)"
[ -f "$site/content.jar" ] || [ -f "$site/content.xml" ] || [ -f "$site/content.xml.xz" ] \
  || fail "no update site at $site (build releng/dev.dendrite.repository first)"

rm -rf "$work"; mkdir -p "$work"
eclipse="$work/eclipse"
cp -a "$base" "$eclipse"
launcher=$(ls "$eclipse"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)
run() { "$java" -jar "$launcher" -nosplash -consoleLog "$@"; }

if ls "$eclipse"/plugins | grep -q '^dev\.dendrite'; then fail "the plain Eclipse already contains Dendrite"; fi

echo "== installing dev.dendrite.feature from $site into $eclipse"
run -data @none -application org.eclipse.equinox.p2.director \
  -repository "file:$site" -installIU dev.dendrite.feature.feature.group \
  -destination "$eclipse" -profile DefaultProfile > "$work/director.log" 2>&1 \
  || { cat "$work/director.log"; fail "the p2 director could not install Dendrite"; }
grep -q 'Operation completed' "$work/director.log" || { cat "$work/director.log"; fail "the director did not complete"; }

run -data @none -application org.eclipse.equinox.p2.director -listInstalledRoots \
  -destination "$eclipse" -profile DefaultProfile > "$work/roots.log" 2>&1 || true
grep -q '^dev.dendrite.feature.feature.group' "$work/roots.log" || { cat "$work/roots.log"; fail "Dendrite is not an installed root"; }

echo "== starting the Eclipse with Dendrite headless: dendrite doctor"
run -data "$work/workspace" -application dev.dendrite.cli.app doctor --json > "$work/doctor.log" 2>&1 || true
report=$(grep -m 1 '^{"ok":' "$work/doctor.log" || true)
[ -n "$report" ] || { cat "$work/doctor.log"; fail "the Dendrite application did not run in the installed Eclipse"; }
echo "$report" > "$work/doctor.json"
for bundle in dev.dendrite.runtime dev.dendrite.model dev.dendrite.model.edit dev.dendrite.layout dev.dendrite.onnx dev.dendrite.train dev.dendrite.cli dev.dendrite.ui; do
  echo "$report" | grep -q "{\"bundle\":\"$bundle\",\"version\":\"[^\"]*\",\"state\":\"ACTIVE\",\"ok\":true}" \
    || { echo "$report"; fail "$bundle did not resolve and start"; }
done
echo "$report" | grep -q '^{"ok":true,' || { echo "$report"; fail "dendrite doctor reported a failure"; }
echo "$report" | grep -q '"name":"cpu","ok":true' || fail "ONNX Runtime did not compute inside the installed Eclipse"
echo "install test passed: Dendrite installed into a plain Eclipse IDE; all its bundles started; ONNX Runtime works there."
