#!/usr/bin/env bash
# The headless command line through the real launcher (./dendrite, which execs the JVM):
# SIGTERM stops a training run cooperatively (exit 1, status "cancelled", a checkpoint), --resume
# finishes it, SIGKILL leaves a run that reads as "crashed" and resumes, a second trainer on a
# live run directory is refused naming the holder, and SIGTERM ends a bench between steps.
# Usage: cli-test.sh DENDRITE_LAUNCHER WORK_DIR
set -u
dendrite=${1:?usage: cli-test.sh DENDRITE WORK_DIR}
work=${2:?usage: cli-test.sh DENDRITE WORK_DIR}
rm -rf "$work"; mkdir -p "$work"
fail() { echo "cli test FAILED: $*" >&2; for f in "$work"/*.log; do echo "--- $f"; tail -n 5 "$f"; done >&2; exit 1; }
field() { grep -o "\"$2\": *\"[^\"]*\"" "$1" | head -n 1 | sed 's/.*: *"\(.*\)"/\1/'; }
wait_for_epoch() { # run dir, epoch number, seconds
  for _ in $(seq 1 $(( $3 * 10 ))); do
    grep -q "\"type\":\"epoch\",\"epoch\":$2," "$1/metrics.jsonl" 2>/dev/null && return 0
    sleep 0.1
  done
  return 1
}

"$dendrite" new mlp-classifier -o "$work/net.dnet" > "$work/new.log" 2>&1 || fail "dendrite new"
train=(train "$work/net.dnet" --data synthetic:two-moons --epochs 400 --batch 16 --seed 3 --checkpoint-every 7)

# 1. SIGTERM: cooperative stop, resumable.
GLIBC_TUNABLES=glibc.malloc.check=0 "$dendrite" "${train[@]}" --run-dir "$work/run" > "$work/term.log" 2>&1 &
pid=$!
wait_for_epoch "$work/run" 2 60 || fail "no epoch was logged"
# The launcher starts the JVM with malloc asking for huge pages (HugePages.java) before the tunables already set
# (Debian's glibc shows the process only the first entry of the list, so the rest may not read here).
tunables() { tr '\0' '\n' < "/proc/$1/environ" | grep '^GLIBC_TUNABLES=' || echo "GLIBC_TUNABLES unset"; }
if [ -r "/proc/$pid/environ" ] && [ -z "${DENDRITE_HUGE_PAGES:-}" ]; then
  tunables $pid | grep -q -E "^GLIBC_TUNABLES=glibc.malloc.hugetlb=1(:glibc.malloc.check=0)?$" \
    || fail "the trainer's malloc is not asked for huge pages before the caller's tunables: $(tunables $pid)"
fi
kill -TERM $pid
wait $pid; code=$?
[ "$code" -ne 0 ] || fail "a cancelled run exits non-zero (got $code)"
[ "$(field "$work/run/status.json" state)" = cancelled ] || fail "status.json says $(field "$work/run/status.json" state), not cancelled"
grep -q "signal" "$work/run/status.json" || fail "the reason names the signal"
[ -f "$work/run/checkpoint/state.json" ] || fail "no checkpoint after the cancellation"
"$dendrite" "${train[@]}" --epochs 5 --run-dir "$work/run" --resume > "$work/resume.log" 2>&1 || fail "resume after SIGTERM"
[ "$(field "$work/run/status.json" state)" = finished ] || fail "the resumed run did not finish"

# 2. SIGKILL: the run reads as crashed, and resumes; meanwhile a second trainer is refused.
GLIBC_TUNABLES=glibc.malloc.hugetlb=0 "$dendrite" "${train[@]}" --run-dir "$work/killed" > "$work/kill.log" 2>&1 &
pid=$!
wait_for_epoch "$work/killed" 1 60 || fail "no epoch was logged before the kill"
if [ -r "/proc/$pid/environ" ]; then
  [ "$(tunables $pid)" = "GLIBC_TUNABLES=glibc.malloc.hugetlb=0" ] || fail "the caller's glibc.malloc.hugetlb=0 was not kept: $(tunables $pid)"
fi
"$dendrite" "${train[@]}" --run-dir "$work/killed" --resume > "$work/second.log" 2>&1; code=$?
[ "$code" -eq 2 ] || fail "a second trainer on a live run exits 2 (got $code)"
grep -q "in use by another trainer (process $pid" "$work/second.log" || fail "the refusal names the holder"
kill -KILL $pid; wait $pid 2>/dev/null
"$dendrite" runs "$work" --json > "$work/runs.json" 2> "$work/runs.log" || fail "dendrite runs"
grep -q '"state":"crashed"' "$work/runs.json" || fail "the killed run does not read as crashed: $(cat "$work/runs.json")"
"$dendrite" "${train[@]}" --epochs 4 --run-dir "$work/killed" --resume > "$work/resume-kill.log" 2>&1 || fail "resume after SIGKILL"
[ "$(field "$work/killed/status.json" state)" = finished ] || fail "the run resumed after a kill did not finish"

# 3. SIGTERM during a bench: it ends between steps with its sessions closed (one line naming the
# signal), not in the middle of a native step (a JVM crash and its hs_err log in the working directory).
mkdir -p "$work/bench-cwd"
(cd "$work/bench-cwd" && exec "$dendrite" bench --only "lenet-5 adam" --batch 64 --seconds 30) > "$work/bench.log" 2>&1 &
pid=$!
for _ in $(seq 1 600); do grep -q "^measured peak" "$work/bench.log" && break; sleep 0.1; done
grep -q "^measured peak" "$work/bench.log" || fail "the bench did not start timing"
sleep 2
kill -TERM $pid
wait $pid; code=$?
[ "$code" -eq 1 ] || [ "$code" -eq 143 ] || fail "a bench stopped by SIGTERM exits 1 or 143 (SIGTERM), not $code"
grep -q "bench stopped by a signal" "$work/bench.log" || fail "the bench's stop does not name the signal"
! ls "$work/bench-cwd"/hs_err_pid*.log > /dev/null 2>&1 || fail "the JVM crashed when the bench was stopped: $(ls "$work/bench-cwd")"
echo "CLI test passed: huge pages asked for, SIGTERM cancels resumably, SIGKILL reads as crashed and resumes, one trainer per run directory, SIGTERM ends a bench cleanly."
