package dev.dendrite.analysis.latent;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnxruntime.OrtException;
import dev.dendrite.analysis.manifold.LayerActivations;
import dev.dendrite.runtime.ModelLoadException;
import dev.dendrite.runtime.ModelSession;
import dev.dendrite.runtime.OnnxRuntime;
import dev.dendrite.runtime.RuntimeSettings;
import dev.dendrite.train.data.Dataset;
import dev.dendrite.train.run.GeneratorModel;

/**
 * A variational autoencoder's latent space, from its model file: the split's samples encoded (each code's mean and
 * variance), each code dimension's KL term and activity (Burda et al., 2016: the variance over samples of the code's mean;
 * below 0.01 the dimension is collapsed to the prior and carries nothing), the reconstruction error of the decoded means,
 * and codes decoded through the decoder alone: the learned manifold over two dimensions at the standard normal's quantiles
 * (Kingma and Welling, 2014, Fig. 4; the other dimensions at the prior's mean 0), samples of the prior N(0, I), a
 * straight line between two samples' codes, and each dimension traversed on its own from a sample's code.
 */
public final class LatentSpace {

    /** Burda et al.'s threshold on a dimension's activity. */
    public static final double ACTIVE = 0.01;
    /** The file a run keeps the report in. */
    public static final String REPORT = "latent.json";

    private static final int BATCH = 256;

    private LatentSpace() {
    }

    /**
     * @param samples how many of the split's first samples to encode
     * @param grid cells per side of the manifold
     * @param dims the two code dimensions the manifold spans (null: the two of largest KL)
     * @param between the two samples the line runs between (null: the first sample and the first of another class)
     * @param steps codes on the line, its ends included
     * @param prior codes drawn from the prior (a conditional autoencoder's: that many decodings, each code with every class)
     * @param decodedClass for a conditional autoencoder, the class the manifold, line and traversal decode with; -1 for the line's
     *        first sample's
     */
    public record Settings(int samples, int grid, int[] dims, int[] between, int steps, int prior, long seed, int decodedClass) {

        /** Without a class: a conditional autoencoder decodes the manifold, line and traversal with the line's first sample's class. */
        public Settings(int samples, int grid, int[] dims, int[] between, int steps, int prior, long seed) {
            this(samples, grid, dims, between, steps, prior, seed, -1);
        }

        public static Settings defaults() {
            return new Settings(2000, 15, null, null, 10, 64, 1);
        }
    }

    /** The values each dimension takes in a traversal, −3 to 3 (three prior standard deviations either side). */
    public static final double[] TRAVERSAL = {-3, -2.25, -1.5, -0.75, 0, 0.75, 1.5, 2.25, 3};

    /** Traversals drawn at most, the dimensions of largest KL first. */
    public static final int TRAVERSED = 16;

    /**
     * @param dimension a code dimension, its mean KL term (nats), activity and mean variance σ² over the samples
     */
    public record Dimension(int dimension, double kl, double activity, double meanVariance) {

        public boolean active() {
            return activity >= ACTIVE;
        }
    }

    /**
     * @param means the samples' code means, {@code samples × K}
     * @param reconstructionError the decoded means' mean squared error per value
     * @param manifold decoded grid codes, row-major from the top left (dims[1] falling downwards, dims[0] rising rightwards)
     * @param manifoldDims the two dimensions the manifold spans
     * @param priorSamples decoded codes of the prior
     * @param line decoded codes from between[0]'s mean to between[1]'s
     * @param traversed the dimensions traversed, largest KL first
     * @param traversal per traversed dimension, between[0]'s code with that dimension at each {@link #TRAVERSAL} value, decoded
     *        (Higgins et al., 2017: what each dimension changes on its own)
     * @param conditioning a conditional autoencoder's class input and the class decoded; null for any other
     */
    public record Result(VariationalCode code, int samples, int dims, float[] means, List<Dimension> dimensions, double reconstructionError,
            int[] manifoldDims, int grid, float[][] manifold, float[][] priorSamples, int[] between, float[][] line, int[] traversed,
            float[][] traversal, long[] sampleShape, Conditioning conditioning) {

        /** Columns of the prior samples' picture: a conditional autoencoder's one per class (a row per code), else 8. */
        public int priorColumns() {
            return conditioning == null ? 8 : conditioning.classes();
        }

        /** The KL term per sample, summed over the dimensions (nats). */
        public double kl() {
            return dimensions.stream().mapToDouble(Dimension::kl).sum();
        }

        /** The loss as trained: the reconstruction loss's weight times the error, plus β times the KL term. */
        public double loss() {
            return code.reconstructionWeight() * reconstructionError + code.klWeight() * kl();
        }

        public long activeDims() {
            return dimensions.stream().filter(Dimension::active).count();
        }
    }

