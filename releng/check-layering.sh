#!/usr/bin/env bash
# Layering rules: a headless bundle (no "ui", "editor" or "rcp" in its name) must not require
# SWT, JFace, org.eclipse.ui*, e4.ui* or debug.ui; and what a trainer JVM loads (model, onnx, train,
# runtime) must not require the layout bundle or ELK: whoever shows a network lays it out.
# Exits 1 naming every offending bundle and header.
# Usage: check-layering.sh BUNDLES_DIR
set -u
dir=${1:?usage: check-layering.sh BUNDLES_DIR}
forbidden='org\.eclipse\.swt|org\.eclipse\.jface|org\.eclipse\.ui|org\.eclipse\.e4\.ui|org\.eclipse\.debug\.ui'
trainer_forbidden='dev\.dendrite\.layout|org\.eclipse\.elk'
failed=0
for manifest in "$dir"/*/META-INF/MANIFEST.MF; do
  [ -f "$manifest" ] || continue
  bundle=$(basename "$(dirname "$(dirname "$manifest")")")
  case "$bundle" in *ui*|*editor*|*rcp*) continue ;; esac
  # Unfold continuation lines (they start with one space), then look at the dependency headers.
  hits=$(sed -e ':a' -e 'N' -e '$!ba' -e 's/\r//g' -e 's/\n //g' "$manifest" \
    | grep -E '^(Require-Bundle|Import-Package|Fragment-Host):' \
    | tr ',' '\n' | sed -E 's/^(Require-Bundle|Import-Package|Fragment-Host): *//; s/;.*//; s/^ +//' \
    | grep -E "^($forbidden)(\.|$)")
  if [ -n "$hits" ]; then
    echo "Layering violation: headless bundle $bundle requires UI: $(echo $hits | tr ' ' ',')" >&2
    failed=1
  fi
  case "$bundle" in dev.dendrite.model|dev.dendrite.onnx|dev.dendrite.train|dev.dendrite.runtime)
    layout=$(sed -e ':a' -e 'N' -e '$!ba' -e 's/\r//g' -e 's/\n //g' "$manifest" \
      | grep -E '^(Require-Bundle|Import-Package):' \
      | tr ',' '\n' | sed -E 's/^(Require-Bundle|Import-Package): *//; s/;.*//; s/^ +//' \
      | grep -E "^($trainer_forbidden)(\.|$)")
    if [ -n "$layout" ]; then
      echo "Layering violation: $bundle (loaded by trainer JVMs) requires layout: $(echo $layout | tr ' ' ',')" >&2
      failed=1
    fi ;;
  esac
done
[ $failed -eq 0 ] && echo "Layering check passed: no headless bundle in $dir requires SWT, JFace or workbench UI; trainer bundles need no layout."
exit $failed
