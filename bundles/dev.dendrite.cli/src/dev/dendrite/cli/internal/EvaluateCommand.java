package dev.dendrite.cli.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import ai.onnxruntime.OrtException;
import dev.dendrite.analysis.evaluation.ClassificationReport;
import dev.dendrite.analysis.evaluation.Evaluation;
import dev.dendrite.analysis.evaluation.McNemar;
import dev.dendrite.analysis.evaluation.ModelEvaluation;
import dev.dendrite.analysis.evaluation.ReconstructionReport;
import dev.dendrite.analysis.evaluation.RegressionReport;
import dev.dendrite.analysis.evaluation.SequenceReport;
import dev.dendrite.analysis.evaluation.TemperatureScaling;
import dev.dendrite.analysis.prediction.ClassNames;
import dev.dendrite.cli.Arguments;
import dev.dendrite.cli.Command;
import dev.dendrite.cli.CommandContext;
import dev.dendrite.cli.CommandFailedException;
import dev.dendrite.cli.UsageException;
import dev.dendrite.runtime.ModelLoadException;
import dev.dendrite.train.data.Dataset;

/**
 * {@code dendrite evaluate RUN_DIR|MODEL.onnx}: a trained model on the test (or training) split of
 * a data set: for classifiers accuracy, top-k accuracy, log loss, per-class precision, recall and
 * F1, the confusion matrix, the most frequent confusions and the calibration error; for regression
 * models MSE, RMSE, MAE and R². A run directory's evaluation stays in it as {@code evaluation-SPLIT.json}.
 */
public final class EvaluateCommand implements Command {

    @Override
    public String name() {
        return "evaluate";
    }

    @Override
    public String summary() {
        return "a trained model's accuracy, per-class precision/recall/F1, confusion matrix and calibration (or MSE, MAE, R²): evaluate RUN_DIR";
    }

    @Override
    public String usage() {
        return """
                Usage: dendrite evaluate RUN_DIR|MODEL.onnx [--data SPEC] [--split test|train|validation] [--against RUN_DIR|MODEL.onnx]
                                        [--tta shift:P,flip,cutout:P] [--tta-draws N] [--data-cache DIR] [--json]
                Runs a trained model (a run directory's model.onnx, or any ONNX model of one input) over every sample of
                the data set's test split (--split train: the training samples, validation included; --split validation: a
                run's validation split, cut as its trainer cut it) and scores it.
                Classifiers (data with class labels): accuracy, top-5 accuracy (top-2 for 3-5 classes), the mean log
                loss, balanced accuracy, macro and support-weighted F1, each class's precision, recall, F1, samples and
                predictions, the confusion matrix (rows: actual class, columns: predicted), the ten most frequent
                confusions, the misclassified samples (most confident first, up to 1,000) and the expected calibration error over 15 confidence bins (with the bins, for a
                reliability diagram). Outputs that are probabilities (rows in [0, 1] summing to 1) are read as they
                are, others as logits through a softmax; a single output as a binary classifier's.
                Regression models (float targets): mean squared error, its root, mean absolute error and R², over all
                outputs and for each.
                On a run's test split, a classifier also gets temperature scaling: the one divisor of its logits that
                minimises the log loss on the run's validation split (which it did not train on), and the test
                calibration error and log loss once divided by it (predictions do not change).
                --data: the data set (SPEC as for train); default for a run directory: the one it trained on.
                --against: a second classifier on the same samples, and McNemar's exact test of whether the two
                accuracies differ by more than chance (it counts the samples only one of them gets right).
                --tta SPEC: test-time augmentation: a classifier of pictures also runs over N (--tta-draws, default 4)
                copies changed as train --augment changes them (the same draws for every model), and each sample's class
                probabilities are averaged over the pictures and their copies; the report is of the averages, and says
                the accuracy without them. It is not kept in the run directory, whose evaluation stays the plain one.
                In a run directory the evaluation is also written to evaluation-SPLIT.json, which the Evaluation view
                shows. Graph data sets (graphs: and the synthetic graph sets) are scored per node or per graph, as
                their labels are. Sequence data sets (sequences:, text: and the synthetic sequence tasks) are scored
                per real step or per sequence, as their targets are (padding never counts), and again by position
                and by sequence length; where a model input is the target shifted by one step (teacher forcing),
                greedy decoding (each prediction fed back) is scored beside it, by position too. Batches are padded
                to the longest sequence of the data set, as the trainer unrolls them.""";
    }

