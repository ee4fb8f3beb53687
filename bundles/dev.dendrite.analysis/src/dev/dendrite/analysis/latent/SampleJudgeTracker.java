package dev.dendrite.analysis.latent;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnxruntime.OrtException;
import dev.dendrite.model.network.Network;
import dev.dendrite.onnx.export.ExportException;
import dev.dendrite.onnx.export.OnnxExporter;
import dev.dendrite.runtime.ModelLoadException;
import dev.dendrite.train.data.Dataset;
import dev.dendrite.train.run.TrainingException;
import dev.dendrite.train.run.TrainingObserver;

/**
 * A GAN's samples judged through training ({@code train --judge RUN --judge-every E}): every E epochs and at the last, the
 * generator as the weights stand draws samples from fixed noise and a classifier of the data judges them against the test split
 * ({@link SampleJudge}), recorded in the run's metrics as a {@code "judge"} record: the Fréchet distance falling as the samples
 * come to look like the data (the FID curve of GAN papers), and where the game goes wrong (collapse, one network winning) it
 * shows in the distance before the losses say so. The Training Monitor draws it.
 */
public final class SampleJudgeTracker implements TrainingObserver {

    /** The metrics records' type. */
    public static final String RECORD = "judge";

    private final Network network;
    private final ModelProto judge;
    private final Dataset test;
    private final int samples;
    private final int everyEpochs;
    private final long seed;
    /** The test samples as the judge reads them: the same every time, so read at the first judging only. */
    private SampleJudge.Reference reference;

    /**
     * @param test the test split, whose first {@code 2 × samples} are the reference and the floor every time
     * @param seed the noise's seed: the same noise every time, so that the curve follows the generator alone
     */
    public SampleJudgeTracker(Network network, ModelProto judge, Dataset test, int samples, int everyEpochs, long seed) {
        if (samples < 2 || everyEpochs < 1 || test.size() < 2 * samples) {
            throw new IllegalArgumentException("judging needs 2 or more samples (and twice as many test samples) every 1 or more epochs, "
                    + "not " + samples + " every " + everyEpochs + " with " + test.size() + " test samples");
        }
        this.network = network;
        this.judge = judge;
        this.test = test;
        this.samples = samples;
        this.everyEpochs = everyEpochs;
        this.seed = seed;
    }

    @Override
    public void epochFinished(EpochEvent event) throws TrainingException {
        int epoch = event.metrics().epoch();
        if (epoch % everyEpochs != 0 && !event.last()) {
            return;
        }
        SampleJudge verdict;
        try {
            ModelProto generator = OnnxExporter.export(network, event.weights().copy(), "judged").model();
            GeneratorSpace.Drawn drawn = GeneratorSpace.draw(generator, samples, seed);
            if (reference == null) {
                reference = SampleJudge.Reference.of(judge, test, samples);
            }
            verdict = SampleJudge.of(reference, drawn.samples(), drawn.classes());
        } catch (ExportException | OrtException | ModelLoadException | RuntimeException e) {
            throw new TrainingException("judging the generator's samples after epoch " + epoch + " failed: " + e.getMessage());
        }
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("type", RECORD);
        record.put("epoch", epoch);
        record.put("step", event.step());
        record.put("samples", verdict.samples());
        record.put("frechetDistance", verdict.frechetDistance());
        record.put("dataFrechetDistance", verdict.dataFrechetDistance());
        record.put("classifierScore", verdict.classifierScore());
        record.put("dataClassifierScore", verdict.dataClassifierScore());
        record.put("coveredClasses", verdict.coveredClasses());
        record.put("classes", verdict.classShares().length);
        record.put("conditionalAccuracy", verdict.conditionalAccuracy());
        event.records().add(record);
        event.say().accept(String.format(Locale.ROOT, "judged after epoch %d: Fréchet distance %.2f (the data's own %.2f), classifier score "
                + "%.2f, %d of %d classes covered%s", epoch, verdict.frechetDistance(), verdict.dataFrechetDistance(), verdict.classifierScore(),
                verdict.coveredClasses(), verdict.classShares().length, verdict.conditionalAccuracy() == null ? ""
                        : String.format(Locale.ROOT, ", %.1f%% the class asked for", 100 * verdict.conditionalAccuracy())));
    }
}
