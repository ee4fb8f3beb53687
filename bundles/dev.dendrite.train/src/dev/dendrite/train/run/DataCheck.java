package dev.dendrite.train.run;

import java.util.List;

import dev.dendrite.model.network.convolution.Convolution;
import dev.dendrite.model.network.sequence.Embedding;
import dev.dendrite.model.network.sequence.PositionalEncoding;
import dev.dendrite.model.shape.Dim;
import dev.dendrite.model.shape.Value;
import dev.dendrite.train.data.Batch;
import dev.dendrite.train.data.BatchSource;
import dev.dendrite.train.data.Dataset;
import dev.dendrite.train.data.Field;
import dev.dendrite.train.graph.StepWindow;
import dev.dendrite.train.graph.TrainingGraphs;

/** Checks a data set against the network's inputs and targets before any step, with one clear message. */
final class DataCheck {

    private static final int SCAN_ROWS = 4096;

    private DataCheck() {
    }

    /**
     * That every positional encoding has a position for each step of the longest sequence in
     * {@code sources}: a table shorter than the data would otherwise fail inside ONNX Runtime.
     */
    static void positions(dev.dendrite.model.network.Network network, BatchSource... sources) throws TrainingException {
        long steps = 0;
        for (BatchSource source : sources) {
            steps = Math.max(steps, source.longestSequence());
        }
        for (var contents = network.eAllContents(); contents.hasNext();) {
            if (contents.next() instanceof PositionalEncoding positions && positions.getMaxLength() < steps) {
                throw TrainingException.badInput("layer '" + positions.getId() + "' has positions for " + positions.getMaxLength()
                        + " steps, but the data holds sequences of " + steps + ": set its maxLength to " + steps + " or more");
            }
        }
    }

    /**
     * That every token id an Embedding reads is below its vocabulary: an id beyond it would fail
     * inside ONNX Runtime's Gather (a pair file's start token, one past the file's largest id, needs
     * one more id in the decoder's embedding).
     */
    static void tokens(dev.dendrite.model.network.Network network, BatchSource... sources) throws TrainingException {
        int inputs = (int) network.getLayers().stream().filter(dev.dendrite.model.network.Input.class::isInstance).count();
        for (var contents = network.eAllContents(); contents.hasNext();) {
            if (!(contents.next() instanceof Embedding embedding)) {
                continue;
            }
            String input = dev.dendrite.train.graph.SequenceMasks.sourceInput(embedding);
            for (BatchSource source : input == null ? new BatchSource[0] : sources) {
                Field field = FeedPlan.fieldFor(source, input, Field.Role.INPUT, inputs);
                if (field == null || field.type() != Field.ElementType.INT64 || source.size() == 0) {
                    continue;
                }
                int[] order = java.util.stream.IntStream.range(0, source.size()).toArray();
                for (int from = 0; from < source.size(); from += SCAN_ROWS) {
                    int rows = Math.min(SCAN_ROWS, source.size() - from);
                    long[] ids = source.batch(order, from, rows).tensors().get(field.name()).longs();
                    for (int k = 0; k < ids.length; k++) {
                        if (ids[k] >= embedding.getVocabularySize()) {
                            throw TrainingException.badInput("layer '" + embedding.getId() + "' embeds ids 0 to " + (embedding.getVocabularySize()
                                    - 1) + ", but " + source.name() + " has id " + ids[k] + " in '" + field.name() + "' (sample " + (from
                                    + k / (ids.length / rows)) + "): set its vocabularySize to " + (ids[k] + 1) + " or more");
                        }
                    }
                }
            }
        }
    }

