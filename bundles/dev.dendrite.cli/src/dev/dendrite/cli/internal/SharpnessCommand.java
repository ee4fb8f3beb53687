package dev.dendrite.cli.internal;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.dendrite.analysis.landscape.HessianSpectrum;
import dev.dendrite.analysis.landscape.Sharpness;
import dev.dendrite.cli.Arguments;
import dev.dendrite.cli.Command;
import dev.dendrite.cli.CommandContext;
import dev.dendrite.cli.UsageException;
import dev.dendrite.model.network.Network;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.train.config.TrainingConfig;
import dev.dendrite.train.run.ParameterGradients;
import dev.dendrite.train.run.RunReader;
import dev.dendrite.train.run.RunRecord;
import dev.dendrite.train.run.TrainingException;

/**
 * {@code dendrite sharpness RUN_DIR}: the curvature of the training loss at a run's final weights ({@link Sharpness}): the
 * Hessian's top eigenvalue and trace, beside the edge of stability its learning rate allows.
 */
public final class SharpnessCommand implements Command {

    @Override
    public String name() {
        return "sharpness";
    }

    @Override
    public String summary() {
        return "the Hessian's top eigenvalue and trace at a run's weights, beside its learning rate's edge of stability: sharpness RUN_DIR";
    }

    @Override
    public String usage() {
        return """
                Usage: dendrite sharpness RUN_DIR [--samples N] [--iterations K] [--probes P] [--seed S] [--split train|test|validation]
                                          [--spectrum [--lanczos M] [--spectrum-probes V]]
                                          [--network FILE.dnet] [--data SPEC] [--data-cache DIR] [--json]
                The curvature of the training loss (the train step's: training mode, layer penalties included, one fixed draw
                of dropout) at a finished run's final weights, over the first --samples samples (default 2000) of a split
                (default train), in the space of its weight matrices and kernels (biases and normalisation held): the
                Hessian's largest eigenvalue by K steps of power iteration (default 20) and its trace by Hutchinson's
                estimator over P random sign vectors (default 10), each step one Hessian-vector product taken as a central
                difference of two gradients. For a run trained by SGD at rate η with momentum β it prints the edge of
                stability 2(1 + β)/η: gradient descent cannot settle where the top eigenvalue is higher (Cohen et al.,
                2021); adaptive optimizers (Adam, RMSProp) precondition the Hessian, so no such line applies to them.
                --spectrum: the Hessian's eigenvalue density by stochastic Lanczos quadrature (Ghorbani et al., 2019): V runs
                (default 3) of M Lanczos steps (default 60) from random sign vectors, each step one Hessian-vector product, the
                Ritz values and their weights smoothed by a Gaussian; printed are the first run's largest Ritz values (the
                outliers, about one per class for a trained classifier, Papyan 2019) with how many have settled, the density
                goes to RUN_DIR/landscape/spectrum.csv.
                The numbers are kept in RUN_DIR/landscape/sharpness.json (the Loss Landscape view shows them).""";
    }

