#!/usr/bin/env bash
# Proves that check-layering.sh fails on a headless bundle that requires UI, and passes UI bundles.
set -u
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/bad/dev.dendrite.core/META-INF" "$tmp/good/dev.dendrite.editor/META-INF" "$tmp/good/dev.dendrite.core/META-INF"
printf 'Bundle-SymbolicName: dev.dendrite.core\nRequire-Bundle: org.eclipse.core.runtime,\n org.eclipse.jface;bundle-version="3.30"\n' \
  > "$tmp/bad/dev.dendrite.core/META-INF/MANIFEST.MF"
printf 'Bundle-SymbolicName: dev.dendrite.editor\nRequire-Bundle: org.eclipse.swt,org.eclipse.ui\n' \
  > "$tmp/good/dev.dendrite.editor/META-INF/MANIFEST.MF"
printf 'Bundle-SymbolicName: dev.dendrite.core\nImport-Package: org.eclipse.uix.other,org.eclipse.core.runtime\n' \
  > "$tmp/good/dev.dendrite.core/META-INF/MANIFEST.MF"
if bash "$here/check-layering.sh" "$tmp/bad" 2>/dev/null; then
  echo "layering self-test FAILED: a headless bundle requiring org.eclipse.jface was accepted" >&2; exit 1
fi
mkdir -p "$tmp/elk/dev.dendrite.onnx/META-INF"
printf 'Bundle-SymbolicName: dev.dendrite.onnx\nRequire-Bundle: dev.dendrite.model,\n dev.dendrite.layout;bundle-version="0.1"\n' \
  > "$tmp/elk/dev.dendrite.onnx/META-INF/MANIFEST.MF"
if bash "$here/check-layering.sh" "$tmp/elk" 2>/dev/null; then
  echo "layering self-test FAILED: the ONNX bridge requiring the layout bundle was accepted" >&2; exit 1
fi
bash "$here/check-layering.sh" "$tmp/good" >/dev/null || { echo "layering self-test FAILED: allowed bundles were rejected" >&2; exit 1; }
echo "Layering self-test passed: the check rejects UI requirements in headless bundles and layout in trainer bundles (continuation lines included)."
