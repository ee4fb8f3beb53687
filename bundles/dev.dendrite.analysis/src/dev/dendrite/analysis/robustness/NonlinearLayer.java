package dev.dendrite.analysis.robustness;

/** A layer linear bounds relax: an activation value by value, or a max pool over windows. */
interface NonlinearLayer {

    int inputSize();

    int outputSize();

    /** The outputs' interval from the input's: every function here is non-decreasing in each input. */
    void interval(double[] lo, double[] hi, double[] outLo, double[] outHi);

    /** The lines around each output over the input's interval. */
    Relaxation relax(double[] lo, double[] hi);

    /** The input units whose interval the lines are loose over: tighter bounds on them tighten the lines (stable ReLUs need none). */
    boolean[] loose(double[] lo, double[] hi);

    /** An activation applied value by value: ReLU, LeakyReLU, ELU, Softplus, sigmoid, tanh. */
    record Activation(String op, double alpha, int size) implements NonlinearLayer {

        @Override
        public int inputSize() {
            return size;
        }

        @Override
        public int outputSize() {
            return size;
        }

        double f(double x) {
            return switch (op) {
                case "Relu" -> Math.max(0, x);
                case "LeakyRelu" -> x >= 0 ? x : alpha * x;
                case "Elu" -> x >= 0 ? x : alpha * Math.expm1(x);
                case "Softplus" -> x > 30 ? x : Math.log1p(Math.exp(x));
                case "Sigmoid" -> 1 / (1 + Math.exp(-x));
                default -> Math.tanh(x);
            };
        }

        double derivative(double x) {
            return switch (op) {
                case "Relu" -> x >= 0 ? 1 : 0;
                case "LeakyRelu" -> x >= 0 ? 1 : alpha;
                case "Elu" -> x >= 0 ? 1 : alpha * Math.exp(x);
                case "Softplus", "Sigmoid" -> {
                    double s = 1 / (1 + Math.exp(-x));
                    yield op.equals("Sigmoid") ? s * (1 - s) : s;
                }
                default -> 1 - Math.tanh(x) * Math.tanh(x);
            };
        }

        private boolean piecewiseLinear() {
            return op.equals("Relu") || op.equals("LeakyRelu");
        }

        /** ELU (α ≤ 1) and Softplus are convex everywhere; sigmoid and tanh convex below 0 and concave above. */
        private boolean convex() {
            return op.equals("Elu") || op.equals("Softplus");
        }

        @Override
        public void interval(double[] lo, double[] hi, double[] outLo, double[] outHi) {
            for (int i = 0; i < size; i++) {
                outLo[i] = f(lo[i]);
                outHi[i] = f(hi[i]);
            }
        }

        @Override
        public Relaxation relax(double[] lo, double[] hi) {
            Relaxation r = Relaxation.of(size);
            double floor = op.equals("Relu") ? 0 : alpha;
            for (int i = 0; i < size; i++) {
                double l = lo[i];
                double u = hi[i];
                if (u - l < 1e-12) {
                    r.lower(i, -1, 0, f(l));
                    r.upper(i, -1, 0, f(u));
                } else if (piecewiseLinear() && (l >= 0 || u <= 0)) {
                    double slope = l >= 0 ? 1 : floor;
                    r.lower(i, i, slope, 0);
                    r.upper(i, i, slope, 0);
                } else if (piecewiseLinear()) {
                    // The chord above; below, the steeper or flatter of the two pieces, whichever covers the wider side (CROWN's choice).
                    double s = (u - floor * l) / (u - l);
                    r.upper(i, i, s, floor * l - s * l);
                    r.lower(i, i, u >= -l ? 1 : floor, 0);
                } else if (convex() || u <= 0 || l >= 0) {
                    boolean below = convex() || u <= 0;
                    double chord = (f(u) - f(l)) / (u - l);
                    double m = (l + u) / 2;
                    double tangent = derivative(m);
                    if (below) {
                        r.upper(i, i, chord, f(l) - chord * l);
                        r.lower(i, i, tangent, f(m) - tangent * m);
                    } else {
                        r.lower(i, i, chord, f(l) - chord * l);
                        r.upper(i, i, tangent, f(m) - tangent * m);
                    }
                } else {
                    // Across the inflection at 0: f' ≥ k on [l, u] for k the smaller end slope, so f(x) − kx is non-decreasing there.
                    double k = Math.min(derivative(l), derivative(u));
                    r.lower(i, i, k, f(l) - k * l);
                    r.upper(i, i, k, f(u) - k * u);
                }
            }
            return r;
        }

        @Override
        public boolean[] loose(double[] lo, double[] hi) {
            boolean[] units = new boolean[size];
            for (int i = 0; i < size; i++) {
                units[i] = piecewiseLinear() ? lo[i] < 0 && hi[i] > 0 : hi[i] - lo[i] > 1e-9;
            }
            return units;
        }
    }

    /** A max pool: output o is the largest of the inputs {@code windows[o]}. */
    record MaxPool(int inputSize, int[][] windows) implements NonlinearLayer {

        @Override
        public int outputSize() {
            return windows.length;
        }

        @Override
        public void interval(double[] lo, double[] hi, double[] outLo, double[] outHi) {
            for (int o = 0; o < windows.length; o++) {
                double l = Double.NEGATIVE_INFINITY;
                double u = Double.NEGATIVE_INFINITY;
                for (int i : windows[o]) {
                    l = Math.max(l, lo[i]);
                    u = Math.max(u, hi[i]);
                }
                outLo[o] = l;
                outHi[o] = u;
            }
        }

        /**
         * Below, the input of the highest lower bound (the max is at least it); above, that input again where its lower bound clears
         * every other's upper (it is the max), else the window's highest upper bound.
         */
        @Override
        public Relaxation relax(double[] lo, double[] hi) {
            Relaxation r = Relaxation.of(windows.length);
            for (int o = 0; o < windows.length; o++) {
                int best = dominant(o, lo);
                double others = Double.NEGATIVE_INFINITY;
                double top = Double.NEGATIVE_INFINITY;
                for (int i : windows[o]) {
                    top = Math.max(top, hi[i]);
                    if (i != best) {
                        others = Math.max(others, hi[i]);
                    }
                }
                r.lower(o, best, 1, 0);
                if (lo[best] >= others) {
                    r.upper(o, best, 1, 0);
                } else {
                    r.upper(o, -1, 0, top);
                }
            }
            return r;
        }

        @Override
        public boolean[] loose(double[] lo, double[] hi) {
            boolean[] units = new boolean[inputSize];
            for (int o = 0; o < windows.length; o++) {
                int best = dominant(o, lo);
                boolean decided = true;
                for (int i : windows[o]) {
                    decided &= i == best || hi[i] <= lo[best];
                }
                if (!decided) {
                    for (int i : windows[o]) {
                        units[i] = true;
                    }
                }
            }
            return units;
        }

        private int dominant(int o, double[] lo) {
            int best = windows[o][0];
            for (int i : windows[o]) {
                if (lo[i] > lo[best]) {
                    best = i;
                }
            }
            return best;
        }
    }
}