    @Override
    public int run(CommandContext context, List<String> args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>(ModelTarget.OPTIONS);
        for (String option : List.of("samples", "iterations", "probes", "seed", "network", "lanczos", "spectrum-probes")) {
            options.put("--" + option, option);
        }
        Arguments a = Arguments.parse(args, options, Set.of("--spectrum"));
        if (!a.flag("spectrum") && (a.option("lanczos") != null || a.option("spectrum-probes") != null)) {
            throw new UsageException("--lanczos and --spectrum-probes go with --spectrum");
        }
        int lanczos = a.option("lanczos") != null ? TrainCommand.integer(a, "lanczos") : 60;
        int spectrumProbes = a.option("spectrum-probes") != null ? TrainCommand.integer(a, "spectrum-probes") : 3;
        if (lanczos < 2 || spectrumProbes < 1) {
            throw new UsageException("--lanczos needs 2 or more steps and --spectrum-probes 1 or more runs, not " + lanczos + " and "
                    + spectrumProbes);
        }
        ModelTarget target = ModelTarget.resolve(a, "sharpness", "train");
        if (target.run() == null) {
            throw new UsageException("sharpness reads a run directory (its final weights, network and data), not a model file");
        }
        Path run = target.run();
        RunRecord record = RunReader.readWithoutMetrics(run);
        Network network = LandscapeCommand.network(a, record);
        Weights weights = LandscapeCommand.finalWeights(run, "");
        int samples = a.option("samples") != null ? TrainCommand.integer(a, "samples") : 2000;
        int iterations = a.option("iterations") != null ? TrainCommand.integer(a, "iterations") : 20;
        int probes = a.option("probes") != null ? TrainCommand.integer(a, "probes") : 10;
        long seed = a.option("seed") != null ? TrainCommand.integer(a, "seed") : 1;
        if (samples < 1 || iterations < 1 || probes < 0) {
            throw new UsageException("--samples and --iterations must be at least 1 and --probes at least 0, not " + samples + ", "
                    + iterations + " and " + probes);
        }
        double recordedSeed = record.setting("seed");
        double recordedBatch = record.setting("batchSize");
        // The run's batch size: batch normalisation's statistics, and so the loss, depend on it.
        TrainingConfig config = TrainingConfig.from(network).with(target.spec(), null, Double.isNaN(recordedBatch) ? null : (int) recordedBatch,
                null, null, Double.isNaN(recordedSeed) ? null : (long) recordedSeed, null);
        Sharpness.Result result;
        HessianSpectrum spectrum = null;
        try (ParameterGradients gradients = ParameterGradients.open(network, config, weights, target.source(), samples, target.unrolled())) {
            result = Sharpness.measure(gradients, iterations, probes, seed, () -> false);
            if (a.flag("spectrum")) {
                spectrum = HessianSpectrum.measure(gradients, lanczos, spectrumProbes, seed, () -> false);
            }
            samples = gradients.samples();
        } catch (IllegalArgumentException e) {
            throw new UsageException(run + ": " + e.getMessage());
        } catch (TrainingException e) {
            throw ExperimentSupport.failure(e, " (" + run + ")");
        }
        String optimizer = record.config().get("optimizer") instanceof String o ? o : null;
        double rate = record.setting("learningRate");
        double momentum = Double.isNaN(record.setting("momentum")) ? 0 : record.setting("momentum");
        Double edge = "sgd".equals(optimizer) ? dev.dendrite.analysis.landscape.SharpnessTracker.edgeOfStability(
                dev.dendrite.model.network.OptimizerKind.SGD, rate, momentum) : null;
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("run", run.toString());
        json.put("dataset", target.spec());
        json.put("split", target.split());
        json.put("samples", samples);
        json.put("weights", result.weights());
        json.put("topEigenvalue", result.topEigenvalue());
        json.put("iterations", java.util.Arrays.stream(result.iterations()).boxed().toList());
        json.put("trace", Double.isNaN(result.trace()) ? null : result.trace());
        json.put("traceError", Double.isNaN(result.traceError()) ? null : result.traceError());
        json.put("probes", probes);
        json.put("optimizer", optimizer);
        json.put("learningRate", Double.isNaN(rate) ? null : rate);
        json.put("edgeOfStability", edge);
        Path spectrumCsv = null;
        if (spectrum != null) {
            Map<String, Object> spectral = new LinkedHashMap<>();
            spectral.put("ritzValues", java.util.Arrays.stream(spectrum.values()).boxed().toList());
            spectral.put("residuals", java.util.Arrays.stream(spectrum.residuals()).boxed().toList());
            spectral.put("converged", spectrum.converged());
            spectral.put("steps", spectrum.steps());
            spectral.put("probes", spectrum.probes());
            spectral.put("sigma", spectrum.sigma());
            spectral.put("grid", java.util.Arrays.stream(spectrum.grid()).boxed().toList());
            spectral.put("density", java.util.Arrays.stream(spectrum.density()).boxed().toList());
            json.put("spectrum", spectral);
            spectrumCsv = dev.dendrite.analysis.landscape.LandscapeCsv.spectrumFile(run);
            dev.dendrite.analysis.landscape.LandscapeCsv.write(spectrum, spectrumCsv);
            json.put("spectrumCsv", spectrumCsv.toString());
        } else {
            json.put("spectrum", null);
        }
        // Kept beside the run's landscapes, which the Loss Landscape view shows again.
        Path kept = dev.dendrite.analysis.landscape.LandscapeCsv.sharpnessFile(run);
        java.nio.file.Files.createDirectories(kept.getParent());
        dev.dendrite.model.io.AtomicFiles.write(kept, dev.dendrite.train.run.RunJson.document(json).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        json.put("json", kept.toString());
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "curvature of the training loss at %s's final weights: the first %d "
                + "samples of the %s split of %s, %,d weights (biases and normalisation held)%n", run, samples, target.split(), target.spec(),
                result.weights()));
        text.append(String.format(Locale.ROOT, "Hessian's top eigenvalue %s (power iteration, %d steps, last change %.1f%%)%n",
                RunRecord.significant(result.topEigenvalue()), result.iterations().length, 100 * result.change()));
        if (!Double.isNaN(result.trace())) {
            text.append(String.format(Locale.ROOT, "trace %s%s (Hutchinson, %d probes)%n", RunRecord.significant(result.trace()),
                    Double.isNaN(result.traceError()) ? "" : " ± " + RunRecord.significant(result.traceError()), probes));
        }
        text.append(edge != null ? String.format(Locale.ROOT, "trained by SGD at rate %s with momentum %s: the edge of stability 2(1 + β)/η is %s, "
                + "the top eigenvalue %s of it", RunRecord.significant(rate), RunRecord.significant(momentum), RunRecord.significant(edge),
                String.format(Locale.ROOT, "%.0f%%", 100 * result.topEigenvalue() / edge))
                : "trained by " + (optimizer == null ? "an unrecorded optimizer" : optimizer) + ": an adaptive optimizer's stability concerns "
                        + "its preconditioned Hessian, so no 2/η line applies");
        if (spectrum != null) {
            int shown = Math.min(12, spectrum.values().length);
            text.append(String.format(Locale.ROOT, "%nspectrum (stochastic Lanczos quadrature, %d %s of %d steps): the largest Ritz values ", spectrum
                    .probes(), spectrum.probes() == 1 ? "run" : "runs", spectrum.steps()));
            for (int k = 0; k < shown; k++) {
                text.append(k == 0 ? "" : ", ").append(RunRecord.significant(spectrum.values()[k]));
            }
            text.append(String.format(Locale.ROOT, "; %d of the first run's %d settled (residual under 1%%); density in %s", spectrum.converged(),
                    spectrum.values().length, spectrumCsv));
        }
        context.print(json, text.toString());
        return 0;
    }
}
