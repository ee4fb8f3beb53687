package dev.dendrite.analysis.pruning;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import dev.dendrite.model.network.Network;
import dev.dendrite.onnx.graph.FloatTensor;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.train.config.TrainingConfig;
import dev.dendrite.train.data.BatchSource;
import dev.dendrite.train.graph.GraphOptions;
import dev.dendrite.train.run.Cancellation;
import dev.dendrite.train.run.RunState;
import dev.dendrite.train.run.Trainer;
import dev.dendrite.train.run.TrainingException;
import dev.dendrite.train.run.TrainingResult;

/**
 * The strong lottery-ticket hypothesis by edge-popup (Ramanujan et al. 2020): the weights keep
 * their random initial values (optionally their signs times one constant per layer) and are
 * never trained; a score per weight learns, through a straight-through gradient, which top
 * fraction k of each layer to keep. One run directory per k; {@code edge-popup.csv} has test
 * accuracy against k.
 */
public final class EdgePopup {

    /** Test accuracy with the top {@code k} of each layer's weights, found by scores alone. */
    public record Point(double k, double testAccuracy, double testLoss, String runDirectory) {
    }

    private final Network network;
    private final TrainingConfig config;
    private final boolean signedConstant;
    private final Consumer<String> progress;
    private Cancellation cancellation = new Cancellation();

    public EdgePopup(Network network, TrainingConfig config, boolean signedConstant, Consumer<String> progress) {
        this.network = network;
        this.config = config.validate();
        this.signedConstant = signedConstant;
        this.progress = progress;
    }

    public EdgePopup withCancellation(Cancellation control) {
        this.cancellation = control;
        return this;
    }

    public List<Point> run(List<Double> ks, BatchSource train, BatchSource test, Path out) throws TrainingException, IOException {
        Files.createDirectories(out);
        LotteryExperiment lottery = new LotteryExperiment(network, config, new LotterySettings(0, PruningRates.lotteryTicketPaper(), 0,
                List.of(), 1), progress);
        Weights random = lottery.initialWeights(config.seed());
        java.util.Set<String> prunable = MagnitudePruning.ratesByWeight(network, PruningRates.lotteryTicketPaper()).keySet();
        List<Point> points = new ArrayList<>();
        StringBuilder csv = new StringBuilder("k,testAccuracy,testLoss\n");
        for (double k : ks) {
            Path dir = out.resolve(String.format(Locale.ROOT, "k-%.2f", k));
            progress.accept(String.format(Locale.ROOT, "edge-popup, k = %.2f: only scores train, the weights stay as initialised", k));
            Weights init = signedConstant ? signedConstant(random, prunable, k) : random;
            TrainingResult result = new Trainer(network, config, progress).withOptions(GraphOptions.edgePopup(k)).withCancellation(cancellation)
                    .train(init, train, test, dir, false);
            if (result.state() != RunState.FINISHED) {
                throw new TrainingException("cancelled at k = " + k);
            }
            points.add(new Point(k, result.testAccuracy(), result.testLoss(), dir.toString()));
            csv.append(String.format(Locale.ROOT, "%.4f,%.6f,%.6f%n", k, result.testAccuracy(), result.testLoss()));
            dev.dendrite.model.io.AtomicFiles.write(out.resolve("edge-popup.csv"), csv.toString().getBytes(StandardCharsets.UTF_8));
        }
        return points;
    }

    /**
     * Each weight matrix's signs times one constant, Kaiming's sqrt(2 / fan-in) scaled by 1/sqrt(k)
     * (the paper's scaled signed Kaiming constant): the kept fraction k of a layer then passes
     * activations of the same scale as a dense ReLU layer.
     */
    static Weights signedConstant(Weights init, java.util.Set<String> prunable, double k) {
        Weights result = new Weights();
        for (Map.Entry<String, FloatTensor> entry : new LinkedHashMap<>(init.flat()).entrySet()) {
            FloatTensor w = entry.getValue();
            FloatTensor value = w;
            if (prunable.contains(entry.getKey())) {
                long fanIn = w.rank() == 2 ? w.shape()[0] : w.size() / w.shape()[0];
                float sigma = (float) Math.sqrt(2.0 / fanIn / k);
                float[] signed = new float[w.size()];
                for (int i = 0; i < signed.length; i++) {
                    signed[i] = Math.signum(w.values()[i]) * sigma;
                }
                value = new FloatTensor(w.shape(), signed);
            }
            String[] parts = Weights.split(entry.getKey());
            result.put(parts[0], parts[1], value);
        }
        return result;
    }
}
