package dev.dendrite.train.run;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import ai.onnxruntime.OrtException;
import dev.dendrite.model.network.Network;
import dev.dendrite.train.config.TrainingConfig;
import dev.dendrite.train.data.BatchSource;
import dev.dendrite.train.data.Dataset;

/**
 * What a finished run reports on its trained model beyond the test loss, by the model's kind: an
 * autoencoder's reconstruction errors (anomaly-scores.csv, the held-out class's ROC AUC), an
 * encoder-decoder's greedy decoding, a next-step model's generation by feedback (generation.csv), a GAN's samples (samples.png),
 * each into the run's summary and log.
 */
final class TrainedModelReports {

    static final String ANOMALY_SCORES = "anomaly-scores.csv";
    static final String GENERATION = "generation.csv";

    private final Network network;
    private final TrainingConfig config;
    private final RunDirectory run;
    private final Consumer<String> say;
    private final int heldOutClass;

    TrainedModelReports(Network network, TrainingConfig config, RunDirectory run, Consumer<String> say, int heldOutClass) {
        this.network = network;
        this.config = config;
        this.run = run;
        this.say = say;
        this.heldOutClass = heldOutClass;
    }

    /** The reports that apply to {@code model} (the exported trained network) on {@code test}, into {@code summary}. */
    void add(byte[] model, BatchSource test, Map<String, Object> summary) throws OrtException, IOException, TrainingException {
        if (ReconstructionScores.applies(network) && test instanceof Dataset labelled && labelled.hasLabels()) {
            anomalyScores(model, labelled, summary);
        }
        var decoder = decoderInput(test);
        if (decoder.isPresent()) {
            greedy(model, decoder.get(), test, summary);
        }
        var noise = dev.dendrite.model.GanParts.noiseInputs(dev.dendrite.model.Networks.withIds(network));
        if (dev.dendrite.model.GanParts.isGan(network) && noise.size() == 1) {
            try {
                if (GanSamples.write(model, run.path(), config.seed())) {
                    say.accept("the generator's samples from fixed noise in " + GanSamples.SAMPLES);
                }
            } catch (dev.dendrite.runtime.ModelLoadException e) {
                throw new TrainingException("the trained generator cannot run: " + e.getMessage());
            }
        }
        var fedBack = FeedbackGeneration.fedBack(network, test);
        if (fedBack.isPresent()) {
            generation(model, test, fedBack.get(), summary);
        }
    }

    /** The first test samples' single float input, where there is one, to start an RBM's Gibbs chains from. */
    static float[] chainStarts(BatchSource test) {
        var inputs = test.fields(dev.dendrite.train.data.Field.Role.INPUT);
        if (inputs.size() != 1 || inputs.get(0).type() != dev.dendrite.train.data.Field.ElementType.FLOAT || test.size() < RbmImages.CHAINS) {
            return null;
        }
        int[] order = java.util.stream.IntStream.range(0, RbmImages.CHAINS).toArray();
        return test.batch(order, 0, RbmImages.CHAINS).tensors().get(inputs.get(0).name()).floats();
    }

