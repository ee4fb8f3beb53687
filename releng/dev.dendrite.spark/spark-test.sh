#!/usr/bin/env bash
# Experiments on Apache Spark through the real launcher: eight short runs on local[2] end with the same
# figures, run by run, as the same sweep run sequentially; a task made to fail after its first epoch
# is retried, continues from its checkpoint, and the sweep still ends with the same figures; a
# cancelled experiment continues when run again; a lottery ladder with a control and two seeds gives the same ladder on local[2] as sequentially;
# data-parallel training in a barrier stage gives what it gives in-process, also after a worker's failure.
# Usage: spark-test.sh DENDRITE_LAUNCHER WORK_DIR
set -u
dendrite=${1:?usage: spark-test.sh DENDRITE WORK_DIR}
work=${2:?usage: spark-test.sh DENDRITE WORK_DIR}
rm -rf "$work"; mkdir -p "$work"
fail() { echo "spark test FAILED: $*" >&2; for f in "$work"/*.log; do echo "--- $f"; tail -n 15 "$f"; done >&2; exit 1; }
figures() { sed -E 's/,[0-9.]+,"[^"]*"$//' "$1/sweep.csv"; } # run, state, test loss, test accuracy (without time and folder)

"$dendrite" new mlp-classifier -o "$work/net.dnet" > "$work/new.log" 2>&1 || fail "dendrite new"
cat > "$work/sweep.json" <<'JSON'
{"network": "net.dnet", "data": "synthetic:two-moons", "epochs": 3, "threads": 1,
 "grid": {"lr": [0.005, 0.01, 0.03, 0.1]}, "seeds": [1, 2]}
JSON

start=$(date +%s)
"$dendrite" sweep "$work/sweep.json" --runs-dir "$work/sequential" > "$work/sequential.log" 2>&1 || fail "the sequential sweep"
sequential=$(( $(date +%s) - start ))
start=$(date +%s)
"$dendrite" sweep "$work/sweep.json" --engine spark --master 'local[2]' --runs-dir "$work/spark" --json > "$work/spark.log" 2>&1 \
  || fail "the sweep on local[2]"
spark=$(( $(date +%s) - start ))
[ "$(figures "$work/sequential" | wc -l)" -eq 9 ] || fail "sweep.csv has not eight runs"
diff <(figures "$work/sequential") <(figures "$work/spark") > "$work/diff.log" || fail "local[2] and sequential figures differ"
grep -q '"engine":"spark"' "$work/spark.log" || fail "the JSON names the engine"

DENDRITE_FAIL_ONCE='lr=0.03,seed=1' "$dendrite" sweep "$work/sweep.json" --engine spark --master 'local[2]' \
  --runs-dir "$work/retried" > "$work/retried.log" 2>&1 || fail "the sweep with a failing task"
grep -q 'lr=0.03,seed=1: finished on attempt 2, from its last checkpoint' "$work/retried.log" || fail "the failed task was not retried"
grep -q 'resuming after epoch 1' "$work/retried.log" || fail "the retried run did not continue from its checkpoint"
diff <(figures "$work/sequential") <(figures "$work/retried") > "$work/diff-retried.log" || fail "the retried sweep's figures differ"

"$dendrite" sweep "$work/sweep.json" --engine spark --master 'local[2]' --runs-dir "$work/spark" --json > "$work/again.log" 2>&1 \
  || fail "running the finished sweep again"
grep -q '"reused":false' "$work/again.log" && fail "a finished run was trained again"
# Cancelling the experiment (SIGTERM, as Ctrl+C) stops its job as a whole; running it again continues the runs
# from their checkpoints and finishes them.
# Long enough that no run can finish while the cancellation reaches the tasks: an epoch of two moons takes
# about 20 ms, and 40 epochs once finished within the 0.7 s between the poll and the stop.
cat > "$work/long.json" <<'JSON'
{"network": "net.dnet", "data": "synthetic:two-moons", "epochs": 400, "threads": 1, "grid": {"lr": [0.01, 0.03]}, "seeds": [1, 2]}
JSON
"$dendrite" sweep "$work/long.json" --engine spark --master 'local[2]' --runs-dir "$work/long" > "$work/cancel.log" 2>&1 &
pid=$!
for _ in $(seq 1 600); do
  grep -q '"type":"epoch","epoch":3,' "$work"/long/*/metrics.jsonl 2>/dev/null && break
  sleep 0.1
done
kill -TERM $pid
wait $pid && fail "a cancelled experiment exits non-zero"
ls "$work"/long/*/status.json > /dev/null 2>&1 || fail "no run had started when the experiment was cancelled"
grep -l '"state": *"finished"' "$work"/long/*/status.json > /dev/null 2>&1 && fail "a run finished although the experiment was cancelled"
"$dendrite" sweep "$work/long.json" --engine spark --master 'local[2]' --runs-dir "$work/long" > "$work/continued.log" 2>&1 \
  || fail "running the cancelled experiment again"
grep -q 'resuming after epoch' "$work/continued.log" || fail "the cancelled runs did not continue from their checkpoints"
[ "$(grep -c ',finished,' "$work/long/sweep.csv")" -eq 4 ] || fail "the continued experiment did not finish every run"

# A lottery ladder with a control and two seeds: a task per seed on local[2], the same ladder as run here.
ladder=(lth "$work/net.dnet" --data synthetic:two-moons --rounds 2 --controls reinit --seeds 2 --epochs 2 --seed 5)
"$dendrite" "${ladder[@]}" --out "$work/lth-sequential" > "$work/lth-sequential.log" 2>&1 || fail "the sequential ladder"
"$dendrite" "${ladder[@]}" --engine spark --master 'local[2]' --out "$work/lth-spark" > "$work/lth-spark.log" 2>&1 \
  || fail "the ladder on local[2]"
[ "$(wc -l < "$work/lth-spark/ladder.csv")" -eq 11 ] || fail "the ladder has not 2 seeds × (dense + 2 rounds × 2) rows"
diff "$work/lth-sequential/ladder.csv" "$work/lth-spark/ladder.csv" > "$work/diff-lth.log" || fail "the ladders differ"

# Data-parallel training of one model: two workers in a barrier stage on local[2] give exactly what two threads of
# this process give; a worker that fails after its first epoch takes the group down, Spark starts it again, and it
# resumes from worker 0's checkpoint to the same result.
dp=(train "$work/net.dnet" --data synthetic:two-moons --epochs 4 --data-parallel 2 --sync-every 5 --seed 3 --json)
loss() { grep -o '"testLoss":[^,]*' "$1"; }
"$dendrite" "${dp[@]}" --run-dir "$work/dp-local" > "$work/dp-local.log" 2>&1 || fail "data-parallel training in this process"
"$dendrite" "${dp[@]}" --engine spark --master 'local[2]' --run-dir "$work/dp-spark" > "$work/dp-spark.log" 2>&1 \
  || fail "data-parallel training on local[2]"
[ -n "$(loss "$work/dp-local.log")" ] || fail "no test loss from data-parallel training"
[ "$(loss "$work/dp-local.log")" = "$(loss "$work/dp-spark.log")" ] || fail "data-parallel results differ between the engines"
grep -q '"dataParallel":2' "$work/dp-spark.log" || fail "the JSON names the workers"
DENDRITE_FAIL_ONCE=worker-1 "$dendrite" "${dp[@]}" --engine spark --master 'local[2]' --run-dir "$work/dp-retried" \
  > "$work/dp-retried.log" 2>&1 || fail "data-parallel training with a failing worker"
grep -q 'failed on purpose' "$work/dp-retried.log" || fail "the worker did not fail"
grep -q '"attempts":2' "$work/dp-retried.log" || fail "the failed group was not started again"
[ "$(loss "$work/dp-local.log")" = "$(loss "$work/dp-retried.log")" ] || fail "the resumed data-parallel run ended differently"
[ -d "$work/dp-spark/workers/worker-1" ] || fail "worker 1 has no run directory under the run"
"$dendrite" train "$work/net.dnet" --data-parallel 3 --engine spark --master 'local[2]' > "$work/dp-slots.log" 2>&1 \
  && fail "three workers on two task slots ran"
grep -q 'must all run at once' "$work/dp-slots.log" || fail "three workers on two slots: no clear message"
# The job jar for spark-submit holds everything but Spark: with only Spark's jars beside it, and the master from
# spark.master as spark-submit passes it, it trains the same model to the same result.
job="$(dirname "$0")/target/dendrite-job.jar"
[ -f "$job" ] || fail "no job jar at $job"
opens=(--enable-native-access=ALL-UNNAMED)
for opening in java.lang java.lang.invoke java.nio java.util java.util.concurrent sun.nio.ch sun.util.calendar; do
  opens+=("--add-opens=java.base/$opening=ALL-UNNAMED")
done
"${JAVA_HOME:?JAVA_HOME names a JDK 21+}/bin/java" "${opens[@]}" -Dspark.master='local[2]' -cp "$job:$(dirname "$0")/target/lib/*" \
  dev.dendrite.cli.Main "${dp[@]}" --engine spark --run-dir "$work/dp-job" > "$work/dp-job.log" 2>&1 \
  || fail "data-parallel training from the job jar"
grep -q 'spark: 2 workers in a barrier stage on local\[2' "$work/dp-job.log" || fail "the job jar did not take the master from spark.master"
[ "$(loss "$work/dp-local.log")" = "$(loss "$work/dp-job.log")" ] || fail "the job jar's data-parallel result differs"
echo "spark test passed: 8 runs, sequential ${sequential} s, local[2] ${spark} s (with Spark's start); a failed task retried from its checkpoint; a cancelled experiment continued; a 2-seed ladder identical; data-parallel training identical to in-process, retried from worker 0's checkpoint, and from the job jar"
