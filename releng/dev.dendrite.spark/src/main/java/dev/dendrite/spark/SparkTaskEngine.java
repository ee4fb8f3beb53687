package dev.dendrite.spark;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.function.Consumer;

import org.apache.spark.SparkConf;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaSparkContext;

import dev.dendrite.analysis.experiment.CollectiveTask;
import dev.dendrite.analysis.experiment.ExperimentTask;
import dev.dendrite.analysis.experiment.TaskEngine;
import dev.dendrite.runtime.Denormals;
import dev.dendrite.train.run.Cancellation;

/**
 * Runs an experiment's tasks (a sweep's runs, a ladder's seeds) as Apache Spark tasks, one Spark task
 * each, on an embedded {@code local[N]} or any Spark master: each trains with ONNX Runtime in the
 * executor JVM and writes its run directories to the experiment's folder, which every node must see
 * (a local folder in local mode, a shared file system on a cluster). A task that fails or is killed
 * is retried (up to {@value #ATTEMPTS} attempts, also in local mode) and continues from its runs' last
 * checkpoints; cancelling the experiment cancels its job as a whole.
 */
final class SparkTaskEngine implements TaskEngine {

    static final int ATTEMPTS = 4;

    private final String master;
    private final Consumer<String> progress;
    private final Cancellation cancellation;

    SparkTaskEngine(String master, Consumer<String> progress, Cancellation cancellation) {
        this.master = master;
        this.progress = progress;
        this.cancellation = cancellation;
    }

    @Override
    public <R extends Serializable> List<R> execute(List<? extends ExperimentTask<R>> tasks) throws IOException {
        List<ExperimentTask<R>> list = List.copyOf(tasks);
        return onSpark(list.size() + " tasks", spark -> spark.parallelize(list, Math.max(1, list.size())).map(SparkTaskEngine::<R>run).collect());
    }

    /**
     * A barrier stage: Spark starts every task at once or none, and starts them all again when one
     * fails; the workers average through {@link BarrierCollective}.
     */
    @Override
    public <R extends Serializable> List<R> executeTogether(List<? extends CollectiveTask<R>> tasks) throws IOException {
        List<CollectiveTask<R>> list = List.copyOf(tasks);
        var slots = java.util.regex.Pattern.compile("local\\[(\\d+)]").matcher(master);
        if (slots.matches() && Integer.parseInt(slots.group(1)) < list.size()) {
            throw new IOException(master + " runs " + slots.group(1) + " tasks at a time, and the " + list.size()
                    + " workers must all run at once: use local[" + list.size() + "] or fewer workers");
        }
        return onSpark(list.size() + " workers in a barrier stage", spark -> BarrierCollective.run(spark, list));
    }

    private interface Job<T> {
        T run(JavaSparkContext spark);
    }

    private <T> T onSpark(String what, Job<T> job) throws IOException {
        // local[N] allows no retries unless it names them: local[N, attempts].
        String effective = master.matches("local\\[(\\d+|\\*)\\]") ? master.replace("]", "," + ATTEMPTS + "]") : master;
        SparkConf conf = new SparkConf().setMaster(effective).setAppName("dendrite experiment").set("spark.ui.enabled", "false")
                .set("spark.task.maxFailures", Integer.toString(ATTEMPTS)).set("spark.stage.maxConsecutiveAttempts", Integer.toString(ATTEMPTS));
        progress.accept("spark: " + what + " on " + effective);
        try (JavaSparkContext spark = new JavaSparkContext(conf)) {
            spark.setLogLevel("WARN");
            Thread watcher = Thread.ofPlatform().daemon().start(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    if (cancellation.isCancelled()) {
                        spark.cancelAllJobs();
                        return;
                    }
                    try {
                        Thread.sleep(200);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            try {
                return job.run(spark);
            } catch (Exception e) { // SparkException is checked, and Scala throws it undeclared
                if (cancellation.isCancelled()) {
                    throw new IOException("the experiment was cancelled (" + cancellation.reason() + "); run it again to continue");
                }
                throw new IOException("the experiment's tasks failed on Spark: " + firstLine(e.getMessage()), e);
            } finally {
                watcher.interrupt();
            }
        }
    }

    /** Spark's failure messages carry the executor's stack trace: one line, up to it. */
    static String firstLine(String message) {
        if (message == null) {
            return "(no message)";
        }
        String line = message.split("\\R", 2)[0];
        int trace = line.indexOf("\tat ");
        // A task's failure: what failed in the task, not the job's frame around it.
        int cause = line.indexOf("): ");
        if (line.startsWith("Job aborted") && cause > 0) {
            line = line.substring(cause + 3);
            trace = line.indexOf("\tat ");
        }
        return (trace > 0 ? line.substring(0, trace) : line).strip();
    }

    /** One task, in the executor JVM, with the attempt Spark is on. */
    static <R extends Serializable> R run(ExperimentTask<R> task) throws Exception {
        TaskContext context = TaskContext.get();
        // An executor runs Dendrite's tasks only: its session threads flush denormals as the trainer's do.
        Denormals.flushInThisProcess();
        // ONNX Runtime gets the cores Spark gives the task (spark.task.cpus), unless the task's settings name threads.
        return context == null ? task.call(0) : task.call(context.attemptNumber(), context.cpus());
    }
}
