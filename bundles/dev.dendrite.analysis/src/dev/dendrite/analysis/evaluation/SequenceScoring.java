package dev.dendrite.analysis.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import dev.dendrite.train.data.Field;
import dev.dendrite.train.run.GreedyDecoding;
import dev.dendrite.train.run.SequenceOutputs;

/**
 * Collects a sequence model's outputs batch by batch ({@link SequenceOutputs}) and scores them:
 * every real step (or every sequence) into one classification or regression report, and the same
 * predictions again by position and by length ({@link SequenceReport}). Padded steps are never
 * scored: a sample's steps are its target's real steps.
 */
final class SequenceScoring {

    private final Field target;
    private final boolean classes;
    private final boolean perStep;
    /** Values per prediction: classes (1 for a binary classifier's single output), or a target's values. */
    private int width = -1;
    private int count;
    private int sequences;
    private float[] outputs = new float[1024];
    private float[] targets = new float[1024];
    private int[] labels = new int[1024];
    private int[] sequenceOf = new int[1024];
    private int[] positionOf = new int[1024];
    private int[] lengthOf = new int[1024];

    SequenceScoring(Field target) {
        this.target = target;
        this.classes = target.type() == Field.ElementType.INT64;
        this.perStep = target.fixedSize() < 0;
        if (target.type() == Field.ElementType.BOOL) {
            throw new IllegalArgumentException("the target " + target.name() + " is boolean: evaluate reads class ids or float values");
        }
    }

    void add(SequenceOutputs.Batch batch) {
        long[] shape = batch.targets().shape();
        int steps = perStep ? (int) shape[1] : 1;
        long perRow = 1;
        for (int d = 1; d < batch.outputShape().length; d++) {
            perRow *= batch.outputShape()[d];
        }
        int targetWidth = perStep ? (int) (batch.targets().length() / batch.rows() / steps) : (int) target.fixedSize();
        if (perRow % steps != 0) {
            throw new IllegalArgumentException("the model gives " + perRow + " values per sequence, which is not one prediction for each of the "
                    + steps + " steps of " + target.name());
        }
        int w = (int) (perRow / steps);
        if (classes && targetWidth != 1) {
            throw new IllegalArgumentException("the target " + target.name() + " has " + targetWidth + " class ids per " + (perStep ? "step" : "sequence")
                    + ": evaluate reads one");
        }
        if (!classes && w != targetWidth) {
            throw new IllegalArgumentException("the model gives " + w + " value(s) per " + (perStep ? "step" : "sequence") + " where " + target.name()
                    + " has " + targetWidth);
        }
        if (width >= 0 && w != width) {
            throw new IllegalArgumentException("the model gives " + w + " values per prediction in one batch and " + width + " in another");
        }
        width = w;
        for (int r = 0; r < batch.rows(); r++) {
            int real = perStep ? Math.min(steps, batch.targetSteps()[r]) : 1;
            for (int s = 0; s < real; s++) {
                grow(count + 1);
                int at = (r * steps + s);
                System.arraycopy(batch.outputs(), at * w, outputs, count * w, w);
                if (classes) {
                    labels[count] = (int) batch.targets().longs()[at];
                } else {
                    System.arraycopy(batch.targets().floats(), at * w, targets, count * w, w);
                }
                sequenceOf[count] = batch.samples()[r];
                positionOf[count] = s;
                lengthOf[count] = batch.lengths()[r];
                count++;
            }
        }
        sequences += batch.rows();
    }

    private void grow(int needed) {
        if (labels.length < needed) {
            int size = Math.max(needed, labels.length * 2);
            labels = java.util.Arrays.copyOf(labels, size);
            sequenceOf = java.util.Arrays.copyOf(sequenceOf, size);
            positionOf = java.util.Arrays.copyOf(positionOf, size);
            lengthOf = java.util.Arrays.copyOf(lengthOf, size);
        }
        int values = needed * Math.max(1, width);
        if (outputs.length < values) {
            outputs = java.util.Arrays.copyOf(outputs, Math.max(values, outputs.length * 2));
            if (!classes) {
                targets = java.util.Arrays.copyOf(targets, outputs.length);
            }
        }
    }