    @Override
    public int run(CommandContext context, List<String> args) throws Exception {
        java.util.Map<String, String> options = new java.util.HashMap<>(ModelTarget.OPTIONS);
        options.put("--against", "against");
        options.put("--tta", "tta");
        options.put("--tta-draws", "tta-draws");
        Arguments a = Arguments.parse(args, options, Set.of());
        dev.dendrite.analysis.evaluation.TestTimeAugmentation tta = testTimeAugmentation(a);
        ModelTarget target = ModelTarget.resolve(a, "evaluate");
        Path model = target.model();
        String spec = target.spec();
        String split = target.split();
        Dataset data = target.data();
        var graphs = target.source() instanceof dev.dendrite.train.data.GraphDataset g ? g : null;
        boolean runDirectory = target.run() != null;
        Path against = a.option("against") == null ? null : ModelTarget.modelFile(Path.of(a.option("against")), "--against ");
        var sequences = target.sequences();
        if (against != null && (graphs != null || sequences != null || !data.hasLabels())) {
            throw new UsageException("--against compares classifiers of vectors or images; " + spec + (graphs != null ? " holds graphs"
                    : sequences != null ? " holds sequences" : " has float targets"));
        }
        if (tta != null && (graphs != null || sequences != null)) {
            throw new UsageException("--tta changes pictures; " + spec + (graphs != null ? " holds graphs" : " holds sequences"));
        }
        Evaluation evaluation;
        ModelEvaluation.Result evaluated = null;
        try {
            if (sequences != null) {
                evaluation = ModelEvaluation.evaluateSequences(Files.readAllBytes(model), model.toString(), sequences, target.unrolled(), spec,
                        split);
            } else if (graphs != null) {
                evaluation = ModelEvaluation.evaluateGraphs(Files.readAllBytes(model), model.toString(), graphs, spec, split);
            } else {
                evaluated = ModelEvaluation.evaluate(Files.readAllBytes(model), model.toString(), data, spec, split, target.validation(), tta);
                evaluation = evaluated.evaluation();
            }
        } catch (IllegalArgumentException e) {
            throw new UsageException(model + " on " + spec + ": " + e.getMessage());
        } catch (ModelLoadException e) {
            throw new UsageException(model + " cannot be loaded: " + e.getMessage());
        } catch (OrtException e) {
            throw new CommandFailedException("the model failed on " + spec + ": " + e.getMessage());
        }
        McNemar comparison = null;
        if (against != null && evaluation.reconstruction() != null) {
            throw new UsageException("--against compares classifiers; " + model + " reconstructs its input (an autoencoder)");
        }
        if (against != null) {
            try {
                comparison = ModelEvaluation.compare(evaluated, Files.readAllBytes(against), against.toString(), data);
            } catch (IllegalArgumentException e) {
                throw new UsageException(against + " on " + spec + ": " + e.getMessage());
            } catch (ModelLoadException e) {
                throw new UsageException(against + " cannot be loaded: " + e.getMessage());
            } catch (OrtException e) {
                throw new CommandFailedException("the model failed on " + spec + ": " + e.getMessage());
            }
        }
        // The kept evaluation is the plain one the Evaluation view shows: averages over augmented copies would pass for it.
        if (runDirectory && tta == null) {
            evaluation.write(target.run().resolve(Evaluation.fileName(split)));
        }
        if (context.json()) {
            java.util.Map<String, Object> more = new java.util.LinkedHashMap<>();
            more.put("classNames", evaluation.classification() == null ? List.of() : ClassNames.of(spec, evaluation.classification()
                    .classCount()));
            if (comparison != null) {
                more.put("comparison", comparisonJson(against, comparison));
            }
            if (tta != null) {
                java.util.Map<String, Object> augmented = new java.util.LinkedHashMap<>();
                augmented.put("augment", tta.augmentation().spec());
                augmented.put("draws", tta.draws());
                augmented.put("accuracyWithout", evaluated.plainAccuracy());
                more.put("testTimeAugmentation", augmented);
            }
            context.out().println(evaluation.toJsonLine(more));
        } else {
            String text = EvaluationText.of(evaluation, runDirectory && tta == null ? target.run().resolve(Evaluation.fileName(split)) : null);
            if (target.source() instanceof dev.dendrite.train.data.GraphDataset nodeGraphs && nodeGraphs.nodeLabels()) {
                text = nodesNamed(text, nodeGraphs);
            }
            if (tta != null) {
                text += String.format(java.util.Locale.ROOT, "%ntest-time augmentation: probabilities averaged over the pictures and %d %s "
                        + "of %s; accuracy %.2f%% without, %.2f%% with", tta.draws(), tta.draws() == 1 ? "draw" : "draws", tta.augmentation().spec(),
                        100 * evaluated.plainAccuracy(),
                        100 * evaluation.classification().accuracy());
            }
            context.out().println(comparison == null ? text : text + "\n" + comparisonText(against, comparison));
        }
        return 0;
    }

