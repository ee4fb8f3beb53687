package dev.dendrite.analysis.evaluation;

import java.util.ArrayList;
import java.util.List;

import dev.dendrite.train.data.Augmentation;
import dev.dendrite.train.data.Dataset;

/**
 * Test-time augmentation: a classifier runs over the pictures as they are and over {@code draws}
 * changed copies of them, and its class probabilities are averaged per sample. The copies are
 * draws 1 to {@code draws} of {@code augmentation} with {@code seed}, the same for every model, so
 * two models are compared on the same pictures.
 */
public record TestTimeAugmentation(Augmentation augmentation, int draws, long seed) {

    public TestTimeAugmentation {
        if (augmentation.none()) {
            throw new IllegalArgumentException("test-time augmentation needs changes to draw (shift:P, flip, cutout:P)");
        }
        if (draws < 1) {
            throw new IllegalArgumentException("test-time augmentation takes 1 or more draws, not " + draws);
        }
    }

    /** The sets a model runs over: {@code data} and its draws, then {@code validation} (when given) and its draws. */
    List<Dataset> sets(Dataset data, Dataset validation) {
        List<Dataset> sets = new ArrayList<>(group(data));
        if (validation != null) {
            sets.addAll(group(validation));
        }
        return sets;
    }

    private List<Dataset> group(Dataset data) {
        augmentation.pictureField(data);
        List<Dataset> group = new ArrayList<>(List.of(data));
        for (int draw = 1; draw <= draws; draw++) {
            group.add(augmentation.drawn(data, seed, draw));
        }
        return group;
    }

    /**
     * The log of the mean class probabilities of the group of class scores that starts at
     * {@code first}: logits whose softmax is the averaged probabilities, so reports and temperature
     * scaling read them as any model's.
     */
    float[] averaged(List<float[]> scores, int first, int classes) {
        int rows = scores.get(first).length / classes;
        double[] sum = new double[rows * classes];
        double[] row = new double[classes];
        for (int k = first; k <= first + draws; k++) {
            float[] values = scores.get(k);
            Finite.check(values, classes);
            boolean already = ClassificationReport.areProbabilities(values, classes);
            for (int i = 0; i < rows; i++) {
                ClassificationReport.probabilities(values, i * classes, classes, already, row);
                for (int c = 0; c < classes; c++) {
                    sum[i * classes + c] += row[c];
                }
            }
        }
        float[] logs = new float[sum.length];
        for (int i = 0; i < sum.length; i++) {
            logs[i] = (float) Math.log(Math.max(1e-12, sum[i] / (draws + 1)));
        }
        return logs;
    }
}
