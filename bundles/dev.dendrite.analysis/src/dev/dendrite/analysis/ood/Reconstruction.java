package dev.dendrite.analysis.ood;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnxruntime.OrtException;
import dev.dendrite.analysis.latent.LatentSpace;
import dev.dendrite.analysis.latent.VariationalCode;
import dev.dendrite.runtime.ModelLoadException;
import dev.dendrite.train.data.Dataset;
import dev.dendrite.train.run.ModelOutputs;
import dev.dendrite.train.run.ReconstructionScores;

/**
 * Out-of-distribution detection by an autoencoder: what it was trained on it rebuilds closely, other
 * inputs less so, and the reconstruction error is the score (higher error, less in-distribution); a
 * variational autoencoder adds its loss as trained (the negative ELBO), its code's KL term and, given
 * training samples, the loss's distance from its mean over them (typicality). Given a background model (an autoencoder of the same
 * data trained on perturbed inputs), the likelihood ratio: its loss less the model's, each loss the one it trained with (the
 * weighted reconstruction error and KL term of a variational one, else the reconstruction error) as the negative log-likelihood.
 */
final class Reconstruction {

    private Reconstruction() {
    }

    /** Whether the model gives one value per input value (and not one per class): an autoencoder. */
    static boolean isAutoencoder(ModelProto model, Dataset data) throws OrtException, ModelLoadException {
        if (data.size() == 0) {
            return false;
        }
        int width = ModelOutputs.of(model.toByteArray(), "probe", List.of(data.subset(new int[] {0}, ""))).get(0).width();
        return width == data.sampleSize() && !(data.hasLabels() && width == data.classes());
    }

    static OodReport run(ModelProto model, Dataset in, Dataset fit, Map<String, Dataset> out, OodSettings settings, ModelProto background)
            throws OrtException, ModelLoadException {
        byte[] bytes = model.toByteArray();
        // A variational autoencoder is scored by its loss as trained and its code's KL term too, and by the loss's typicality where
        // training samples give its mean.
        VariationalCode code = VariationalCode.find(model, in.name());
        Likelihood own = new Likelihood(model, code);
        Likelihood reference = background == null ? null : new Likelihood(background, VariationalCode.find(background, in.name()));
        double[] typical = null;
        if (code != null && fit != null && settings.fitSamples() > 0) {
            Dataset fitSamples = first(fit, settings.fitSamples());
            double[][] fitScores = scores(own, fitSamples, errors(bytes, fitSamples), null);
            typical = new double[] {-mean(fitScores[1]), -mean(fitScores[2])};
        }
        List<OodScore> kinds = new ArrayList<>(code == null ? List.of(OodScore.RECONSTRUCTION) : typical == null
                ? List.of(OodScore.RECONSTRUCTION, OodScore.ELBO, OodScore.KL)
                : List.of(OodScore.RECONSTRUCTION, OodScore.ELBO, OodScore.KL, OodScore.TYPICALITY, OodScore.KL_TYPICALITY));
        if (reference != null) {
            kinds.add(OodScore.LIKELIHOOD_RATIO);
        }
        Dataset inSamples = first(in, settings.samples());
        double[] inErrors = errors(bytes, inSamples);
        double[][] inScores = withRatio(scores(own, inSamples, inErrors, typical), own, reference, inSamples, inErrors);
        List<OodReport.OutSet> sets = new ArrayList<>();
        for (var set : out.entrySet()) {
            Dataset samples = first(set.getValue(), settings.samples());
            if (samples.size() == 0) {
                throw new IllegalArgumentException(set.getKey() + " has no samples");
            }
            double[] errors = errors(bytes, samples);
            double[][] outScores = withRatio(scores(own, samples, errors, typical), own, reference, samples, errors);
            Map<OodScore, DetectionMetrics> metrics = new LinkedHashMap<>();
            for (int s = 0; s < kinds.size(); s++) {
                metrics.put(kinds.get(s), DetectionMetrics.of(inScores[s], outScores[s]));
            }
            // The samples it rebuilds best: those it takes most for its own data.
            List<OodReport.Example> examples = IntStream.range(0, errors.length).boxed().sorted(Comparator.comparingDouble(i -> errors[i]))
                    .limit(settings.examples()).map(i -> {
                        float[] x = new float[samples.sampleSize()];
                        samples.features(i, x, 0);
                        return new OodReport.Example(i, -1, errors[i], x);
                    }).toList();
            sets.add(new OodReport.OutSet(set.getKey(), errors.length, mean(errors), new int[0], metrics, outScores, examples));
        }
        return new OodReport(in.name(), inErrors.length, -1, mean(inErrors), 0, 0, kinds, Map.of(), inScores, sets, in.sampleShape(), 0);
    }