    /**
     * That every sequence is as long as the layers that take whole windows of its steps need (valid
     * convolutions, pooling over steps; each after the windows taken before it): a shorter one would
     * leave no window.
     */
    static void windows(dev.dendrite.model.network.Network network, BatchSource... sources) throws TrainingException {
        int inputs = (int) network.getLayers().stream().filter(dev.dendrite.model.network.Input.class::isInstance).count();
        // Each split's shortest sequence per field, {sample, steps}: found once, whatever number of layers take windows of it.
        java.util.Map<String, int[]> shortest = new java.util.HashMap<>();
        for (var contents = network.eAllContents(); contents.hasNext();) {
            Object element = contents.next();
            StepWindow own = element instanceof dev.dendrite.model.network.Layer layer ? StepWindow.of(layer) : null;
            if (own == null) {
                continue;
            }
            dev.dendrite.model.network.Layer windowed = (dev.dendrite.model.network.Layer) element;
            // One window here needs this many steps of the input: (m − 1)·s + w for m windows, back through the layers before it.
            long needed = own.window();
            List<StepWindow> before = StepWindow.before(windowed);
            for (int i = before.size() - 1; i >= 0; i--) {
                needed = (needed - 1) * before.get(i).stride() + before.get(i).window();
            }
            String input = dev.dendrite.train.graph.SequenceMasks.sourceInput(windowed);
            for (BatchSource source : input == null ? new BatchSource[0] : sources) {
                Field field = FeedPlan.fieldFor(source, input, Field.Role.INPUT, inputs);
                if (field == null || field.fixedSize() >= 0 || !(source instanceof dev.dendrite.train.data.TensorDataset data)) {
                    continue;
                }
                int[] least = shortest.computeIfAbsent(System.identityHashCode(source) + "/" + field.name(), key -> shortest(data,
                        field.name()));
                if (least[1] < needed) {
                    throw TrainingException.badInput("layer '" + windowed.getId() + "' needs sequences of " + needed + " steps or more "
                            + "(whole windows), but sample " + least[0] + " of " + source.name() + " has " + least[1] + " in '" + field.name()
                            + "': leave shorter sequences out" + (windowed instanceof Convolution
                                    ? ", or set its stepPadding to same" : ""));
                }
            }
        }
    }

    /** The first of the shortest sequences of {@code field}: {sample, steps}. */
    private static int[] shortest(dev.dendrite.train.data.TensorDataset data, String field) {
        int[] least = {-1, Integer.MAX_VALUE};
        for (int sample = 0; sample < data.size(); sample++) {
            int steps = data.steps(sample, field);
            if (steps < least[1]) {
                least = new int[] {sample, steps};
            }
        }
        return least;
    }

    /** @return how the data feeds the graphs */
    static FeedPlan check(TrainingGraphs graphs, BatchSource data) throws TrainingException {
        if (data.size() == 0) {
            throw TrainingException.badInput("the data set " + data.name() + " is empty");
        }
        FeedPlan plan = FeedPlan.bind(graphs, data);
        for (FeedPlan.Binding binding : plan.bindings()) {
            if (binding.mask()) {
                continue;
            } else if (binding.classIndices()) {
                checkLabels(graphs, data, binding);
            } else if (graphs.dataInputs().containsKey(binding.input())) {
                checkInput(data, binding);
            } else {
                checkRegression(data, binding);
            }
        }
        return plan;
    }

    private static void checkInput(BatchSource data, FeedPlan.Binding binding) throws TrainingException {
        Value value = binding.value();
        Field field = binding.field();
        boolean wantsIds = value.type() == Value.ElementType.INT64;
        if (wantsIds != (field.type() == Field.ElementType.INT64)) {
            throw TrainingException.badInput("input '" + binding.input() + "' takes " + (wantsIds ? "int64 token ids" : "float values")
                    + ", but the data set " + data.name() + " gives " + field.type().name().toLowerCase() + " values in field '"
                    + field.name() + "'");
        }
        List<Dim> tail = perSample(value);
        long expected = 1;
        boolean symbolic = false;
        for (Dim dim : tail) {
            if (dim.isFixed()) {
                expected *= dim.size();
            } else {
                symbolic = true;
            }
        }
        long given = symbolic ? field.innerSize() : field.fixedSize();
        if (given != expected || !symbolic && field.fixedSize() < 0) {
            throw TrainingException.badInput("the data set " + data.name() + " has samples of " + field.shapeText()
                    + (field.fixedSize() >= 0 ? " (" + field.fixedSize() + " values)" : "") + ", but input '" + binding.input()
                    + "' expects " + value.shape() + " (" + expected + " values per " + unit(value, symbolic) + ")");
        }
    }