    /**
     * A conditional variational autoencoder's class (Sohn et al., 2015): the encoder and the decoder read it, so the code holds
     * what the class does not say.
     *
     * @param input the model's class input
     * @param classes the classes its decoder draws
     * @param decoded the class the manifold, line and traversal decode with (each sample's own reconstructs it; the prior's codes
     *        decode with every class in turn)
     */
    public record Conditioning(String input, int classes, int decoded) {
    }

    public static Result of(ModelProto model, VariationalCode code, Dataset data, Settings settings) throws OrtException, ModelLoadException {
        LayerActivations encoded = LayerActivations.of(model, data, settings.samples(), List.of(code.mean(), code.logVariance()));
        int n = encoded.samples();
        if (n < 2) {
            throw new IllegalArgumentException("the latent space needs two samples or more, the split has " + n);
        }
        int k = encoded.width(code.mean());
        float[] means = encoded.values().get(code.mean());
        float[] logVariances = encoded.values().get(code.logVariance());
        List<Dimension> dimensions = dimensions(means, logVariances, n, k);
        int[] manifoldDims = settings.dims() != null ? settings.dims() : largestKl(dimensions);
        for (int d : manifoldDims) {
            if (d < 0 || d >= k) {
                throw new IllegalArgumentException("the code has dimensions 0 to " + (k - 1) + ", not " + d);
            }
        }
        if (k >= 2 && manifoldDims[0] == manifoldDims[1]) {
            throw new IllegalArgumentException("the manifold spans two different dimensions, not " + manifoldDims[0] + " twice");
        }
        int[] between = settings.between() != null ? settings.between() : defaultPair(data, n);
        for (int s : between) {
            if (s < 0 || s >= n) {
                throw new IllegalArgumentException("--between names samples 0 to " + (n - 1) + " of the encoded ones, not " + s);
            }
        }
        ModelProto decoderModel = LatentDecoder.of(model, code.latent(), k);
        GeneratorModel decoding = GeneratorModel.of(decoderModel);
        Conditioning conditioning = null;
        if (!decoding.conditional() && settings.decodedClass() >= 0) {
            throw new IllegalArgumentException("the autoencoder reads no class (it is not conditional), so no class can be decoded");
        }
        if (decoding.conditional()) {
            if (!data.hasLabels()) {
                throw new IllegalArgumentException("the autoencoder is conditional (it reads each sample's class at '" + decoding.classInput()
                        + "'), and " + data.name() + " has no labels");
            }
            int decoded = settings.decodedClass() >= 0 ? settings.decodedClass() : data.label(between[0]);
            if (decoded >= decoding.classes()) {
                throw new IllegalArgumentException("the decoder draws classes 0 to " + (decoding.classes() - 1) + ", not " + decoded);
            }
            conditioning = new Conditioning(decoding.classInput(), decoding.classes(), decoded);
        }
        try (ModelSession decoder = OnnxRuntime.open(decoderModel.toByteArray(), "decoder", RuntimeSettings.forTrainer())) {
            int[] own = null;
            if (conditioning != null) {
                own = new int[n];
                for (int i = 0; i < n; i++) {
                    own[i] = data.label(i);
                }
            }
            float[][] reconstructions = decoding.run(decoder, means, own);
            double squares = 0;
            float[] row = new float[data.sampleSize()];
            for (int i = 0; i < n; i++) {
                data.features(i, row, 0);
                for (int v = 0; v < row.length; v++) {
                    double e = reconstructions[i][v] - row[v];
                    squares += e * e;
                }
            }
            float[] gridCodes = grid(k, manifoldDims, settings.grid());
            float[][] manifold = decoding.run(decoder, gridCodes, decoding.classesFor(gridCodes.length / k, decodedClass(conditioning)));
            float[][] priorSamples = prior(decoding, decoder, k, settings.prior(), settings.seed());
            float[] line = new float[settings.steps() * k];
            for (int s = 0; s < settings.steps(); s++) {
                double t = settings.steps() == 1 ? 0 : s / (double) (settings.steps() - 1);
                for (int d = 0; d < k; d++) {
                    line[s * k + d] = (float) ((1 - t) * means[between[0] * k + d] + t * means[between[1] * k + d]);
                }
            }
            int[] traversed = dimensions.stream().sorted((a, b) -> Double.compare(b.kl(), a.kl())).limit(TRAVERSED)
                    .mapToInt(Dimension::dimension).toArray();
            float[] traversal = new float[traversed.length * TRAVERSAL.length * k];
            for (int r = 0; r < traversed.length; r++) {
                for (int c = 0; c < TRAVERSAL.length; c++) {
                    int at = (r * TRAVERSAL.length + c) * k;
                    System.arraycopy(means, between[0] * k, traversal, at, k);
                    traversal[at + traversed[r]] = (float) TRAVERSAL[c];
                }
            }
            int decoded = decodedClass(conditioning);
            return new Result(code, n, k, means, dimensions, squares / ((double) n * row.length), manifoldDims, settings.grid(), manifold,
                    priorSamples, between, decoding.run(decoder, line, decoding.classesFor(settings.steps(), decoded)), traversed,
                    decoding.run(decoder, traversal, decoding.classesFor(traversal.length / k, decoded)), data.sampleShape(), conditioning);
        }
    }