    private static dev.dendrite.analysis.evaluation.TestTimeAugmentation testTimeAugmentation(Arguments a) throws UsageException {
        if (a.option("tta") == null) {
            if (a.option("tta-draws") != null) {
                throw new UsageException("--tta-draws belongs to test-time augmentation: add --tta SPEC");
            }
            return null;
        }
        Integer draws = TrainCommand.integer(a, "tta-draws");
        try {
            return new dev.dendrite.analysis.evaluation.TestTimeAugmentation(dev.dendrite.train.data.Augmentation.parse(a.option("tta")),
                    draws == null ? 4 : draws, 0);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--tta: " + e.getMessage());
        }
    }

    private static java.util.Map<String, Object> comparisonJson(Path against, McNemar m) {
        java.util.Map<String, Object> json = new java.util.LinkedHashMap<>();
        json.put("against", against.toString());
        json.put("accuracy", m.accuracy());
        json.put("againstAccuracy", m.otherAccuracy());
        json.put("onlyThisRight", m.onlyFirstRight());
        json.put("onlyAgainstRight", m.onlyOtherRight());
        json.put("pValue", m.pValue());
        json.put("significant", m.significant());
        return json;
    }

    private static String comparisonText(Path against, McNemar m) {
        return String.format(Locale.ROOT, "against %s: accuracy %.2f%% and %.2f%%; only this model right on %d samples, only the other on %d;"
                + " McNemar's exact p = %.3g: %s at %.2f", against, 100 * m.accuracy(), 100 * m.otherAccuracy(), m.onlyFirstRight(),
                m.onlyOtherRight(), m.pValue(), m.significant() ? "the accuracies differ" : "no significant difference", McNemar.LEVEL);
    }

