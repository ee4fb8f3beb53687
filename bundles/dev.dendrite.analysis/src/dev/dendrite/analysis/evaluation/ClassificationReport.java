package dev.dendrite.analysis.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How a classifier does on labelled samples, from its outputs: accuracy, top-k accuracy, the mean
 * log loss, each class's precision, recall and F1, their macro and support-weighted means, the
 * confusion matrix, the most frequent confusions and how well its confidence is calibrated (the
 * expected calibration error over equal-width confidence bins, with each bin for a reliability diagram).
 *
 * @param samples labelled samples read
 * @param accuracy share whose highest output is their label
 * @param topK the k of {@code topKAccuracy} (0 where there are too few classes for it to say more than accuracy)
 * @param topKAccuracy share whose label is among the k highest outputs (NaN where {@code topK} is 0)
 * @param logLoss mean negative natural log of the label's probability (probabilities clamped at 1e-12)
 * @param balancedAccuracy mean recall over the classes with samples
 * @param macroF1 mean F1 over the classes with samples
 * @param weightedF1 F1 weighted by each class's samples
 * @param calibrationError expected calibration error: the samples' share-weighted gap between a bin's mean confidence and its accuracy
 * @param classes per class, in label order
 * @param confusion {@code confusion[actual][predicted]} sample counts
 * @param confusions the largest off-diagonal cells, most frequent first
 * @param reliability the confidence bins, lowest first
 * @param mistakes the misclassified samples, the most confident first (at most {@link #MISTAKES_KEPT})
 */
public record ClassificationReport(int samples, double accuracy, int topK, double topKAccuracy, double logLoss, double balancedAccuracy,
        double macroF1, double weightedF1, double calibrationError, List<ClassScores> classes, int[][] confusion,
        List<Confusion> confusions, List<ReliabilityBin> reliability, List<Mistake> mistakes) {

    /** Confidence bins of the calibration error, as in Guo et al. 2017. */
    public static final int BINS = 15;

    /** Confusions listed at most. */
    public static final int MOST_CONFUSED = 10;

    /** Misclassified samples kept at most: enough to browse every cell of a ten-class matrix of a weak model. */
    public static final int MISTAKES_KEPT = 1000;

    /**
     * @param label the class label
     * @param precision share of the samples predicted as this class that are (NaN when none was predicted)
     * @param recall share of the class's samples predicted as it (NaN without samples)
     * @param f1 harmonic mean of precision and recall (0 when either is 0, NaN when either is undefined)
     * @param support the class's samples
     * @param predicted samples predicted as the class
     */
    public record ClassScores(int label, double precision, double recall, double f1, int support, int predicted) {
    }

    /** {@code count} samples of class {@code actual} predicted as {@code predicted}: {@code share} of the actual class. */
    public record Confusion(int actual, int predicted, int count, double share) {
    }

    /**
     * A misclassified sample: its index in the data set, its class, the class predicted and the
     * probability the model gave that prediction.
     */
    public record Mistake(int sample, int actual, int predicted, double confidence) {
    }

    /** Samples whose confidence (highest probability) lies in [{@code from}, {@code to}): their mean confidence and accuracy. */
    public record ReliabilityBin(double from, double to, int count, double confidence, double accuracy) {
    }

    /**
     * The report of {@code outputs} ({@code labels.length × classes} floats, sample after sample)
     * against {@code labels}. Outputs that are already probabilities (each row within [0, 1] and
     * summing to 1) are read as they are, any others as logits through a softmax.
     *
     * @throws IllegalArgumentException when the outputs do not hold {@code classes} values per label, or a label is outside 0..classes-1
     */
    public static ClassificationReport of(int[] labels, float[] outputs, int classes) {
        int n = labels.length;
        if (classes < 2 || (long) n * classes != outputs.length) {
            throw new IllegalArgumentException("the model gives " + (n == 0 ? outputs.length : outputs.length / n) + " outputs per sample for "
                    + classes + " classes: evaluate a classifier on data with as many classes as its last layer's outputs");
        }
        Finite.check(outputs, classes);
        boolean probabilities = areProbabilities(outputs, classes);
        int k = classes > 5 ? 5 : classes > 2 ? 2 : 0;
        int[][] confusion = new int[classes][classes];
        double[] row = new double[classes];
        double logLoss = 0;
        int correct = 0;
        int inTopK = 0;
        double[] binConfidence = new double[BINS];
        int[] binCorrect = new int[BINS];
        int[] binCount = new int[BINS];
        List<Mistake> mistakes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int label = labels[i];
            if (label < 0 || label >= classes) {
                throw new IllegalArgumentException("sample " + i + " has label " + label + ", outside the model's " + classes + " classes (0-"
                        + (classes - 1) + ")");
            }
            probabilities(outputs, i * classes, classes, probabilities, row);
            int predicted = 0;
            int above = 0;
            for (int c = 0; c < classes; c++) {
                if (row[c] > row[predicted]) {
                    predicted = c;
                }
                if (row[c] > row[label]) {
                    above++;
                }
            }
            confusion[label][predicted]++;
            correct += predicted == label ? 1 : 0;
            inTopK += above < k ? 1 : 0;
            logLoss -= Math.log(Math.max(1e-12, row[label]));
            double confidence = row[predicted];
            if (predicted != label) {
                mistakes.add(new Mistake(i, label, predicted, confidence));
            }
            int bin = Math.min(BINS - 1, (int) (confidence * BINS));
            binConfidence[bin] += confidence;
            binCorrect[bin] += predicted == label ? 1 : 0;
            binCount[bin]++;
        }
        List<ReliabilityBin> reliability = new ArrayList<>();
        double calibration = 0;
        for (int b = 0; b < BINS; b++) {
            double meanConfidence = binCount[b] == 0 ? Double.NaN : binConfidence[b] / binCount[b];
            double binAccuracy = binCount[b] == 0 ? Double.NaN : (double) binCorrect[b] / binCount[b];
            reliability.add(new ReliabilityBin((double) b / BINS, (double) (b + 1) / BINS, binCount[b], meanConfidence, binAccuracy));
            if (binCount[b] > 0) {
                calibration += (double) binCount[b] / n * Math.abs(meanConfidence - binAccuracy);
            }
        }
        List<ClassScores> scores = classScores(confusion);
        double recallSum = 0;
        double f1Sum = 0;
        double weightedF1 = 0;
        int present = 0;
        for (ClassScores s : scores) {
            if (s.support() > 0) {
                present++;
                recallSum += s.recall();
                double f1 = Double.isNaN(s.f1()) ? 0 : s.f1();
                f1Sum += f1;
                weightedF1 += f1 * s.support() / n;
            }
        }
        return new ClassificationReport(n, n == 0 ? Double.NaN : (double) correct / n, k, k == 0 || n == 0 ? Double.NaN : (double) inTopK / n,
                n == 0 ? Double.NaN : logLoss / n, present == 0 ? Double.NaN : recallSum / present, present == 0 ? Double.NaN : f1Sum / present,
                n == 0 ? Double.NaN : weightedF1, n == 0 ? Double.NaN : calibration, scores, confusion, confusions(confusion), reliability,
                mostConfident(mistakes));
    }

    /** The number of classes. */
    public int classCount() {
        return confusion.length;
    }

    private static List<ClassScores> classScores(int[][] confusion) {
        List<ClassScores> scores = new ArrayList<>();
        for (int c = 0; c < confusion.length; c++) {
            int support = 0;
            int predicted = 0;
            for (int other = 0; other < confusion.length; other++) {
                support += confusion[c][other];
                predicted += confusion[other][c];
            }
            int hits = confusion[c][c];
            double precision = predicted == 0 ? Double.NaN : (double) hits / predicted;
            double recall = support == 0 ? Double.NaN : (double) hits / support;
            double f1 = Double.isNaN(precision) || Double.isNaN(recall) ? Double.NaN
                    : precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            scores.add(new ClassScores(c, precision, recall, f1, support, predicted));
        }
        return scores;
    }

    private static List<Mistake> mostConfident(List<Mistake> mistakes) {
        mistakes.sort(Comparator.comparingDouble(Mistake::confidence).reversed().thenComparingInt(Mistake::sample));
        return List.copyOf(mistakes.subList(0, Math.min(MISTAKES_KEPT, mistakes.size())));
    }

    /** The kept mistakes of actual class {@code actual} ({@code -1}: any) predicted as {@code predicted} ({@code -1}: any). */
    public List<Mistake> mistakes(int actual, int predicted) {
        return mistakes.stream().filter(m -> (actual < 0 || m.actual() == actual) && (predicted < 0 || m.predicted() == predicted)).toList();
    }

    private static List<Confusion> confusions(int[][] confusion) {
        List<Confusion> cells = new ArrayList<>();
        for (int actual = 0; actual < confusion.length; actual++) {
            int support = 0;
            for (int count : confusion[actual]) {
                support += count;
            }
            for (int predicted = 0; predicted < confusion.length; predicted++) {
                if (predicted != actual && confusion[actual][predicted] > 0) {
                    cells.add(new Confusion(actual, predicted, confusion[actual][predicted], (double) confusion[actual][predicted] / support));
                }
            }
        }
        cells.sort(Comparator.comparingInt(Confusion::count).reversed().thenComparing(Comparator.comparingDouble(Confusion::share).reversed()));
        return List.copyOf(cells.subList(0, Math.min(MOST_CONFUSED, cells.size())));
    }

    /** The first of the {@code n} values from {@code from} that none after it exceeds: a row's predicted class. */
    public static int argmax(float[] values, int from, int n) {
        int best = 0;
        for (int c = 1; c < n; c++) {
            if (values[from + c] > values[from + best]) {
                best = c;
            }
        }
        return best;
    }

    /** Whether every row lies within [0, 1] and sums to 1 (a softmax already applied), within float rounding. */
    public static boolean areProbabilities(float[] outputs, int classes) {
        for (int from = 0; from < outputs.length; from += classes) {
            double sum = 0;
            for (int c = 0; c < classes; c++) {
                float p = outputs[from + c];
                if (!(p >= 0 && p <= 1)) {
                    return false;
                }
                sum += p;
            }
            if (Math.abs(sum - 1) > 1e-3) {
                return false;
            }
        }
        return outputs.length > 0;
    }

    /** One sample's class probabilities into {@code row}: as they are, or a numerically stable softmax of logits. */
    public static void probabilities(float[] outputs, int from, int classes, boolean already, double[] row) {
        if (already) {
            for (int c = 0; c < classes; c++) {
                row[c] = outputs[from + c];
            }
            return;
        }
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < classes; c++) {
            max = Math.max(max, outputs[from + c]);
        }
        double sum = 0;
        for (int c = 0; c < classes; c++) {
            row[c] = Math.exp(outputs[from + c] - max);
            sum += row[c];
        }
        for (int c = 0; c < classes; c++) {
            row[c] /= sum;
        }
    }
}
