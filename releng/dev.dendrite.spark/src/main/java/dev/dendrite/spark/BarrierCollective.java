package dev.dendrite.spark;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

import org.apache.spark.BarrierTaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;

import dev.dendrite.analysis.experiment.CollectiveTask;
import dev.dendrite.runtime.Denormals;
import dev.dendrite.train.run.Cancellation;

/**
 * A group of collective tasks as one Spark barrier stage, a task per partition: Spark starts them
 * all at once (or none), they meet through one {@link BarrierTaskContext#allGather} and then average
 * over a {@link SocketHub}. Spark starts the whole stage again when a task fails, and the tasks then
 * resume from worker 0's last checkpoint.
 */
final class BarrierCollective {

    private BarrierCollective() {
    }

    static <R extends Serializable> List<R> run(JavaSparkContext spark, List<CollectiveTask<R>> tasks) {
        int size = tasks.size();
        Worker<R> worker = new Worker<>(size);
        scala.Function1<scala.collection.Iterator<CollectiveTask<R>>, scala.collection.Iterator<Ranked<R>>> function =
                (scala.Function1<scala.collection.Iterator<CollectiveTask<R>>, scala.collection.Iterator<Ranked<R>>> & Serializable) worker::eval;
        var tag = scala.reflect.ClassTag$.MODULE$.<Ranked<R>>apply(Ranked.class);
        var barrier = spark.parallelize(tasks, size).rdd().barrier().mapPartitions(function, false, tag);
        // Spark starts a failed barrier stage again only when it feeds a shuffle, not when it is the job's result stage.
        List<Ranked<R>> ranked = new java.util.ArrayList<>(new JavaRDD<>(barrier, tag).repartition(1).collect());
        ranked.sort(java.util.Comparator.comparingInt(Ranked::rank));
        return ranked.stream().map(Ranked::result).toList();
    }

    /** A worker's result with its rank: a shuffle does not keep the partitions' order. */
    record Ranked<R extends Serializable>(int rank, R result) implements Serializable {
    }

    /** Runs a partition's one task with the stage's collective. */
    private record Worker<R extends Serializable>(int size) implements Serializable {

        scala.collection.Iterator<Ranked<R>> eval(scala.collection.Iterator<CollectiveTask<R>> input) {
            BarrierTaskContext context = BarrierTaskContext.get();
            Denormals.flushInThisProcess();
            CollectiveTask<R> task = input.next();
            // A stage started again counts as the next attempt: its tasks resume from the checkpoint.
            int attempt = context.stageAttemptNumber() + context.attemptNumber();
            try {
                try (SocketHub workers = connect(context, size)) {
                    // A killed task closes its connections, so no worker waits for it.
                    context.addTaskInterruptListener((org.apache.spark.util.TaskInterruptListener) (killed, reason) -> workers.close());
                    R result = task.call(attempt, context.cpus(), workers, new Cancellation());
                    return scala.jdk.javaapi.CollectionConverters.asScala(List.of(new Ranked<>(context.partitionId(), result)).iterator());
                }
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(task.name() + " failed: " + e.getMessage(), e);
            }
        }
    }

    /**
     * Worker 0 opens the hub, and one barrier message tells every worker its address (the host
     * Spark placed worker 0 on); the others connect to it.
     */
    static SocketHub connect(BarrierTaskContext context, int size) throws IOException {
        int rank = context.partitionId();
        SocketHub hub = rank == 0 ? SocketHub.hub(size) : null;
        String host = context.getTaskInfos()[0].address().replaceFirst(":\\d+$", "");
        String[] messages;
        try {
            messages = context.allGather(hub == null ? "" : Integer.toString(hub.port()));
        } catch (RuntimeException e) {
            if (hub != null) {
                hub.close();
            }
            throw new IOException("the workers could not meet: " + SparkTaskEngine.firstLine(e.getMessage()), e);
        }
        if (hub != null) {
            hub.accept();
            return hub;
        }
        String port = java.util.Arrays.stream(messages).filter(m -> !m.isEmpty()).findFirst().orElseThrow(() -> new IOException(
                "worker 0 sent no address"));
        return SocketHub.member(rank, size, host, Integer.parseInt(port));
    }
}
