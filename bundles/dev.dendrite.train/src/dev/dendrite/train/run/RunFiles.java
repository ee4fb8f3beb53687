package dev.dendrite.train.run;

/** The names inside a run directory (documented in ARCHITECTURE.md, "Run directory"). */
public final class RunFiles {

    public static final String CONFIG = "config.json";
    public static final String METRICS = "metrics.jsonl";
    public static final String STATUS = "status.json";
    public static final String SUMMARY = "summary.json";
    public static final String LOG = "log.txt";
    public static final String LOCK = "run.lock";
    public static final String CHECKPOINT = "checkpoint";
    public static final String BEST_WEIGHTS = "best.weights.onnx";
    public static final String FINAL_WEIGHTS = "final.weights.onnx";
    /** The folder of the weights kept along training ({@code train --keep-weights-every}): {@code weights/epoch-E.onnx}. */
    public static final String KEPT_WEIGHTS = "weights";
    public static final String MODEL = "model.onnx";
    /** The generated graphs, as standard ONNX files any ONNX tool opens. */
    public static final String TRAIN_STEP_GRAPH = "graphs/train-step.onnx";
    public static final String EVALUATION_GRAPH = "graphs/evaluation.onnx";
    /** A data-parallel run's folder of its other workers' run directories (workers/worker-1, …). */
    public static final String WORKERS = "workers";

    private RunFiles() {
    }

    /** A model file by its run directory's name where it is a run's {@link #MODEL}, else by its file name. */
    public static String modelName(java.nio.file.Path model) {
        java.nio.file.Path parent = model.toAbsolutePath().getParent();
        return model.getFileName().toString().equals(MODEL) && parent != null && parent.getFileName() != null ? parent.getFileName().toString()
                : model.getFileName().toString();
    }

    /** The weights kept after {@code epoch} (0: before training). */
    public static java.nio.file.Path keptWeights(java.nio.file.Path run, int epoch) {
        return run.resolve(KEPT_WEIGHTS).resolve("epoch-" + epoch + ".onnx");
    }
}
