package dev.dendrite.cli.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ai.onnx.proto.OnnxMl.ModelProto;
import dev.dendrite.analysis.ensemble.Ensemble;
import dev.dendrite.analysis.ensemble.EnsembleModel;
import dev.dendrite.analysis.ensemble.EnsembleReport;
import dev.dendrite.analysis.ensemble.RegressionEnsemble;
import dev.dendrite.analysis.ensemble.RegressionEnsembleReport;
import dev.dendrite.analysis.ood.OodSets;
import dev.dendrite.cli.Arguments;
import dev.dendrite.cli.Command;
import dev.dendrite.cli.CommandContext;
import dev.dendrite.cli.UsageException;
import dev.dendrite.model.io.AtomicFiles;
import dev.dendrite.train.data.Dataset;
import dev.dendrite.train.run.RunReader;

/**
 * {@code dendrite ensemble RUN_DIR RUN_DIR [...]}: classifiers trained apart scored as one model (their
 * mean probability), beside each member; how they disagree, the ensemble's uncertainty in its parts,
 * selective prediction, other data sets told apart; the ensemble saved as one ONNX model on request.
 */
public final class EnsembleCommand implements Command {

    static final int DEFAULT_SAMPLES = 2000;

    @Override
    public String name() {
        return "ensemble";
    }

    @Override
    public String summary() {
        return "deep ensembles: classifiers trained apart as one model, its gain, disagreement, uncertainty split, selective prediction";
    }

    @Override
    public String usage() {
        return """
                Usage: dendrite ensemble RUN_DIR|MODEL.onnx RUN_DIR|MODEL.onnx [...] [--samples N|all] [--against SET,...|none]
                                        [--save FILE.onnx] [--data SPEC] [--split test|train|validation] [--data-cache DIR] [--json]
                       dendrite ensemble RUN_DIR|MODEL.onnx --mc-dropout T [--seed S] [...the options above but --save]
                Classifiers trained apart (other seeds, other settings, other architectures) predict together by averaging
                their class probabilities: a deep ensemble (Lakshminarayanan et al., 2017), usually more accurate and better
                calibrated than any member. On the first N samples of the split (default 2000) of the first member's data set:
                each member's accuracy, log loss and calibration error beside the ensemble's; the oracle accuracy (some member
                right) and how often members disagree; the ensemble's uncertainty, the entropy of its mean prediction, split
                into the members' mean entropy (aleatoric) and the rest, the mutual information (epistemic: the members'
                disagreement; Depeweg et al., 2018), over all, right and wrong samples; selective prediction (the accuracy on
                the 95%, 90%, 80% and 50% of samples each confidence is surest of, and the area under the risk-coverage curve,
                AURC, lower is better) by the ensemble's maximum probability, negative entropy and negative mutual information,
                and by the first member's maximum probability; and how well each tells other data sets from the split (ROC AUC;
                --against as for dendrite ood; default: the other packaged set, noise and inverted pictures; none for none).
                Regressors (float targets) average their outputs: each member's mean squared and absolute error beside the
                ensemble's, the members' variance about their mean (the ensemble's epistemic uncertainty), Spearman's
                correlation between a sample's variance and its squared error, the error on the 95%, 90%, 80% and 50% of
                samples of least variance; and for one input and one output, the mean and spread along the input over the
                data's span and half as far again each side (`band` in JSON), where the spread should grow away from the data.
                --save FILE.onnx writes the ensemble as one ONNX model (the members side by side on one input, a Softmax after
                each classifier that gives logits, their Mean as the output), checked against the members' mean: evaluate,
                predict and ood read it as any model.
                --mc-dropout T makes the ensemble of one network trained with dropout: T passes with its dropout still on
                (Monte Carlo dropout, Gal and Ghahramani, 2016), each drawing its own masks at the layers' rates (from --seed,
                default 1: the same seed, the same passes). The passes are the members; the network with dropout off (how it
                is normally run) is reported beside them as "model", and its confidence is the one-network baseline.
                Where every member held out the same validation split (MC dropout; runs of one seed and data set), the mean
                prediction's temperature is fitted on it and the split reported once divided by it (JSON temperature; else
                temperatureNote says why not).""";
    }

