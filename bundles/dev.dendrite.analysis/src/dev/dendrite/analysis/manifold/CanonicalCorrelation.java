package dev.dendrite.analysis.manifold;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

import dev.dendrite.analysis.latent.SymmetricEigen;

/**
 * SVCCA (Raghu et al., 2017) and PWCCA (Morcos et al., 2018) between layers' representations of the same samples. Each layer is
 * first cut to its main directions, those holding a share (99%) of its variance: the top eigenvectors U of its centred Gram
 * matrix, an orthonormal basis of that subspace of the samples' space. The canonical correlations of two layers are then the
 * singular values of UᵀV (the cosines of the principal angles between the subspaces), which needs no inverse covariance. SVCCA
 * is their mean; PWCCA weighs each by how much of the layer's centred units its canonical variate accounts for (Σⱼ |x̃ⱼᵀh|, on
 * the side with fewer directions, as Morcos et al.'s code does), so that correlations of directions the layer hardly uses count
 * little. Both are invariant to any invertible linear map of either layer, where CKA is not. With k and m directions on n
 * samples, two random subspaces read a mean squared correlation of max(k, m) / (n − 1): more samples than directions are needed
 * for the figures to mean anything ({@link #chanceSquared}).
 */
final class CanonicalCorrelation {

    /** A layer cut to its main directions: the basis (n × k, row-major) and, for PWCCA, X̃ᵀU (p × k). */
    private record Subspace(int n, int k, double[] basis, double[] loadings, int p) {
    }

    /** Eigenvalues below this share of the largest are rounding's (float activations), not directions. */
    private static final double ROUNDING = 1e-10;

    private CanonicalCorrelation() {
    }

    static RepresentationSimilarity compare(LayerActivations a, LayerActivations b, RepresentationSimilarity.Measure measure,
            BooleanSupplier cancelled) {
        boolean weighted = measure.kind() == RepresentationSimilarity.Measure.Kind.PWCCA;
        List<Subspace> left = subspaces(a, measure.share(), weighted, cancelled);
        List<Subspace> right = a == b ? left : subspaces(b, measure.share(), weighted, cancelled);
        double[][] values = new double[left.size()][right.size()];
        for (int i = 0; i < left.size(); i++) {
            if (cancelled.getAsBoolean()) {
                throw new java.util.concurrent.CancellationException();
            }
            for (int j = 0; j < right.size(); j++) {
                values[i][j] = a == b && j < i ? values[j][i] : similarity(left.get(i), right.get(j), weighted);
            }
        }
        return new RepresentationSimilarity(a.layers(), b.layers(), values, measure, left.stream().map(Subspace::k).toList(),
                right.stream().map(Subspace::k).toList());
    }

    /** The mean squared canonical correlation of two random subspaces of k and m directions among n samples. */
    static double chanceSquared(int k, int m, int n) {
        return n < 2 ? 1 : Math.min(1, Math.max(k, m) / (double) (n - 1));
    }

    private static List<Subspace> subspaces(LayerActivations activations, double share, boolean weighted, BooleanSupplier cancelled) {
        List<Subspace> subspaces = new ArrayList<>();
        for (String layer : activations.layers()) {
            if (cancelled.getAsBoolean()) {
                throw new java.util.concurrent.CancellationException();
            }
            subspaces.add(subspace(activations.values().get(layer), activations.samples(), activations.width(layer), share, weighted));
        }
        return subspaces;
    }