    private static int decodedClass(Conditioning conditioning) {
        return conditioning == null ? -1 : conditioning.decoded();
    }

    /**
     * {@code count} decodings of the prior N(0, I) drawn from {@code seed}: a conditional decoder's as rows of codes, each code
     * decoded with every class in turn (one style drawn as each class), else one code each.
     */
    private static float[][] prior(GeneratorModel decoding, ModelSession decoder, int k, int count, long seed) throws OrtException {
        int codes = decoding.conditional() ? Math.max(1, count / decoding.classes()) : count;
        int each = decoding.conditional() ? decoding.classes() : 1;
        float[] prior = new float[codes * each * k];
        Random random = new Random(seed);
        for (int c = 0; c < codes; c++) {
            float[] drawn = new float[k];
            for (int d = 0; d < k; d++) {
                drawn[d] = (float) random.nextGaussian();
            }
            for (int e = 0; e < each; e++) {
                System.arraycopy(drawn, 0, prior, (c * each + e) * k, k);
            }
        }
        return decoding.run(decoder, prior, decoding.classesFor(codes * each, -1));
    }

    /**
     * {@code n} codes of the prior N(0, I), drawn from {@code seed}, decoded: the variational autoencoder's own samples (one
     * sample of {@code data} tells the code's width); a conditional one's drawn for every class in turn, with their classes.
     */
    public static GeneratorSpace.Drawn priorSamples(ModelProto model, VariationalCode code, Dataset data, int n, long seed) throws OrtException,
            ModelLoadException {
        ModelProto decoderModel = decoder(model, code, data);
        GeneratorModel decoding = GeneratorModel.of(decoderModel);
        float[] prior = new float[n * decoding.dims()];
        Random random = new Random(seed);
        for (int i = 0; i < prior.length; i++) {
            prior[i] = (float) random.nextGaussian();
        }
        int[] classes = decoding.classesFor(n, -1);
        try (ModelSession decoder = OnnxRuntime.open(decoderModel.toByteArray(), "decoder", RuntimeSettings.forTrainer())) {
            return new GeneratorSpace.Drawn(decoding.run(decoder, prior, classes), classes);
        }
    }