    /**
     * The samples' scores, higher for more in-distribution: the negated error, and for a variational code the negated loss and KL,
     * and given {@code typical} (the training samples' mean loss and KL), the negated distances of the loss and the KL from them.
     */
    private static double[][] scores(Likelihood own, Dataset samples, double[] errors, double[] typical) throws OrtException,
            ModelLoadException {
        if (own.code() == null) {
            return new double[][] {negated(errors)};
        }
        double[][] lossAndKl = own.lossAndDivergence(samples, errors);
        double[] loss = lossAndKl[0];
        double[] kl = lossAndKl[1];
        if (typical == null) {
            return new double[][] {negated(errors), negated(loss), negated(kl)};
        }
        return new double[][] {negated(errors), negated(loss), negated(kl), Arrays.stream(loss).map(l -> -Math.abs(l - typical[0])).toArray(),
                Arrays.stream(kl).map(d -> -Math.abs(d - typical[1])).toArray()};
    }

    /** A model's negative log-likelihood as it trained: its weighted loss where it has a variational code, else its reconstruction error. */
    private record Likelihood(ModelProto model, VariationalCode code) {

        /** Per sample. */
        double[] negativeLog(Dataset samples) throws OrtException, ModelLoadException {
            double[] e = errors(model.toByteArray(), samples);
            return code == null ? e : lossAndDivergence(samples, e)[0];
        }

        /** A variational model's loss as trained and its code's KL term, per sample, from its reconstruction {@code errors}. */
        double[][] lossAndDivergence(Dataset samples, double[] errors) throws OrtException, ModelLoadException {
            double[] kl = LatentSpace.divergences(model, code, samples);
            double[] loss = new double[errors.length];
            for (int i = 0; i < loss.length; i++) {
                loss[i] = code.reconstructionWeight() * errors[i] + code.klWeight() * kl[i];
            }
            return new double[][] {loss, kl};
        }
    }

    /** {@code scores} with the likelihood ratio appended where there is a background: its loss less the model's (higher: more in-distribution). */
    private static double[][] withRatio(double[][] scores, Likelihood own, Likelihood background, Dataset samples, double[] errors)
            throws OrtException, ModelLoadException {
        if (background == null) {
            return scores;
        }
        // The model's own: its error, or its loss as trained, which its scores already hold negated (the ELBO's).
        double[] mine = own.code() == null ? errors : negated(scores[1]);
        double[] theirs = background.negativeLog(samples);
        double[] ratio = new double[mine.length];
        for (int i = 0; i < ratio.length; i++) {
            ratio[i] = theirs[i] - mine[i];
        }
        double[][] all = Arrays.copyOf(scores, scores.length + 1);
        all[scores.length] = ratio;
        return all;
    }

    private static double[] errors(byte[] model, Dataset data) throws OrtException, ModelLoadException {
        return ReconstructionScores.score(model, data, data).scores();
    }

    private static Dataset first(Dataset data, int n) {
        return n >= data.size() ? data : data.subset(IntStream.range(0, n).toArray(), "");
    }

    private static double[] negated(double[] values) {
        return Arrays.stream(values).map(v -> -v).toArray();
    }

    private static double mean(double[] values) {
        return Arrays.stream(values).average().orElse(Double.NaN);
    }
}