    /**
     * The layer's main directions among the samples, those holding {@code share} of its variance (eigenvalues at rounding's level
     * left out): the top eigenvectors of the centred Gram matrix X̃X̃ᵀ (n × n), or, for a layer of fewer units than samples, from
     * those v of its covariance X̃ᵀX̃ (p × p) as X̃v/√λ, where X̃ᵀU is then V√Λ. The smaller matrix is decomposed: a dense layer
     * of 300 units on 2,000 samples needs 300 × 300.
     */
    static Subspace subspace(float[] x, int n, int p, double share, boolean weighted) {
        double[] centred = RepresentationSimilarity.centred(x, n, p);
        boolean narrow = p < n;
        int size = narrow ? p : n;
        SymmetricEigen eigen = SymmetricEigen.of(narrow ? covariance(centred, n, p) : RepresentationSimilarity.rowGram(centred, n, p), size);
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        double[] values = eigen.values();
        Arrays.sort(order, (l, r) -> Double.compare(values[r], values[l]));
        double floor = size == 0 ? 0 : ROUNDING * Math.max(0, values[order[0]]);
        double total = 0;
        for (double v : values) {
            total += v > floor ? v : 0;
        }
        int k = 0;
        double held = 0;
        while (total > 0 && k < size && values[order[k]] > floor && held < share * total * (1 - 1e-12)) {
            held += values[order[k++]];
        }
        double[] vectors = eigen.vectors();
        double[] basis = new double[n * k];
        double[] loadings = weighted ? new double[p * k] : null;
        for (int c = 0; c < k; c++) {
            int column = order[c];
            if (!narrow) {
                for (int i = 0; i < n; i++) {
                    basis[i * k + c] = vectors[i * n + column];
                }
                continue;
            }
            double root = Math.sqrt(values[column]);
            for (int i = 0; i < n; i++) {
                double sum = 0;
                for (int j = 0; j < p; j++) {
                    sum += centred[i * p + j] * vectors[j * p + column];
                }
                basis[i * k + c] = sum / root;
            }
            if (weighted) {
                for (int j = 0; j < p; j++) {
                    loadings[j * k + c] = vectors[j * p + column] * root;
                }
            }
        }
        if (weighted && !narrow) {
            loadings = transposedProduct(centred, basis, n, p, k);
        }
        return new Subspace(n, k, basis, loadings, p);
    }

    /** Xᵀ U for X n × p and U n × k, row-major: p × k. */
    private static double[] transposedProduct(double[] x, double[] u, int n, int p, int k) {
        double[] product = new double[p * k];
        java.util.stream.IntStream.range(0, p).parallel().forEach(j -> {
            for (int i = 0; i < n; i++) {
                double xij = x[i * p + j];
                if (xij != 0) {
                    for (int c = 0; c < k; c++) {
                        product[j * k + c] += xij * u[i * k + c];
                    }
                }
            }
        });
        return product;
    }

    /** X̃ᵀX̃ of the centred n × p activations: p × p, as the rows' Gram matrix of X̃ᵀ (read along its rows, not down its columns). */
    private static double[] covariance(double[] centred, int n, int p) {
        double[] transposed = new double[p * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                transposed[j * n + i] = centred[i * p + j];
            }
        }
        return RepresentationSimilarity.rowGram(transposed, p, n);
    }

    /** SVCCA or PWCCA of two subspaces of the same samples; 0 where either layer is constant over them. */
    static double similarity(Subspace x, Subspace y, boolean weighted) {
        if (x.k() == 0 || y.k() == 0) {
            return 0;
        }
        // The side with fewer directions: its c × c matrix MMᵀ holds the squared correlations and its canonical directions.
        Subspace small = x.k() <= y.k() ? x : y;
        Subspace large = small == x ? y : x;
        int c = small.k();
        int m = large.k();
        int n = x.n();
        double[] cross = new double[c * m];
        for (int i = 0; i < n; i++) {
            for (int a = 0; a < c; a++) {
                double s = small.basis()[i * c + a];
                for (int b = 0; b < m; b++) {
                    cross[a * m + b] += s * large.basis()[i * m + b];
                }
            }
        }
        SymmetricEigen eigen = SymmetricEigen.of(RepresentationSimilarity.rowGram(cross, c, m), c);
        double[] rho = new double[c];
        for (int a = 0; a < c; a++) {
            rho[a] = Math.sqrt(Math.min(1, Math.max(0, eigen.values()[a])));
        }
        if (!weighted) {
            return Arrays.stream(rho).average().orElse(0);
        }
        double weighedSum = 0;
        double weights = 0;
        for (int a = 0; a < c; a++) {
            // X̃ᵀh for h = U·vₐ is (X̃ᵀU)·vₐ.
            double alpha = 0;
            for (int j = 0; j < small.p(); j++) {
                double dot = 0;
                for (int b = 0; b < c; b++) {
                    dot += small.loadings()[j * c + b] * eigen.vectors()[b * c + a];
                }
                alpha += Math.abs(dot);
            }
            weighedSum += alpha * rho[a];
            weights += alpha;
        }
        return weights == 0 ? 0 : weighedSum / weights;
    }
}
