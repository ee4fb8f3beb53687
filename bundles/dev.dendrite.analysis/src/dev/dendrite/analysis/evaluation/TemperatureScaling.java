package dev.dendrite.analysis.evaluation;

/**
 * Temperature scaling (Guo et al., 2017): one number T that divides every logit, fitted to minimise
 * the log loss on held-out samples the model did not train on (the run's validation split), then
 * applied to the test outputs. It changes no prediction (the order of a sample's logits stays), only
 * the confidences: T above 1 softens an over-confident model, below 1 sharpens an under-confident one.
 *
 * @param temperature the fitted T
 * @param calibrationError the test outputs' expected calibration error once divided by T
 * @param logLoss their mean log loss once divided by T
 */
public record TemperatureScaling(double temperature, double calibrationError, double logLoss) {

    /** The range searched, as log T: T from about 0.05 to 20. */
    private static final double LOG_LOW = -3;
    private static final double LOG_HIGH = 3;

    /**
     * Whether the fitted T lies at an end of the range searched: the validation log loss still fell
     * there (a validation split the model separates perfectly drives T towards 0).
     */
    public boolean atEdge() {
        double log = Math.log(temperature);
        return log < LOG_LOW + 1e-3 || log > LOG_HIGH - 1e-3;
    }

    /**
     * Fits T on the validation outputs and reports the test outputs scaled by it.
     *
     * @param validationLabels labels of the samples T is fitted on
     * @param validationOutputs their outputs, {@code classes} per sample (logits or probabilities)
     */
    public static TemperatureScaling fit(int[] validationLabels, float[] validationOutputs, int[] testLabels, float[] testOutputs, int classes) {
        float[] validation = logits(validationOutputs, classes);
        double temperature = bestTemperature(validationLabels, validation, classes);
        ClassificationReport scaled = ClassificationReport.of(testLabels, divided(logits(testOutputs, classes), temperature), classes);
        return new TemperatureScaling(temperature, scaled.calibrationError(), scaled.logLoss());
    }

    /** The T of the lowest mean log loss: golden-section search over log T, where the loss is convex in 1/T. */
    static double bestTemperature(int[] labels, float[] logits, int classes) {
        double phi = (Math.sqrt(5) - 1) / 2;
        double a = LOG_LOW;
        double b = LOG_HIGH;
        double c = b - phi * (b - a);
        double d = a + phi * (b - a);
        double fc = logLoss(labels, logits, classes, Math.exp(c));
        double fd = logLoss(labels, logits, classes, Math.exp(d));
        for (int i = 0; i < 60; i++) {
            if (fc < fd) {
                b = d;
                d = c;
                fd = fc;
                c = b - phi * (b - a);
                fc = logLoss(labels, logits, classes, Math.exp(c));
            } else {
                a = c;
                c = d;
                fc = fd;
                d = a + phi * (b - a);
                fd = logLoss(labels, logits, classes, Math.exp(d));
            }
        }
        return Math.exp((a + b) / 2);
    }

    /** Mean negative log probability of the labels with every logit divided by {@code temperature}. */
    static double logLoss(int[] labels, float[] logits, int classes, double temperature) {
        double total = 0;
        for (int i = 0; i < labels.length; i++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < classes; c++) {
                max = Math.max(max, logits[i * classes + c] / temperature);
            }
            double sum = 0;
            for (int c = 0; c < classes; c++) {
                sum += Math.exp(logits[i * classes + c] / temperature - max);
            }
            total -= logits[i * classes + labels[i]] / temperature - max - Math.log(sum);
        }
        return total / Math.max(1, labels.length);
    }

    /** Outputs as logits: probabilities through their log (a constant per row apart, which a softmax ignores), logits as they are. */
    private static float[] logits(float[] outputs, int classes) {
        if (!ClassificationReport.areProbabilities(outputs, classes)) {
            return outputs;
        }
        float[] logits = new float[outputs.length];
        for (int i = 0; i < outputs.length; i++) {
            logits[i] = (float) Math.log(Math.max(1e-12, outputs[i]));
        }
        return logits;
    }

    private static float[] divided(float[] logits, double temperature) {
        float[] scaled = new float[logits.length];
        for (int i = 0; i < logits.length; i++) {
            scaled[i] = (float) (logits[i] / temperature);
        }
        return scaled;
    }
}
