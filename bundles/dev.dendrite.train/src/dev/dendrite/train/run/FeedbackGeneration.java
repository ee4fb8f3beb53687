package dev.dendrite.train.run;

import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.dendrite.model.network.Input;
import dev.dendrite.model.network.InputRole;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.convolution.Convolution;
import dev.dendrite.model.network.convolution.Pooling;
import dev.dendrite.model.network.convolution.StepPadding;
import dev.dendrite.model.network.sequence.Attention;
import dev.dendrite.model.network.sequence.Recurrent;
import dev.dendrite.runtime.ModelLoadException;
import dev.dendrite.runtime.ModelSession;
import dev.dendrite.runtime.OnnxRuntime;
import dev.dendrite.runtime.RuntimeSettings;
import dev.dendrite.train.data.Batch;
import dev.dendrite.train.data.BatchSource;
import dev.dendrite.train.data.Field;
import dev.dendrite.train.data.HostTensor;

/**
 * One-to-many generation by feedback: a network trained to predict the next step of a sequence
 * (its target is its input one step later) continues a sequence from a short prime by feeding each
 * prediction back as its next input: a value for a regression, the most likely token for a
 * classification (a character-level language model). The exported model runs once per generated
 * step over the fixed-length buffer filled so far; a causal network's output at step t depends
 * only on the steps up to t, so the rest of the buffer does not matter.
 */
public final class FeedbackGeneration {

    /** At most this many test sequences are generated. */
    static final int SEQUENCES = 200;

    /**
     * @param prime steps taken from the data before generating
     * @param steps steps generated, each from the prediction before
     * @param mse the generated values' mean squared error against the true continuation (NaN for tokens)
     * @param baselineMse the same for repeating the prime's last value (NaN for tokens): what generation must beat
     * @param tokenAccuracy the generated tokens' agreement with the true continuation (NaN for values)
     * @param truth the first sequences' true values (first feature or token ids), {@code generated} theirs
     */
    public record Result(int prime, int steps, double mse, double baselineMse, double tokenAccuracy, int sequences, List<float[]> truth,
            List<float[]> generated) {
    }

    private FeedbackGeneration() {
    }

    /**
     * The input that generation feeds back into, when the network has one sequence input and no
     * layer that reads the future (a bidirectional recurrent layer, attention or a convolution over the steps that is not causal)
     * or pools steps, and {@code data} is next-step
     * prediction: its target is its input one step later.
     */
    public static Optional<Field> fedBack(Network network, BatchSource data) {
        List<Input> inputs = new ArrayList<>();
        for (var contents = network.eAllContents(); contents.hasNext();) {
            Object element = contents.next();
            if (element instanceof Recurrent rnn && rnn.isBidirectional()
                    || element instanceof Attention attention && !attention.isCausal()
                    || element instanceof Convolution conv && conv.isSequence()
                            && conv.getStepPadding() != StepPadding.CAUSAL
                    || element instanceof Pooling pool && pool.isSequence()) {
                return Optional.empty();
            }
            if (element instanceof Input input && input.getRole() == InputRole.FEATURES) {
                inputs.add(input);
            }
        }
        List<Field> dataInputs = data.fields(Field.Role.INPUT).stream().filter(f -> !f.name().endsWith(":mask")).toList();
        List<Field> targets = data.fields(Field.Role.TARGET);
        if (inputs.size() != 1 || dataInputs.size() != 1 || targets.size() != 1 || data.size() == 0) {
            return Optional.empty();
        }
        Field input = dataInputs.get(0);
        return nextStep(data, input, targets.get(0)) ? Optional.of(input) : Optional.empty();
    }

