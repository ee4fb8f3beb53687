package dev.dendrite.cli.internal;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ai.onnx.proto.OnnxMl.ModelProto;
import dev.dendrite.analysis.latent.GeneratorSpace;
import dev.dendrite.analysis.latent.SampleJudge;
import dev.dendrite.cli.Arguments;
import dev.dendrite.cli.UsageException;
import dev.dendrite.train.data.Dataset;

/**
 * {@code generate --judge} and {@code latent --judge}: a generative model's samples judged by a classifier of the data (Fréchet
 * distance, classifier score, classes).
 */
final class SampleJudging {

    /** Samples judged unless --judge-samples says otherwise (and at most half the test samples). */
    static final int DEFAULT_SAMPLES = 1000;

    private SampleJudging() {
    }

    /** {@code train --judge}'s observer, its judge and data checked before the first step. */
    static dev.dendrite.analysis.latent.SampleJudgeTracker tracker(Arguments a, dev.dendrite.model.network.Network network,
            dev.dendrite.train.data.BatchSource test, long seed) throws Exception {
        if (a.option("judge") == null) {
            throw new UsageException("--judge-every and --judge-samples go with --judge RUN_DIR|MODEL.onnx, the classifier that judges");
        }
        if (!dev.dendrite.model.GanParts.isGan(network)) {
            throw new UsageException("--judge follows a GAN's samples through training, and " + network.getName() + " has no GAN loss "
                    + "(dendrite latent --judge judges a variational autoencoder's)");
        }
        if (!(test instanceof Dataset data) || !data.hasLabels()) {
            throw new UsageException("--judge compares the samples with the test split's, and " + test.name() + " is no labelled data set");
        }
        ModelProto judge = judgeModel(a);
        int n = count(a, data);
        // The judge tried on test samples before the first step, so a wrong one is named now rather than after an epoch.
        float[][] tried = new float[10][data.sampleSize()];
        for (int i = 0; i < tried.length; i++) {
            data.features(i, tried[i], 0);
        }
        try {
            SampleJudge.of(judge, tried, null, data);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--judge " + a.option("judge") + ": " + e.getMessage());
        } catch (dev.dendrite.runtime.ModelLoadException e) {
            throw new UsageException("--judge " + a.option("judge") + " cannot be loaded: " + e.getMessage());
        }
        return new dev.dendrite.analysis.latent.SampleJudgeTracker(network, judge, data, n, a.wholeNumber("judge-every", 1, 1), seed);
    }

    /** The samples judged: --judge-samples (1,000), at most half the data's (the other half is the floor's). */
    private static int count(Arguments a, Dataset data) throws UsageException {
        int n = Math.min(a.wholeNumber("judge-samples", DEFAULT_SAMPLES, 10), data.size() / 2);
        if (n < 10) {
            throw new UsageException("--judge needs 20 test samples or more; " + data.name() + " has " + data.size());
        }
        return n;
    }

    /** The --judge model, refused where it is a generator. */
    private static ModelProto judgeModel(Arguments a) throws Exception {
        try {
            return SampleJudge.readJudge(ModelTarget.modelFile(Path.of(a.option("judge")), "--judge "), "--judge");
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** Draws {@code n} samples of a generative model (with the classes asked for, or none). */
    interface Draw {
        GeneratorSpace.Drawn samples(int n) throws Exception;
    }

    /** A GAN generator's samples judged: drawn from noise seeded one past {@code seed}, so they are not the pictures' samples. */
    static Map<String, Object> judge(Arguments a, ModelProto generator, Dataset data, long seed, StringBuilder text) throws Exception {
        return judge(a, data, n -> GeneratorSpace.draw(generator, n, seed + 1), text);
    }

    /** The judge's verdict on {@code draw}'s samples as JSON, its lines appended to {@code text}. */
    static Map<String, Object> judge(Arguments a, Dataset data, Draw draw, StringBuilder text) throws Exception {
        if (data == null || !data.hasLabels()) {
            throw new UsageException("--judge compares the samples with the data's test samples: give --data, the labelled data set the "
                    + "generative model and the judge learnt from");
        }
        Path judgeFile = ModelTarget.modelFile(Path.of(a.option("judge")), "--judge ");
        ModelProto judge = judgeModel(a);
        int n = count(a, data);
        SampleJudge verdict;
        try {
            GeneratorSpace.Drawn drawn = draw.samples(n);
            verdict = SampleJudge.of(judge, drawn.samples(), drawn.classes(), data);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--judge " + judgeFile + ": " + e.getMessage());
        } catch (dev.dendrite.runtime.ModelLoadException e) {
            throw new UsageException("--judge " + judgeFile + " cannot be loaded: " + e.getMessage());
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("model", judgeFile.toString());
        json.put("samples", verdict.samples());
        json.put("features", verdict.features());
        json.put("frechetDistance", verdict.frechetDistance());
        json.put("dataFrechetDistance", verdict.dataFrechetDistance());
        json.put("classifierScore", verdict.classifierScore());
        json.put("dataClassifierScore", verdict.dataClassifierScore());
        json.put("classShares", list(verdict.classShares()));
        json.put("dataClassShares", list(verdict.dataClassShares()));
        json.put("coveredClasses", verdict.coveredClasses());
        json.put("classes", verdict.classShares().length);
        json.put("conditionalAccuracy", verdict.conditionalAccuracy());
        text.append(String.format(Locale.ROOT, "judged by %s (%d samples against as many test samples, in its '%s'):%n", judgeFile,
                verdict.samples(), verdict.features()));
        text.append(String.format(Locale.ROOT, "  Fréchet distance %.3f (two sets of test samples: %.3f)%n", verdict.frechetDistance(),
                verdict.dataFrechetDistance()));
        text.append(String.format(Locale.ROOT, "  classifier score %.2f of %d (the test samples': %.2f)%n", verdict.classifierScore(),
                verdict.classShares().length, verdict.dataClassifierScore()));
        text.append(String.format(Locale.ROOT, "  classes covered %d of %d (judged at least half as often as in the data); shares %s%n",
                verdict.coveredClasses(), verdict.classShares().length, shares(verdict.classShares())));
        if (verdict.conditionalAccuracy() != null) {
            text.append(String.format(Locale.ROOT, "  judged the class asked for: %.1f%%%n", 100 * verdict.conditionalAccuracy()));
        }
        return json;
    }

    private static List<Double> list(double[] values) {
        return Arrays.stream(values).boxed().toList();
    }

    private static String shares(double[] shares) {
        StringBuilder s = new StringBuilder();
        for (int c = 0; c < shares.length; c++) {
            s.append(c == 0 ? "" : " ").append(String.format(Locale.ROOT, "%d:%.0f%%", c, 100 * shares[c]));
        }
        return s.toString();
    }
}
