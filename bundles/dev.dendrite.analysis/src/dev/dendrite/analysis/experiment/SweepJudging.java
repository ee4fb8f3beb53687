package dev.dendrite.analysis.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import ai.onnx.proto.OnnxMl.ModelProto;
import dev.dendrite.analysis.latent.SampleJudge;
import dev.dendrite.analysis.latent.SampleJudgeTracker;
import dev.dendrite.model.network.Network;
import dev.dendrite.train.data.BatchSource;
import dev.dendrite.train.data.Dataset;

/**
 * A GAN sweep judged by a classifier of the data (sweep keys {@code judge}, {@code judgeEvery}, {@code judgeSamples}): every
 * run's generator judged as {@code train --judge} does it, and the runs ranked by their last Fréchet distance (lower is better)
 * instead of their test loss, which for a GAN is the adversarial game's and says little of the samples. Heusel et al. (2017)
 * tuned their two time-scale rates this way.
 */
public final class SweepJudging {

    /** The classifier that judges: a run directory or a model, resolved as the network is; one every run shares. */
    public static final String JUDGE = "judge";
    /** Judge every E epochs (default 1; always 1 where successive halving ranks by the distance: every rung needs its figure). */
    public static final String EVERY = "judgeEvery";
    /** Samples judged each time (default 1,000, at most half the test samples). */
    public static final String SAMPLES = "judgeSamples";

    static final int DEFAULT_SAMPLES = 1000;

    private SweepJudging() {
    }

    /** Whether the sweep's runs are judged. */
    public static boolean judged(Sweep sweep) {
        return sweep.shared().get(JUDGE) instanceof String;
    }

    /**
     * Checks a judged sweep before its first run: a GAN's network, a judge that is a classifier's ONNX model, and no judge
     * settings without a judge.
     *
     * @throws IllegalArgumentException naming the problem
     */
    static void validate(Sweep sweep, Network network) {
        boolean settings = sweep.variants().stream().anyMatch(v -> v.containsKey(EVERY) || v.containsKey(SAMPLES))
                || sweep.shared().containsKey(EVERY) || sweep.shared().containsKey(SAMPLES);
        if (!judged(sweep)) {
            if (settings) {
                throw new IllegalArgumentException("judgeEvery and judgeSamples tune a judge: give \"judge\" (a classifier's run directory "
                        + "or model)");
            }
            if (sweep.halving() != null && sweep.halving().metric() == Halving.Metric.FRECHET) {
                throw new IllegalArgumentException("successive halving by the Fréchet distance needs \"judge\": the classifier that judges "
                        + "the samples");
            }
            return;
        }
        if (!dev.dendrite.model.GanParts.isGan(network)) {
            throw new IllegalArgumentException("\"judge\" judges a GAN's samples, and " + network.getName() + " has no GAN loss");
        }
        model(sweep);
    }

    /** The judge's model, refused where it cannot be read or is a generator. */
    static ModelProto model(Sweep sweep) {
        return SampleJudge.readJudge(Path.of((String) sweep.shared().get(JUDGE)), "\"judge\"");
    }

    /** The run's judging observer, or null where the sweep is not judged. */
    static SampleJudgeTracker tracker(Sweep sweep, Network network, RunSpec spec, BatchSource test) {
        if (!judged(sweep)) {
            return null;
        }
        if (!(test instanceof Dataset data) || !data.hasLabels()) {
            throw new IllegalArgumentException("\"judge\" compares the samples with the test split's, and " + test.name() + " is no "
                    + "labelled data set");
        }
        Map<String, Object> s = spec.settings();
        int samples = Math.min(s.get(SAMPLES) instanceof Number n ? n.intValue() : DEFAULT_SAMPLES, data.size() / 2);
        boolean everyRung = sweep.halving() != null && sweep.halving().metric() == Halving.Metric.FRECHET;
        int every = everyRung ? 1 : s.get(EVERY) instanceof Number n ? n.intValue() : 1;
        return new SampleJudgeTracker(network, model(sweep), data, samples, every, spec.seed());
    }

    /** The Fréchet distance of the run's last judging at or before {@code epoch} (0: any), from its metrics; NaN where none. */
    public static double distance(Path runDirectory, int epoch) {
        double found = Double.NaN;
        for (var judged : distances(runDirectory).entrySet()) {
            if (epoch <= 0 || judged.getKey() <= epoch) {
                found = judged.getValue();
            }
        }
        return found;
    }

    /**
     * The Fréchet distance of each judging in the run's metrics, by epoch in order (a resumed run's later record of an epoch
     * replaces the earlier); empty where none.
     */
    public static java.util.SortedMap<Integer, Double> distances(Path runDirectory) {
        java.util.SortedMap<Integer, Double> found = new java.util.TreeMap<>();
        try (var lines = Files.lines(runDirectory.resolve("metrics.jsonl"))) {
            for (String line : (Iterable<String>) lines::iterator) {
                if (!line.contains("\"" + SampleJudgeTracker.RECORD + "\"")) {
                    continue;
                }
                JsonElement parsed = JsonParser.parseString(line);
                if (parsed instanceof JsonObject record && SampleJudgeTracker.RECORD.equals(text(record, "type"))) {
                    found.put(record.get("epoch").getAsInt(), record.get("frechetDistance").getAsDouble());
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            // No metrics, or a line cut by a crash: what was read stands.
        }
        return found;
    }

    private static String text(JsonObject record, String key) {
        return record.get(key) instanceof JsonElement value && value.isJsonPrimitive() ? value.getAsString() : null;
    }
}
