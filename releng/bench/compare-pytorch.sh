#!/usr/bin/env bash
# Dendrite's bench against PyTorch on the same cases, alternated so both see the same machine:
# this VM's speed phases last minutes, so rates timed apart cannot be compared.
# Usage: [THREADS=N] releng/bench/compare-pytorch.sh [ROUNDS] [CASE ...]
#        (default 2 threads, 5 rounds; LeNet-5 and the MLP, SGD and Adam; also "resnet-small adam",
#        "lstm-128 mnist-rows adam", "gcn-node-classifier adam", "transformer-generator seq-48 adam")
# Needs PyTorch for the system Python (Debian: apt-get install python3-torch), or PYTHON=/path/to/a/python
# that has it (a virtual environment with the torch wheel). Run it alone.
# PyTorch runs at its best: with glibc's malloc as installed, its step's large tensors are handed back to the
# system and faulted in again step after step in some processes and not others, so its rates were bimodal
# (LeNet-5 3-4k or 16-20k samples/s, resnet-small 160-660 or 1,300-1,400); huge pages (which ./dendrite asks
# for its own processes too) and fixed mmap and trim thresholds keep it in its fast mode.
# PYTORCH_MALLOC=default runs it with the allocator as installed. PyTorch flushes denormal floats to zero, as
# Dendrite's trainer does; PYTORCH_DENORMALS=keep computes with them (slow on Intel cores).
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds=${1:-5}
shift || true
cases=("$@")
[ ${#cases[@]} -gt 0 ] || cases=("lenet-5 adam" "lenet-5 sgd" "mlp-784-256-256-10 adam" "mlp-784-256-256-10 sgd")
python=${PYTHON:-/usr/bin/python3}
pytorch_env=()
if [ "${PYTORCH_MALLOC:-tuned}" != default ]; then
    pytorch_env=(env "GLIBC_TUNABLES=glibc.malloc.hugetlb=1:glibc.malloc.mmap_threshold=268435456:glibc.malloc.trim_threshold=1073741824")
fi
threads=${THREADS:-2}
pytorch_options=()
[ "${PYTORCH_DENORMALS:-flush}" = keep ] && pytorch_options=(--keep-denormals)
if ! "$python" -c "import torch" 2>/dev/null; then
    echo "PyTorch is not installed for $python (Debian: apt-get install python3-torch)" >&2
    exit 2
fi
# The PyTorch side knows its cases by their full names; a shorter one (which Dendrite's --only would take) timed nothing there.
for c in "${cases[@]}"; do
    "$python" -c 'import sys; sys.path.insert(0, "releng/bench"); import pytorch_reference as r; sys.exit(sys.argv[1] not in r.CASES)' "$c" || {
        echo "compare-pytorch: no PyTorch case is named '$c'; the cases: $("$python" -c 'import sys; sys.path.insert(0, "releng/bench"); import pytorch_reference as r; print(", ".join(repr(k) for k in r.CASES))')" >&2
        exit 2
    }
done
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for ((r = 1; r <= rounds; r++)); do
    for c in "${cases[@]}"; do
        ./dendrite bench --only "$c" --rounds 1 --seconds 1 --threads "$threads" --json 2>/dev/null \
            | "$python" -c 'import json,sys; [print(x["name"], x["batch"], round(x["samplesPerSecond"]), sep="\t") for x in json.load(sys.stdin)["results"]]' \
            >> "$out/dendrite.tsv"
        ${pytorch_env[@]+"${pytorch_env[@]}"} "$python" releng/bench/pytorch_reference.py --only "$c" --windows 1 --threads "$threads" ${pytorch_options[@]+"${pytorch_options[@]}"} >> "$out/pytorch.tsv"
    done
    echo "round $r/$rounds done" >&2
done
"$python" - "$out" "$threads" "${PYTORCH_MALLOC:-tuned}" <<'PY'
import collections, statistics, sys, torch
def read(path):
    rates = collections.defaultdict(list)
    for line in open(path):
        name, batch, rate = line.rstrip("\n").split("\t")
        rates[(name, int(batch))].append(float(rate))
    return rates
d, p = read(sys.argv[1] + "/dendrite.tsv"), read(sys.argv[1] + "/pytorch.tsv")
malloc = "glibc malloc as installed" if sys.argv[3] == "default" else "glibc malloc with huge pages and fixed mmap/trim thresholds"
print(f"PyTorch {torch.__version__} (eager, CPU; {malloc}), both with {sys.argv[2]} threads; medians of the rounds and their ranges, samples/s")
# "paired": the median of each round's own ratio (the two were timed back to back, so a phase of the VM hits both).
print(f"{'case':28} {'batch':>5} {'Dendrite':>10} {'PyTorch':>10} {'ratio':>6} {'paired':>6}   {'Dendrite range':>17} {'PyTorch range':>17}")
span = lambda v: f"{min(v):.0f}-{max(v):.0f}"
for key in sorted(d):
    if key in p:
        dm, pm = statistics.median(d[key]), statistics.median(p[key])
        paired = statistics.median(a / b for a, b in zip(d[key], p[key]))
        print(f"{key[0]:28} {key[1]:5d} {dm:10.0f} {pm:10.0f} {dm / pm:6.2f} {paired:6.2f}   {span(d[key]):>17} {span(p[key]):>17}")
PY