    /** What one row of an input's values belongs to, as its messages name it. */
    private static String unit(Value value, boolean symbolic) {
        return switch (value.kind()) {
            case NODES -> "node";
            case EDGE_FEATURES -> "edge";
            default -> symbolic ? "step" : "sample";
        };
    }

    /**
     * The dims of one sample: all but the batch dimension. Graph tensors ([V, F] nodes, [2, E]
     * edges, [V] assignments and node labels) have no batch dimension: their symbols (V, E) are
     * bound per batch, and their fixed dims are what each node or edge carries.
     */
    private static List<Dim> perSample(Value value) {
        List<Dim> dims = value.shape().dims();
        if (!dims.isEmpty() && !dims.get(0).equals(Dim.BATCH)) {
            return dims;
        }
        return value.shape().tail(1);
    }

    private static void checkLabels(TrainingGraphs graphs, BatchSource data, FeedPlan.Binding binding) throws TrainingException {
        Field field = binding.field();
        if (field.type() != Field.ElementType.INT64) {
            throw TrainingException.badInput("the network classifies, but the data set " + data.name() + " has no class labels");
        }
        long perSample = 1;
        boolean symbolic = false;
        for (Dim dim : perSample(binding.value())) {
            if (dim.isFixed()) {
                perSample *= dim.size();
            } else {
                symbolic = true;
            }
        }
        if ((symbolic ? field.innerSize() : field.fixedSize()) != perSample) {
            throw TrainingException.badInput("the network's loss expects class labels of " + binding.value().shape() + ", but the data set "
                    + data.name() + " has labels of " + field.shapeText() + " per sample");
        }
        int classes = graphs.classes();
        if (data instanceof Dataset dataset) {
            for (int i = 0; i < dataset.size(); i++) {
                checkLabel(data, dataset.label(i), i, classes);
            }
            return;
        }
        int[] order = java.util.stream.IntStream.range(0, data.size()).toArray();
        for (int from = 0; from < data.size(); from += SCAN_ROWS) {
            Batch batch = data.batch(order, from, Math.min(SCAN_ROWS, data.size() - from));
            long[] labels = batch.tensors().get(field.name()).longs();
            int width = labels.length / batch.rows();
            for (int k = 0; k < labels.length; k++) {
                checkLabel(data, labels[k], from + k / width, classes);
            }
        }
    }

    private static void checkLabel(BatchSource data, long label, int sample, int classes) throws TrainingException {
        if (label < 0 || label >= classes) {
            throw TrainingException.badInput("the data set " + data.name() + " has label " + label + " (sample " + sample
                    + "), but the network's output has " + classes + " classes (labels 0 to " + (classes - 1) + ")");
        }
    }

    /** A per-step regression target (T × F with T bound per batch): the network's symbolic dimensions take any length. */
    private static boolean sameDims(List<Dim> network, List<Object> field) {
        if (network.size() != field.size()) {
            return false;
        }
        for (int i = 0; i < network.size(); i++) {
            Dim dim = network.get(i);
            if (dim.isFixed() && !(field.get(i) instanceof Long size && size == dim.size())) {
                return false;
            }
        }
        return true;
    }

    private static void checkRegression(BatchSource data, FeedPlan.Binding binding) throws TrainingException {
        Value value = binding.value();
        Field field = binding.field();
        long size = 1;
        for (Dim dim : value.shape().tail(1)) {
            size *= dim.isFixed() ? dim.size() : 1;
        }
        if (field.type() != Field.ElementType.FLOAT || field.fixedSize() != size && !sameDims(value.shape().tail(1), field.sampleDims())) {
            throw TrainingException.badInput("the network regresses " + value.shape() + ", but the data set " + data.name()
                    + (field.type() == Field.ElementType.INT64 ? " has class labels" : " has targets of " + field.shapeText() + " values"));
        }
    }
}