    @Override
    public int run(CommandContext context, List<String> args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>(ModelTarget.OPTIONS);
        options.put("--samples", "samples");
        options.put("--against", "against");
        options.put("--save", "save");
        options.put("--mc-dropout", "mc-dropout");
        options.put("--seed", "seed");
        Arguments a = Arguments.parse(args, options, Set.of());
        List<String> given = a.positionals();
        Integer asked = TrainCommand.integer(a, "mc-dropout");
        int passes = asked == null ? 0 : asked;
        Integer seed = TrainCommand.integer(a, "seed");
        if (a.option("mc-dropout") != null) {
            if (given.size() != 1) {
                throw new UsageException("--mc-dropout makes an ensemble of one network's dropout passes: give one RUN_DIR or MODEL.onnx, not "
                        + given.size());
            }
            if (passes < 2 || passes > 1000) {
                throw new UsageException("--mc-dropout needs 2 to 1000 passes, is " + passes);
            }
            if (a.option("save") != null) {
                throw new UsageException("--save writes models trained apart as one; MC dropout's passes draw new masks on every run");
            }
        } else if (a.option("seed") != null) {
            throw new UsageException("--seed draws MC dropout's masks: give --mc-dropout T");
        }
        if (given.size() < 2 && passes == 0) {
            throw new UsageException("an ensemble needs two members or more (RUN_DIR or MODEL.onnx), not " + given.size());
        }
        List<String> forTarget = new ArrayList<>(List.of(given.get(0)));
        for (var option : ModelTarget.OPTIONS.entrySet()) {
            if (a.option(option.getValue()) != null) {
                forTarget.add(option.getKey());
                forTarget.add(a.option(option.getValue()));
            }
        }
        Arguments first = Arguments.parse(forTarget, ModelTarget.OPTIONS, Set.of());
        ModelTarget target = ModelTarget.resolve(first, "ensemble");
        Dataset split = target.samples("ensemble");
        List<ModelProto> models = members(given, target, a.option("data") != null);
        ModelProto single = passes == 0 ? null : models.get(0);
        Map<String, Double> rates = single == null ? null : usage(() -> dev.dendrite.analysis.ensemble.McDropout.rates(single, given.get(0)));
        List<ModelProto> members = single == null ? models : usage(() -> dev.dendrite.analysis.ensemble.McDropout.passes(single, rates,
                given.get(0), passes, seed == null ? 1 : seed));
        List<String> names = single == null ? List.copyOf(given) : java.util.stream.IntStream.rangeClosed(1, passes).mapToObj(t -> "pass " + t)
                .toList();
        int samples = ModelTarget.samples(a.option("samples"), split.size(), DEFAULT_SAMPLES);
        if (!split.hasLabels()) {
            if (a.option("against") != null) {
                throw new UsageException("--against tells other data sets by a classifier's confidence; " + target.spec()
                        + " has float targets (the ensemble's spread is its uncertainty)");
            }
            RegressionEnsembleReport regression = target.analyse("ensemble", members.get(0), m -> RegressionEnsemble.evaluate(members, names,
                    split, samples));
            Map<String, Object> json = EnsembleJson.of(target, regression);
            if (single != null) {
                json.put("mcDropout", mcJson(rates, passes, seed == null ? 1 : seed));
            }
            String text = EnsembleJson.text(target, regression, single != null);
            String saved = save(a, target, members, names, split, samples, json);
            context.print(json, saved == null ? text : text + "\n" + saved);
            return 0;
        }
        Map<String, Dataset> others = new LinkedHashMap<>();
        String against = a.option("against");
        List<String> sets = against == null ? OodCommand.defaults(target.spec(), split, -1) : against.equals("none") ? List.of()
                : List.of(against.split(",")).stream().map(String::strip).toList();
        double[] span = OodSets.span(split, samples);
        for (String set : sets) {
            if (others.containsKey(set)) {
                throw new UsageException("--against names " + set + " twice");
            }
            others.put(set, OodCommand.outSet(a, set, target, split, split, -1, span, samples, 0));
        }
        String unscaled = single != null ? null : sharedValidation(given, a.option("data") != null);
        Dataset validation = target.validation() != null && unscaled == null ? target.validation() : null;
        EnsembleReport report = target.analyse("ensemble", members.get(0), m -> Ensemble.evaluate(members, names, split, samples, others,
                single, validation));
        Map<String, Object> json = EnsembleJson.of(target, report);
        if (single != null) {
            json.put("mcDropout", mcJson(rates, passes, seed == null ? 1 : seed));
        }
        String why = report.temperature() != null ? null : unscaled != null ? unscaled : "no validation split to fit a temperature on ("
                + (target.run() == null ? "a model file" : "the run holds none out") + ")";
        json.put("temperatureNote", why);
        String saved = save(a, target, members, names, split, samples, json);
        String text = EnsembleJson.text(target, report) + (why == null ? "" : "\nnot temperature-scaled: " + why);
        context.print(json, saved == null ? text : text + "\n" + saved);
        return 0;
    }

