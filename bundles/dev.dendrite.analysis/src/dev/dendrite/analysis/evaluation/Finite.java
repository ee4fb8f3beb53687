package dev.dendrite.analysis.evaluation;

/** The check both reports make first: a model whose weights diverged gives NaN or infinite outputs, which no score can read. */
public final class Finite {

    private Finite() {
    }

    /** @throws IllegalArgumentException naming how many samples have a non-finite output */
    public static void check(float[] outputs, int width) {
        int bad = 0;
        for (int from = 0; from < outputs.length; from += width) {
            for (int c = 0; c < width; c++) {
                if (!Float.isFinite(outputs[from + c])) {
                    bad++;
                    break;
                }
            }
        }
        if (bad > 0) {
            throw new IllegalArgumentException("the model's outputs are NaN or infinite for " + bad + " of " + outputs.length / width
                    + " samples: its weights diverged (train again with a lower learning rate, or evaluate best.weights.onnx)");
        }
    }
}