    /** The evaluation of everything added; greedy decoding as given (null without). */
    Evaluation evaluation(String model, String dataset, String split, GreedyDecoding.Result greedy, String decoderInput) {
        if (count == 0) {
            throw new IllegalArgumentException("the " + split + " split of " + dataset + " has no sequences with a real step to score");
        }
        float[] predicted = java.util.Arrays.copyOf(outputs, count * width);
        if (!classes) {
            float[] wanted = java.util.Arrays.copyOf(targets, count * width);
            RegressionReport regression = RegressionReport.of(wanted, predicted, width);
            double[] squared = new double[count];
            for (int i = 0; i < count; i++) {
                for (int j = 0; j < width; j++) {
                    double d = predicted[i * width + j] - wanted[i * width + j];
                    squared[i] += d * d / width;
                }
            }
            return new Evaluation(model, dataset, split, null, regression, null, report(SequenceReport.MEAN_SQUARED_ERROR, squared, null, new int[0]));
        }
        float[] scores = width == 1 ? ModelEvaluation.twoClasses(predicted) : predicted;
        int k = Math.max(2, width);
        int[] truth = java.util.Arrays.copyOf(labels, count);
        ClassificationReport report = ClassificationReport.of(truth, scores, k);
        double[] right = new double[count];
        for (int i = 0; i < count; i++) {
            right[i] = ClassificationReport.argmax(scores, i * k, k) == truth[i] ? 1 : 0;
        }
        // The report counted predictions in the order they ran; its mistakes name the sequence, and per step keep the step beside it.
        List<ClassificationReport.Mistake> mistakes = new ArrayList<>();
        int[] positions = new int[perStep ? report.mistakes().size() : 0];
        for (int m = 0; m < report.mistakes().size(); m++) {
            var mistake = report.mistakes().get(m);
            if (perStep) {
                positions[m] = positionOf[mistake.sample()];
            }
            mistakes.add(new ClassificationReport.Mistake(sequenceOf[mistake.sample()], mistake.actual(), mistake.predicted(), mistake.confidence()));
        }
        report = new ClassificationReport(report.samples(), report.accuracy(), report.topK(), report.topKAccuracy(), report.logLoss(),
                report.balancedAccuracy(), report.macroF1(), report.weightedF1(), report.calibrationError(), report.classes(), report.confusion(),
                report.confusions(), report.reliability(), List.copyOf(mistakes));
        SequenceReport.Greedy decoded = greedy == null ? null : new SequenceReport.Greedy(decoderInput, greedy.tokenAccuracy(),
                greedy.sequenceAccuracy(), points(greedy.byPosition(), greedy.sequences()));
        return new Evaluation(model, dataset, split, report, null, null, report(SequenceReport.ACCURACY, right, decoded, positions));
    }

    private SequenceReport report(String score, double[] perPrediction, SequenceReport.Greedy greedy, int[] mistakePositions) {
        TreeMap<Integer, double[]> byPosition = new TreeMap<>();
        TreeMap<Integer, double[]> byLength = new TreeMap<>();
        double[] wholeRight = new double[sequences];
        java.util.Arrays.fill(wholeRight, 1);
        for (int i = 0; i < count; i++) {
            if (perStep) {
                byPosition.computeIfAbsent(positionOf[i], p -> new double[2])[0] += perPrediction[i];
                byPosition.get(positionOf[i])[1]++;
            }
            byLength.computeIfAbsent(lengthOf[i], l -> new double[2])[0] += perPrediction[i];
            byLength.get(lengthOf[i])[1]++;
            wholeRight[sequenceOf[i]] = Math.min(wholeRight[sequenceOf[i]], perPrediction[i]);
        }
        double sequenceAccuracy = Double.NaN;
        if (perStep && classes) {
            sequenceAccuracy = java.util.Arrays.stream(wholeRight).sum() / sequences;
        }
        return new SequenceReport(perStep ? SequenceReport.PER_STEP : SequenceReport.PER_SEQUENCE, score, sequences, sequenceAccuracy,
                points(byPosition), byLength.size() > 1 ? points(byLength) : List.of(), greedy, mistakePositions);
    }

    private static List<SequenceReport.Point> points(TreeMap<Integer, double[]> sums) {
        List<SequenceReport.Point> points = new ArrayList<>();
        sums.forEach((at, sum) -> points.add(new SequenceReport.Point(at, (int) sum[1], sum[0] / sum[1])));
        return points;
    }

    private static List<SequenceReport.Point> points(double[] byPosition, int sequences) {
        List<SequenceReport.Point> points = new ArrayList<>();
        for (int t = 0; t < byPosition.length; t++) {
            points.add(new SequenceReport.Point(t, sequences, byPosition[t]));
        }
        return points;
    }
}