    /** A node classifier's mistakes with their graph and node beside the sample number ("sample 148 (graph 3, node 28)"). */
    static String nodesNamed(String text, dev.dendrite.train.data.GraphDataset graphs) {
        StringBuilder named = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("most confident mistakes:")) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("sample (\\d+):").matcher(line);
                StringBuilder out = new StringBuilder();
                while (m.find()) {
                    int[] at = dev.dendrite.analysis.evaluation.GraphSaliency.locate(graphs, Integer.parseInt(m.group(1)));
                    m.appendReplacement(out, "sample " + m.group(1) + " (graph " + at[0] + ", node " + at[1] + "):");
                }
                m.appendTail(out);
                line = out.toString();
            }
            named.append(named.isEmpty() ? "" : "\n").append(line);
        }
        return named.toString();
    }

    /** The human-readable report. */
    static final class EvaluationText {

        private EvaluationText() {
        }

        static String of(Evaluation evaluation, Path written) {
            StringBuilder text = new StringBuilder();
            if (evaluation.classification() != null) {
                classification(evaluation, evaluation.classification(), text);
            } else if (evaluation.reconstruction() != null) {
                reconstruction(evaluation, evaluation.reconstruction(), text);
            } else {
                regression(evaluation, evaluation.regression(), text);
            }
            if (evaluation.sequence() != null) {
                SequenceEvaluationText.append(evaluation.sequence(), text);
            }
            if (written != null) {
                text.append("written to ").append(written).append('\n');
            }
            return text.toString().stripTrailing();
        }

        private static void classification(Evaluation e, ClassificationReport c, StringBuilder text) {
            List<String> names = ClassNames.of(e.dataset(), c.classCount());
            java.util.function.IntFunction<String> name = label -> label < names.size() ? names.get(label) : String.valueOf(label);
            boolean steps = e.sequence() != null && SequenceReport.PER_STEP.equals(e.sequence().unit());
            text.append(String.format(Locale.ROOT, "%s on the %s split of %s: %,d %s, %d classes%n", e.model(), e.split(), e.dataset(),
                    c.samples(), steps ? "steps" : "samples", c.classCount()));
            text.append(String.format(Locale.ROOT, "accuracy %s%s, log loss %.4f, balanced accuracy %s, macro F1 %.4f, weighted F1 %.4f%n",
                    percent(c.accuracy()), c.topK() == 0 ? "" : ", top-" + c.topK() + " " + percent(c.topKAccuracy()), c.logLoss(),
                    percent(c.balancedAccuracy()), c.macroF1(), c.weightedF1()));
            text.append(String.format(Locale.ROOT, "expected calibration error %.4f (%d confidence bins)%n", c.calibrationError(),
                    ClassificationReport.BINS));
            TemperatureScaling t = e.temperatureScaling();
            if (t != null) {
                text.append(String.format(Locale.ROOT, "temperature scaling fitted on the run's validation split: T = %.3f (%s%s); calibration"
                        + " error %.4f → %.4f, log loss %.4f → %.4f, predictions unchanged%n", t.temperature(), t.temperature() > 1
                                ? "the model was over-confident" : "the model was under-confident", t.atEdge()
                                        ? ", at the edge of the range searched: the validation loss still fell there" : "",
                        c.calibrationError(), t.calibrationError(), c.logLoss(), t.logLoss()));
            }
            String named = names.isEmpty() ? "" : "%-12s ";
            text.append(String.format(Locale.ROOT, "%-7s " + named + "%10s %10s %10s %9s %10s%n", names.isEmpty() ? new Object[] {"class", "precision",
                "recall", "F1", "samples", "predicted"} : new Object[] {"class", "name", "precision", "recall", "F1", "samples", "predicted"}));
            for (ClassificationReport.ClassScores s : c.classes()) {
                Object[] cells = {s.label(), fraction(s.precision()), fraction(s.recall()), fraction(s.f1()), s.support(), s.predicted()};
                if (!names.isEmpty()) {
                    cells = new Object[] {s.label(), name.apply(s.label()), cells[1], cells[2], cells[3], cells[4], cells[5]};
                }
                text.append(String.format(Locale.ROOT, "%-7d " + named + "%10s %10s %10s %9d %10d%n", cells));
            }
            if (c.classCount() <= 20) {
                text.append("confusion matrix (rows: actual, columns: predicted)\n");
                int width = Math.max(4, String.valueOf(c.samples()).length() + 1);
                text.append(" ".repeat(7));
                for (int p = 0; p < c.classCount(); p++) {
                    text.append(String.format(Locale.ROOT, "%" + width + "d", p));
                }
                text.append('\n');
                for (int actual = 0; actual < c.classCount(); actual++) {
                    text.append(String.format(Locale.ROOT, "%-7d", actual));
                    for (int count : c.confusion()[actual]) {
                        text.append(String.format(Locale.ROOT, "%" + width + "d", count));
                    }
                    text.append('\n');
                }
            }
            if (c.confusions().isEmpty()) {
                text.append("no sample confused\n");
            } else {
                text.append("most confused:");
                for (ClassificationReport.Confusion cell : c.confusions().subList(0, Math.min(5, c.confusions().size()))) {
                    text.append(String.format(Locale.ROOT, " %s as %s %d× (%.1f%%);", name.apply(cell.actual()), name.apply(cell.predicted()),
                            cell.count(), 100 * cell.share()));
                }
                text.setLength(text.length() - 1);
                text.append('\n');
                text.append("most confident mistakes:");
                int[] positions = steps ? e.sequence().mistakePositions() : new int[0];
                for (int i = 0; i < Math.min(5, c.mistakes().size()); i++) {
                    ClassificationReport.Mistake m = c.mistakes().get(i);
                    text.append(String.format(Locale.ROOT, " %s: %s read as %s (%.1f%%);", i < positions.length ? "sequence " + m.sample()
                            + " step " + positions[i] : "sample " + m.sample(), name.apply(m.actual()), name.apply(m.predicted()),
                            100 * m.confidence()));
                }
                text.setLength(text.length() - 1);
                text.append('\n');
            }
        }

        private static void reconstruction(Evaluation e, ReconstructionReport r, StringBuilder text) {
            text.append(String.format(Locale.ROOT, "%s on the %s split of %s: %,d samples reconstructed (an autoencoder)%n", e.model(), e.split(),
                    e.dataset(), r.samples()));
            text.append(String.format(Locale.ROOT, "reconstruction error (mean squared, per value) %.6g, PSNR %.2f dB%n", r.meanSquaredError(),
                    r.psnr()));
            if (!r.classes().isEmpty()) {
                text.append(String.format(Locale.ROOT, "%-7s %9s %12s %10s%n", "class", "samples", "mean error", "ROC AUC"));
                for (ReconstructionReport.ClassErrors c : r.classes()) {
                    text.append(String.format(Locale.ROOT, "%-7d %9d %12.6g %10s%n", c.label(), c.samples(), c.meanError(), fraction(c.auc())));
                }
                text.append("(ROC AUC: how well the errors alone tell the class from the others, as an anomaly; 0.5 is chance)\n");
            }
            text.append("worst reconstructed:");
            for (ReconstructionReport.Worst w : r.worst().subList(0, Math.min(5, r.worst().size()))) {
                text.append(String.format(Locale.ROOT, " sample %d%s (%.4g);", w.sample(), w.label() >= 0 ? ", a " + w.label() : "", w.error()));
            }
            text.setLength(text.length() - 1);
            text.append('\n');
        }

        private static void regression(Evaluation e, RegressionReport r, StringBuilder text) {
            boolean steps = e.sequence() != null && SequenceReport.PER_STEP.equals(e.sequence().unit());
            text.append(String.format(Locale.ROOT, "%s on the %s split of %s: %,d %s, %d output(s)%s%n", e.model(), e.split(), e.dataset(),
                    r.samples(), steps ? "steps" : "samples", r.outputs().size(), steps ? " per step" : ""));
            text.append(String.format(Locale.ROOT, "MSE %.6g, RMSE %.6g, MAE %.6g, R² %s%n", r.meanSquaredError(), r.rootMeanSquaredError(),
                    r.meanAbsoluteError(), fraction(r.r2())));
            if (r.outputs().size() > 1 && r.outputs().size() <= 20) {
                text.append(String.format(Locale.ROOT, "%-7s %12s %12s %8s%n", "output", "MSE", "MAE", "R²"));
                for (RegressionReport.OutputScores s : r.outputs()) {
                    text.append(String.format(Locale.ROOT, "%-7d %12.6g %12.6g %8s%n", s.index(), s.meanSquaredError(), s.meanAbsoluteError(),
                            fraction(s.r2())));
                }
            }
        }

        private static String percent(double value) {
            return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.2f%%", 100 * value);
        }

        private static String fraction(double value) {
            return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.4f", value);
        }
    }
}