    /**
     * The decoder cut from a variational autoencoder's model: a generator of its prior's codes (and a conditional one's class),
     * as {@code generate} draws a GAN's generator; one sample of {@code data} tells the code's width.
     */
    public static ModelProto decoder(ModelProto model, VariationalCode code, Dataset data) throws OrtException, ModelLoadException {
        int k = LayerActivations.of(model, data, 1, List.of(code.mean())).width(code.mean());
        return LatentDecoder.of(model, code.latent(), k);
    }

    /** Each sample's KL term KL(q(z|x) ‖ N(0, I)), summed over the code's dimensions (nats), for all of {@code data}. */
    public static double[] divergences(ModelProto model, VariationalCode code, Dataset data) throws OrtException, ModelLoadException {
        LayerActivations encoded = LayerActivations.of(model, data, data.size(), List.of(code.mean(), code.logVariance()));
        int k = encoded.width(code.mean());
        float[] means = encoded.values().get(code.mean());
        float[] logVariances = encoded.values().get(code.logVariance());
        double[] kl = new double[encoded.samples()];
        for (int i = 0; i < kl.length; i++) {
            for (int d = 0; d < k; d++) {
                kl[i] += divergence(means[i * k + d], logVariances[i * k + d]);
            }
        }
        return kl;
    }

    static List<Dimension> dimensions(float[] means, float[] logVariances, int n, int k) {
        List<Dimension> dimensions = new ArrayList<>();
        for (int d = 0; d < k; d++) {
            double kl = 0;
            double sum = 0;
            double squares = 0;
            double variance = 0;
            for (int i = 0; i < n; i++) {
                double m = means[i * k + d];
                kl += divergence(m, logVariances[i * k + d]);
                sum += m;
                squares += m * m;
                variance += Math.exp(logVariances[i * k + d]);
            }
            double average = sum / n;
            dimensions.add(new Dimension(d, kl / n, Math.max(0, squares / n - average * average) * n / (n - 1), variance / n));
        }
        return dimensions;
    }

    /** KL(N(m, exp(lv)) ‖ N(0, 1)) of one code value. */
    private static double divergence(double m, double lv) {
        return 0.5 * (m * m + Math.exp(lv) - 1 - lv);
    }

    /** The two dimensions of largest KL term, the larger first; a one-dimensional code spans itself twice. */
    private static int[] largestKl(List<Dimension> dimensions) {
        List<Dimension> sorted = dimensions.stream().sorted((a, b) -> Double.compare(b.kl(), a.kl())).toList();
        return sorted.size() == 1 ? new int[] {0, 0} : new int[] {sorted.get(0).dimension(), sorted.get(1).dimension()};
    }

    /** Sample 0 and the first sample of another class (or sample 1 where the data has no classes). */
    private static int[] defaultPair(Dataset data, int n) {
        if (data.hasLabels()) {
            for (int i = 1; i < n; i++) {
                if (data.label(i) != data.label(0)) {
                    return new int[] {0, i};
                }
            }
        }
        return new int[] {0, 1};
    }

    /**
     * Codes over the standard normal's quantiles (i + ½)/grid in each of the two dimensions, the others 0: row r from the top holds
     * dims[1]'s quantile (grid − 1 − r), column c dims[0]'s quantile c, so the picture's up is the second dimension's plus.
     */
    static float[] grid(int k, int[] dims, int grid) {
        float[] codes = new float[grid * grid * k];
        for (int r = 0; r < grid; r++) {
            for (int c = 0; c < grid; c++) {
                int at = (r * grid + c) * k;
                codes[at + dims[0]] = (float) NormalQuantile.of((c + 0.5) / grid);
                if (dims[1] != dims[0]) {
                    codes[at + dims[1]] = (float) NormalQuantile.of((grid - 1 - r + 0.5) / grid);
                }
            }
        }
        return codes;
    }
}