    /** An autoencoder's test reconstruction error per sample (anomaly-scores.csv) and class; the held-out class's ROC AUC. */
    private void anomalyScores(byte[] model, Dataset test, Map<String, Object> summary) throws OrtException, IOException, TrainingException {
        ReconstructionScores.Result scores;
        try {
            scores = ReconstructionScores.score(model, test, test);
        } catch (dev.dendrite.runtime.ModelLoadException | IllegalArgumentException e) {
            throw new TrainingException("the trained autoencoder cannot score the test set: " + e.getMessage());
        }
        StringBuilder csv = new StringBuilder("sample,label,reconstructionError\n");
        for (int i = 0; i < scores.scores().length; i++) {
            csv.append(i).append(',').append(scores.labels()[i]).append(',').append(scores.scores()[i]).append('\n');
        }
        run.writeBytes(ANOMALY_SCORES, csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Map<String, Object> byClass = new LinkedHashMap<>();
        scores.meanByClass().forEach((label, mean) -> byClass.put(String.valueOf(label), mean));
        summary.put("reconstructionErrorByClass", byClass);
        if (heldOutClass >= 0) {
            double auc = scores.auc(heldOutClass);
            summary.put("anomalyClass", heldOutClass);
            summary.put("anomalyAuc", auc);
            say.accept(String.format(java.util.Locale.ROOT, "anomaly detection of the held-out class %d by reconstruction error: ROC AUC %.3f "
                    + "(scores in %s)", heldOutClass, auc, ANOMALY_SCORES));
        }
    }

    /**
     * The input an encoder-decoder decodes into: the one with the decoder-input role, else (an
     * imported model, whose inputs have no roles) the input the data feeds its target shifted right.
     */
    private java.util.Optional<String> decoderInput(BatchSource test) {
        var marked = GreedyDecoding.decoderInput(network).map(dev.dendrite.model.network.Input::getId);
        if (marked.isPresent()) {
            return marked;
        }
        java.util.Set<String> inputs = new java.util.HashSet<>();
        network.getLayers().stream().filter(dev.dendrite.model.network.Input.class::isInstance).forEach(l -> inputs.add(l.getId()));
        return GreedyDecoding.teacherForcedField(test).filter(inputs::contains);
    }

    /** An encoder-decoder's test set decoded as at inference: each prediction fed back as the next decoder input. */
    private void greedy(byte[] model, String decoder, BatchSource test, Map<String, Object> summary) throws OrtException, TrainingException {
        try {
            GreedyDecoding.Result greedy = GreedyDecoding.evaluate(decoder, model, test, config.batchSize());
            summary.put("greedyTokenAccuracy", greedy.tokenAccuracy());
            summary.put("greedySequenceAccuracy", greedy.sequenceAccuracy());
            say.accept(String.format("greedy decoding (each prediction fed back): token accuracy %.2f%%, %.2f%% of sequences entirely right",
                    100 * greedy.tokenAccuracy(), 100 * greedy.sequenceAccuracy()));
        } catch (dev.dendrite.runtime.ModelLoadException | IllegalArgumentException e) {
            throw new TrainingException("greedy decoding of the test set failed: " + e.getMessage());
        }
    }

    /** A next-step model's test sequences continued from a prime by feeding its predictions back (generation.csv). */
    private void generation(byte[] model, BatchSource test, dev.dendrite.train.data.Field input, Map<String, Object> summary)
            throws OrtException, IOException, TrainingException {
        FeedbackGeneration.Result generated;
        try {
            generated = FeedbackGeneration.evaluate(model, test, input);
        } catch (dev.dendrite.runtime.ModelLoadException | IllegalArgumentException e) {
            throw new TrainingException("generation by feedback failed: " + e.getMessage());
        }
        summary.put("generationPrime", generated.prime());
        summary.put("generationSteps", generated.steps());
        boolean tokens = Double.isNaN(generated.mse());
        if (tokens) {
            summary.put("generationTokenAccuracy", generated.tokenAccuracy());
        } else {
            summary.put("generationMse", generated.mse());
            summary.put("generationBaselineMse", generated.baselineMse());
        }
        run.writeBytes(GENERATION, FeedbackGeneration.csv(generated).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        say.accept(String.format(java.util.Locale.ROOT, "generation by feedback: %d steps from a prime of %d, each prediction fed back: %s "
                + "(%s)", generated.steps(), generated.prime(), tokens ? String.format(java.util.Locale.ROOT, "token accuracy %.2f%%",
                        100 * generated.tokenAccuracy()) : String.format(java.util.Locale.ROOT, "mean squared error %.4f, %.4f repeating "
                                + "the prime's last value", generated.mse(), generated.baselineMse()), GENERATION));
    }
}
