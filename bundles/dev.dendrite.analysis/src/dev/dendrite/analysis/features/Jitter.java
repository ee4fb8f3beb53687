package dev.dendrite.analysis.features;

/**
 * The ascent's transforms of pictures: a circular shift (its inverse takes the gradient at the
 * shifted picture back to the picture's own pixels, exactly) and a slight blur. Inputs are rows of
 * {@code picture} = [C, H, W] values; a null picture (vectors) leaves them as they are.
 */
final class Jitter {

    /** The 3×3 Gaussian of σ 0.5, separable: its one-dimensional weights. */
    private static final double[] KERNEL = kernel(0.5);

    private Jitter() {
    }

    /**
     * Copies {@code from} into {@code to}, each row k's picture rolled by (shifts[2k], shifts[2k+1]) pixels down and right, or back
     * by them where {@code inverse}.
     */
    static void shift(float[] from, float[] to, int rows, int[] picture, int[] shifts, boolean inverse) {
        if (picture == null) {
            System.arraycopy(from, 0, to, 0, from.length);
            return;
        }
        int channels = picture[0];
        int height = picture[1];
        int width = picture[2];
        int size = channels * height * width;
        for (int k = 0; k < rows; k++) {
            int dy = inverse ? -shifts[2 * k] : shifts[2 * k];
            int dx = inverse ? -shifts[2 * k + 1] : shifts[2 * k + 1];
            for (int c = 0; c < channels; c++) {
                int plane = k * size + c * height * width;
                for (int y = 0; y < height; y++) {
                    int ty = Math.floorMod(y + dy, height);
                    for (int x = 0; x < width; x++) {
                        to[plane + ty * width + Math.floorMod(x + dx, width)] = from[plane + y * width + x];
                    }
                }
            }
        }
    }

    /** Blurs every row's planes in place by {@link #KERNEL} across and down, edges held. */
    static void blur(float[] values, int rows, int[] picture) {
        int height = picture[1];
        int width = picture[2];
        int planes = rows * picture[0];
        float[] across = new float[height * width];
        for (int q = 0; q < planes; q++) {
            int plane = q * height * width;
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    double sum = 0;
                    for (int t = -1; t <= 1; t++) {
                        sum += KERNEL[t + 1] * values[plane + y * width + Math.max(0, Math.min(width - 1, x + t))];
                    }
                    across[y * width + x] = (float) sum;
                }
            }
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    double sum = 0;
                    for (int t = -1; t <= 1; t++) {
                        sum += KERNEL[t + 1] * across[Math.max(0, Math.min(height - 1, y + t)) * width + x];
                    }
                    values[plane + y * width + x] = (float) sum;
                }
            }
        }
    }

    private static double[] kernel(double sigma) {
        double side = Math.exp(-1 / (2 * sigma * sigma));
        double total = 1 + 2 * side;
        return new double[] {side / total, 1 / total, side / total};
    }
}
