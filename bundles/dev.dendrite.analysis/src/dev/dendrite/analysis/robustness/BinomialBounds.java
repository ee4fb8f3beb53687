package dev.dendrite.analysis.robustness;

/** Exact (Clopper–Pearson) confidence bounds on a binomial proportion, by the regularised incomplete beta function. */
final class BinomialBounds {

    private BinomialBounds() {
    }

    /**
     * The one-sided lower (1 − α) confidence bound on p from {@code successes} of {@code trials}: the p at which
     * P(X ≥ successes) = α, X ~ Binomial(trials, p); 0 for no successes.
     */
    static double lower(int successes, int trials, double alpha) {
        if (successes <= 0) {
            return 0;
        }
        double low = 0;
        double high = 1;
        // P(X ≥ k) = I_p(k, n − k + 1) rises with p: bisect to double precision.
        for (int i = 0; i < 60; i++) {
            double mid = (low + high) / 2;
            if (regularisedBeta(mid, successes, trials - successes + 1) < alpha) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** I_x(a, b), by the continued fraction on the side where it converges fast (Press et al., Numerical Recipes, §6.4). */
    static double regularisedBeta(double x, double a, double b) {
        if (x <= 0) {
            return 0;
        }
        if (x >= 1) {
            return 1;
        }
        double front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x));
        return x < (a + 1) / (a + b + 2) ? front * continuedFraction(x, a, b) / a : 1 - front * continuedFraction(1 - x, b, a) / b;
    }

    private static double continuedFraction(double x, double a, double b) {
        double tiny = 1e-300;
        double c = 1;
        double d = 1 - (a + b) * x / (a + 1);
        d = 1 / (Math.abs(d) < tiny ? tiny : d);
        double h = d;
        for (int m = 1; m <= 100_000; m++) {
            int m2 = 2 * m;
            double even = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
            d = 1 + even * d;
            d = 1 / (Math.abs(d) < tiny ? tiny : d);
            c = 1 + even / c;
            c = Math.abs(c) < tiny ? tiny : c;
            h *= d * c;
            double odd = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
            d = 1 + odd * d;
            d = 1 / (Math.abs(d) < tiny ? tiny : d);
            c = 1 + odd / c;
            c = Math.abs(c) < tiny ? tiny : c;
            double step = d * c;
            h *= step;
            if (Math.abs(step - 1) < 1e-15) {
                break;
            }
        }
        return h;
    }

    /** ln Γ(x) for x > 0, by Lanczos' approximation (g = 7, nine terms: about 15 significant digits). */
    static double logGamma(double x) {
        if (x < 0.5) {
            return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
        }
        double[] c = {0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
            12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7};
        double z = x - 1;
        double sum = c[0];
        for (int i = 1; i < c.length; i++) {
            sum += c[i] / (z + i);
        }
        double t = z + 7.5;
        return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
    }
}