    /** Whether the target of the first samples is their input shifted one step (within float rounding). */
    private static boolean nextStep(BatchSource data, Field input, Field target) {
        int rows = Math.min(32, data.size());
        int[] order = java.util.stream.IntStream.range(0, rows).toArray();
        Batch batch = data.batch(order, 0, rows);
        HostTensor x = batch.tensors().get(input.name());
        HostTensor y = batch.tensors().get(target.name());
        if (x == null || y == null || !java.util.Arrays.equals(x.shape(), y.shape()) || x.shape().length < 2 || x.shape()[1] < 2) {
            return false;
        }
        int length = (int) x.shape()[1];
        int width = (int) (x.length() / ((long) rows * length));
        for (int r = 0; r < rows; r++) {
            for (int t = 0; t + 1 < length; t++) {
                for (int f = 0; f < width; f++) {
                    int now = (r * length + t) * width + f;
                    int later = now + width;
                    double a = x.longs() != null ? x.longs()[later] : x.floats()[later];
                    double b = y.longs() != null ? y.longs()[now] : y.floats()[now];
                    if (Math.abs(a - b) > 1e-5 * (1 + Math.abs(a))) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** Generates the continuation of up to {@value #SEQUENCES} sequences of {@code data} after a prime of a quarter of their length. */
    public static Result evaluate(byte[] model, BatchSource data, Field input) throws OrtException, ModelLoadException {
        int rows = Math.min(SEQUENCES, data.size());
        int[] order = java.util.stream.IntStream.range(0, rows).toArray();
        HostTensor given = data.batch(order, 0, rows).tensors().get(input.name());
        long[] shape = given.shape();
        int length = (int) shape[1];
        int width = (int) (given.length() / ((long) rows * length));
        int prime = Math.max(1, length / 4);
        boolean tokens = given.longs() != null;
        float[] fedValues = tokens ? null : new float[given.floats().length];
        long[] fedTokens = tokens ? new long[given.longs().length] : null;
        for (int r = 0; r < rows; r++) {
            int from = r * length * width;
            if (tokens) {
                System.arraycopy(given.longs(), from, fedTokens, from, prime * width);
            } else {
                System.arraycopy(given.floats(), from, fedValues, from, prime * width);
            }
        }
        var env = OnnxRuntime.environment();
        try (ModelSession session = OnnxRuntime.open(model, "trained model", RuntimeSettings.forTrainer())) {
            String name = session.inputNames().iterator().next();
            for (int t = prime; t < length; t++) {
                try (OnnxTensor fed = tokens ? OnnxTensor.createTensor(env, LongBuffer.wrap(fedTokens), shape)
                        : OnnxTensor.createTensor(env, FloatBuffer.wrap(fedValues), shape);
                     OrtSession.Result result = session.session().run(Map.of(name, fed))) {
                    FloatBuffer out = ((OnnxTensor) result.get(0)).getFloatBuffer();
                    int classes = out.remaining() / (rows * length);
                    for (int r = 0; r < rows; r++) {
                        int previous = (r * length + t - 1) * (tokens ? classes : width);
                        if (tokens) {
                            fedTokens[r * length + t] = argmax(out, previous, classes);
                        } else {
                            for (int f = 0; f < width; f++) {
                                fedValues[(r * length + t) * width + f] = out.get(previous + f);
                            }
                        }
                    }
                }
            }
        }
        return measure(given, tokens ? null : fedValues, fedTokens, rows, length, width, prime);
    }

    private static Result measure(HostTensor given, float[] values, long[] tokens, int rows, int length, int width, int prime) {
        double squared = 0;
        double baseline = 0;
        long right = 0;
        long count = 0;
        List<float[]> truth = new ArrayList<>();
        List<float[]> generated = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            float[] trueRow = new float[length];
            float[] generatedRow = new float[length];
            for (int t = 0; t < length; t++) {
                int at = (r * length + t) * width;
                trueRow[t] = tokens != null ? given.longs()[at] : given.floats()[at];
                generatedRow[t] = tokens != null ? tokens[at] : values[at];
                if (t < prime) {
                    continue;
                }
                for (int f = 0; f < width; f++) {
                    if (tokens != null) {
                        right += tokens[at + f] == given.longs()[at + f] ? 1 : 0;
                    } else {
                        double error = values[at + f] - given.floats()[at + f];
                        double held = given.floats()[(r * length + prime - 1) * width + f] - given.floats()[at + f];
                        squared += error * error;
                        baseline += held * held;
                    }
                    count++;
                }
            }
            if (truth.size() < 8) {
                truth.add(trueRow);
                generated.add(generatedRow);
            }
        }
        boolean isTokens = tokens != null;
        return new Result(prime, length - prime, isTokens ? Double.NaN : squared / count, isTokens ? Double.NaN : baseline / count,
                isTokens ? right / (double) count : Double.NaN, rows, truth, generated);
    }

    /** The first sequences, true and generated, a row per sequence and step: what generation.csv holds. */
    public static String csv(Result result) {
        StringBuilder csv = new StringBuilder("sequence,step,primed,true,generated\n");
        for (int s = 0; s < result.truth().size(); s++) {
            for (int t = 0; t < result.truth().get(s).length; t++) {
                csv.append(s).append(',').append(t).append(',').append(t < result.prime()).append(',').append(result.truth().get(s)[t])
                        .append(',').append(result.generated().get(s)[t]).append('\n');
            }
        }
        return csv.toString();
    }

    private static long argmax(FloatBuffer values, int offset, int count) {
        int best = 0;
        for (int i = 1; i < count; i++) {
            if (values.get(offset + i) > values.get(offset + best)) {
                best = i;
            }
        }
        return best;
    }
}