    /**
     * Null where every member is a run that held out the same validation split as the first (the same data, fraction, seed and
     * held-out class), so none trained on the samples a temperature is fitted on; else why not.
     */
    private static String sharedValidation(List<String> given, boolean dataChosen) throws java.io.IOException {
        if (dataChosen) {
            return "--data names another data set than the runs trained on";
        }
        Map<String, Object> first = null;
        for (String member : given) {
            Path path = Path.of(member);
            if (!Files.isDirectory(path)) {
                return member + " is a model file: which samples it trained on is unknown";
            }
            Map<String, Object> config = RunReader.readWithoutMetrics(path).config();
            Map<String, Object> split = new LinkedHashMap<>();
            for (String key : List.of("dataset", "validationFraction", "seed", "heldOutClass")) {
                split.put(key, config.get(key));
            }
            if (first == null) {
                first = split;
            } else if (!first.equals(split)) {
                return "the members held out different validation splits (other seeds), so each trained on samples another holds out";
            }
        }
        return null;
    }

    /** MC dropout's work on a model, a problem with it (no dropout layer, no embedded network) as a usage error. */
    private static <T> T usage(java.util.function.Supplier<T> work) throws UsageException {
        try {
            return work.get();
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static Map<String, Object> mcJson(Map<String, Double> rates, int passes, long seed) {
        Map<String, Object> mc = new LinkedHashMap<>();
        mc.put("passes", passes);
        mc.put("seed", seed);
        mc.put("rates", rates);
        return mc;
    }

    /** The members' models, each read once; a run trained on another data set than the first (unless --data chooses one) is refused. */
    private static List<ModelProto> members(List<String> given, ModelTarget target, boolean dataChosen) throws UsageException,
            java.io.IOException {
        List<Path> files = new ArrayList<>();
        List<ModelProto> members = new ArrayList<>();
        for (String member : given) {
            Path path = Path.of(member);
            Path file = ModelTarget.modelFile(path, "");
            if (Files.isDirectory(path) && !dataChosen) {
                Object dataset = RunReader.readWithoutMetrics(path).config().get("dataset");
                if (dataset instanceof String spec && !spec.equals(target.spec())) {
                    throw new UsageException(path + " trained on " + spec + ", " + given.get(0) + " on " + target.spec()
                            + ": an ensemble's members read one data set (--data chooses it)");
                }
            }
            if (files.contains(file)) {
                throw new UsageException(member + " is named twice: an ensemble's members are distinct models");
            }
            files.add(file);
            try {
                members.add(ModelProto.parseFrom(Files.readAllBytes(file)));
            } catch (com.google.protobuf.InvalidProtocolBufferException e) {
                throw new UsageException(file + " is not an ONNX model: " + e.getMessage());
            }
        }
        return members;
    }

    /** {@code --save FILE.onnx}: the merged model written and checked; its line of text, or null where not asked. */
    private static String save(Arguments a, ModelTarget target, List<ModelProto> members, List<String> names, Dataset split, int samples,
            Map<String, Object> json) throws Exception {
        if (a.option("save") == null) {
            return null;
        }
        Path file = Path.of(a.option("save"));
        var merged = target.analyse("ensemble", members.get(0), m -> EnsembleModel.checked(members, names, split, samples));
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        AtomicFiles.write(file, merged.model().toByteArray());
        json.put("saved", file.toString());
        json.put("savedDifference", merged.difference());
        return String.format(java.util.Locale.ROOT, "the ensemble saved as %s (one ONNX model; its outputs within %.1e of the members' mean)", file,
                merged.difference());
    }
}
