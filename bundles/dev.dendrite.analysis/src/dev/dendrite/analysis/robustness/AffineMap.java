package dev.dendrite.analysis.robustness;

/**
 * A linear layer as linear bounds see it: y = M·x + b over one sample's values, flattened. Bounds pass forward through M (an
 * interval's centre through M, its radius through |M|) and backward through Mᵀ (a bound's coefficients on y become coefficients on x).
 */
interface AffineMap {

    int inputSize();

    int outputSize();

    /** y = M·x, or |M|·x where {@code magnitude}; no bias. */
    void apply(double[] x, double[] y, boolean magnitude);

    /**
     * out += Mᵀ·a for {@code rows} rows of coefficients on y at once, each value's rows adjacent ([values][rows], so that the inner
     * loops run along rows); values whose rows are all zero cost nothing (bounds of single units start one-hot).
     */
    void addTransposed(double[] a, double[] out, int rows);

    /** Whether value v's rows are all zero. */
    static boolean zero(double[] a, int v, int rows) {
        for (int r = v * rows, end = r + rows; r < end; r++) {
            if (a[r] != 0) {
                return false;
            }
        }
        return true;
    }

    /** b per output, or null for none. */
    double[] bias();

    /**
     * Whether M is diagonal (a per-value scale): an interval through it stays exact, so a layer that follows only such maps and one
     * other linear map from the input has exact interval bounds and needs no backward pass.
     */
    default boolean diagonal() {
        return false;
    }

    /** A dense layer: W as [outputs][inputs]. */
    record Dense(double[][] w, double[] bias) implements AffineMap {

        @Override
        public int inputSize() {
            return w[0].length;
        }

        @Override
        public int outputSize() {
            return w.length;
        }

        @Override
        public void apply(double[] x, double[] y, boolean magnitude) {
            for (int o = 0; o < w.length; o++) {
                double[] row = w[o];
                double sum = 0;
                for (int i = 0; i < row.length; i++) {
                    sum += (magnitude ? Math.abs(row[i]) : row[i]) * x[i];
                }
                y[o] = sum;
            }
        }

        @Override
        public void addTransposed(double[] a, double[] out, int rows) {
            for (int o = 0; o < w.length; o++) {
                if (AffineMap.zero(a, o, rows)) {
                    continue;
                }
                double[] row = w[o];
                int from = o * rows;
                for (int i = 0; i < row.length; i++) {
                    double weight = row[i];
                    int to = i * rows;
                    for (int r = 0; r < rows; r++) {
                        out[to + r] += a[from + r] * weight;
                    }
                }
            }
        }
    }

    /** A per-value scale and shift (BatchNorm at inference, a constant added or multiplied, a sign): y = s ⊙ x + t. */
    record Diagonal(double[] scale, double[] bias) implements AffineMap {

        @Override
        public int inputSize() {
            return scale.length;
        }

        @Override
        public int outputSize() {
            return scale.length;
        }

        @Override
        public void apply(double[] x, double[] y, boolean magnitude) {
            for (int i = 0; i < scale.length; i++) {
                y[i] = (magnitude ? Math.abs(scale[i]) : scale[i]) * x[i];
            }
        }

        @Override
        public void addTransposed(double[] a, double[] out, int rows) {
            for (int i = 0; i < scale.length; i++) {
                double s = scale[i];
                for (int r = i * rows, end = r + rows; r < end; r++) {
                    out[r] += a[r] * s;
                }
            }
        }

        @Override
        public boolean diagonal() {
            return true;
        }
    }

    /** A sparse map, row by row (average pooling): output o reads {@code columns[o]} weighted by {@code weights[o]}. */
    record Sparse(int inputSize, int[][] columns, double[][] weights, double[] bias) implements AffineMap {

        @Override
        public int outputSize() {
            return columns.length;
        }

        @Override
        public void apply(double[] x, double[] y, boolean magnitude) {
            for (int o = 0; o < columns.length; o++) {
                double sum = 0;
                for (int k = 0; k < columns[o].length; k++) {
                    sum += (magnitude ? Math.abs(weights[o][k]) : weights[o][k]) * x[columns[o][k]];
                }
                y[o] = sum;
            }
        }

        @Override
        public void addTransposed(double[] a, double[] out, int rows) {
            for (int o = 0; o < columns.length; o++) {
                if (AffineMap.zero(a, o, rows)) {
                    continue;
                }
                for (int k = 0; k < columns[o].length; k++) {
                    double weight = weights[o][k];
                    int to = columns[o][k] * rows;
                    for (int r = 0; r < rows; r++) {
                        out[to + r] += a[o * rows + r] * weight;
                    }
                }
            }
        }
    }
}
