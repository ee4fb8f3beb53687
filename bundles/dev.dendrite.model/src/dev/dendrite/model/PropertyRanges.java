package dev.dendrite.model;

import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EStructuralFeature;

import dev.dendrite.model.network.NetworkPackage.Literals;
import dev.dendrite.model.network.convolution.ConvolutionPackage;
import dev.dendrite.model.network.generative.GenerativePackage;
import dev.dendrite.model.network.gnn.GnnPackage;
import dev.dendrite.model.network.normalization.NormalizationPackage;
import dev.dendrite.model.network.sequence.SequencePackage;

/**
 * The valid range of each numeric setting, so that editors can refuse a value before it is set
 * (shape inference reports the same limits on files edited by hand).
 */
public final class PropertyRanges {

    /** An interval; {@code maxExclusive} applies to the upper end only. */
    public record Range(double min, double max, boolean maxExclusive) {

        public boolean contains(double value) {
            return value >= min && (maxExclusive ? value < max : value <= max) && !Double.isNaN(value);
        }

        @Override
        public String toString() {
            String upper = max == Double.POSITIVE_INFINITY || max >= Integer.MAX_VALUE ? "" : (maxExclusive ? " and below " : " and at most ")
                    + format(max);
            return "at least " + format(min) + upper;
        }

        private static String format(double value) {
            return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
        }
    }

    private static final double INF = Double.POSITIVE_INFINITY;
    private static final Range POSITIVE = new Range(1, Integer.MAX_VALUE, false);
    private static final Range NON_NEGATIVE = new Range(0, Integer.MAX_VALUE, false);
    private static final Range PROBABILITY = new Range(0, 1, true);

    private static final Map<EStructuralFeature, Range> RANGES = Map.ofEntries(
            Map.entry(Literals.DENSE__UNITS, POSITIVE),
            Map.entry(ConvolutionPackage.Literals.CONVOLUTION__DIMENSIONS, new Range(1, 2, false)),
            Map.entry(ConvolutionPackage.Literals.CONVOLUTION__IN_CHANNELS, NON_NEGATIVE),
            Map.entry(ConvolutionPackage.Literals.CONVOLUTION__OUT_CHANNELS, POSITIVE),
            Map.entry(ConvolutionPackage.Literals.CONVOLUTION__KERNEL, POSITIVE),
            Map.entry(ConvolutionPackage.Literals.CONVOLUTION__STRIDE, POSITIVE),
            Map.entry(ConvolutionPackage.Literals.CONVOLUTION__PADDING, NON_NEGATIVE),
            Map.entry(ConvolutionPackage.Literals.CONVOLUTION__PADDING_END, new Range(-1, Integer.MAX_VALUE, false)),
            Map.entry(ConvolutionPackage.Literals.CONVOLUTION__DILATION, POSITIVE),
            Map.entry(ConvolutionPackage.Literals.CONVOLUTION__GROUPS, POSITIVE),
            Map.entry(ConvolutionPackage.Literals.TRANSPOSED_CONVOLUTION__DIMENSIONS, new Range(1, 2, false)),
            Map.entry(ConvolutionPackage.Literals.TRANSPOSED_CONVOLUTION__IN_CHANNELS, NON_NEGATIVE),
            Map.entry(ConvolutionPackage.Literals.TRANSPOSED_CONVOLUTION__OUT_CHANNELS, POSITIVE),
            Map.entry(ConvolutionPackage.Literals.TRANSPOSED_CONVOLUTION__KERNEL, POSITIVE),
            Map.entry(ConvolutionPackage.Literals.TRANSPOSED_CONVOLUTION__STRIDE, POSITIVE),
            Map.entry(ConvolutionPackage.Literals.TRANSPOSED_CONVOLUTION__PADDING, NON_NEGATIVE),
            Map.entry(ConvolutionPackage.Literals.TRANSPOSED_CONVOLUTION__OUTPUT_PADDING, NON_NEGATIVE),
            Map.entry(ConvolutionPackage.Literals.POOLING__DIMENSIONS, new Range(1, 2, false)),
            Map.entry(ConvolutionPackage.Literals.POOLING__KERNEL, POSITIVE),
            Map.entry(ConvolutionPackage.Literals.POOLING__STRIDE, NON_NEGATIVE),
            Map.entry(ConvolutionPackage.Literals.POOLING__PADDING, NON_NEGATIVE),
            Map.entry(ConvolutionPackage.Literals.POOLING__DILATION, POSITIVE),
            Map.entry(ConvolutionPackage.Literals.POOLING__PADDING_END, new Range(-1, Integer.MAX_VALUE, false)),
            Map.entry(Literals.ADD__INPUTS, new Range(2, 64, false)),
            Map.entry(Literals.ONNX_OPERATOR__INPUTS, new Range(1, 64, false)),
            Map.entry(NormalizationPackage.Literals.LOCAL_RESPONSE_NORM__SIZE, POSITIVE),
            Map.entry(NormalizationPackage.Literals.LOCAL_RESPONSE_NORM__ALPHA, new Range(0, INF, false)),
            Map.entry(NormalizationPackage.Literals.LOCAL_RESPONSE_NORM__BETA, new Range(0, INF, false)),
            Map.entry(NormalizationPackage.Literals.LOCAL_RESPONSE_NORM__BIAS, new Range(0, INF, false)),
            Map.entry(Literals.CONCAT__INPUTS, new Range(2, 64, false)),
            Map.entry(NormalizationPackage.Literals.BATCH_NORM__MOMENTUM, new Range(0, 1, false)),
            Map.entry(NormalizationPackage.Literals.BATCH_NORM__EPSILON, new Range(0, 1, false)),
            Map.entry(NormalizationPackage.Literals.LAYER_NORM__EPSILON, new Range(0, 1, false)),
            Map.entry(NormalizationPackage.Literals.LAYER_NORM__NORMALIZED_DIMS, POSITIVE),
            Map.entry(NormalizationPackage.Literals.RMS_NORM__EPSILON, new Range(0, 1, false)),
            Map.entry(Literals.DROPOUT__RATE, PROBABILITY),
            Map.entry(Literals.NOISE__AMOUNT, new Range(0, INF, false)),
            Map.entry(GenerativePackage.Literals.GAUSSIAN_LATENT__KL_WEIGHT, new Range(0, INF, false)),
            Map.entry(ConvolutionPackage.Literals.UPSAMPLE__SCALE, new Range(1, 64, false)),
            Map.entry(GenerativePackage.Literals.GAUSSIAN_LATENT__KL_WARMUP_STEPS, NON_NEGATIVE),
            Map.entry(SequencePackage.Literals.EMBEDDING__VOCABULARY_SIZE, POSITIVE),
            Map.entry(SequencePackage.Literals.EMBEDDING__EMBEDDING_DIM, POSITIVE),
            Map.entry(SequencePackage.Literals.RECURRENT__HIDDEN_SIZE, POSITIVE),
            Map.entry(SequencePackage.Literals.RECURRENT__GENERATE_STEPS, new Range(0, 1 << 20, false)),
            Map.entry(SequencePackage.Literals.ATTENTION__HEADS, POSITIVE),
            Map.entry(SequencePackage.Literals.POSITIONAL_ENCODING__MAX_LENGTH, new Range(1, 1 << 20, false)),
            Map.entry(GnnPackage.Literals.MESSAGE_PASSING__OUT_FEATURES, POSITIVE),
            Map.entry(GnnPackage.Literals.GRAPH_CONVOLUTION__OUT_FEATURES, POSITIVE),
            Map.entry(GnnPackage.Literals.GRAPH_ATTENTION__OUT_FEATURES, POSITIVE),
            Map.entry(GnnPackage.Literals.GRAPH_ATTENTION__HEADS, POSITIVE),
            Map.entry(GnnPackage.Literals.GRAPH_ATTENTION__NEGATIVE_SLOPE, new Range(0, INF, false)),
            Map.entry(GnnPackage.Literals.GRAPH_ATTENTION__DROPOUT, PROBABILITY),
            Map.entry(GnnPackage.Literals.TOP_KPOOLING__RATIO, new Range(0, 1, false)),
            Map.entry(GnnPackage.Literals.TOP_KPOOLING__K, NON_NEGATIVE),
            Map.entry(GnnPackage.Literals.GRAPH_INPUT__NODE_FEATURES, POSITIVE),
            Map.entry(GnnPackage.Literals.GRAPH_INPUT__EDGE_FEATURES, NON_NEGATIVE),
            Map.entry(GenerativePackage.Literals.RBM__VISIBLE_UNITS, NON_NEGATIVE),
            Map.entry(GenerativePackage.Literals.RBM__HIDDEN_UNITS, POSITIVE),
            Map.entry(GenerativePackage.Literals.RBM__CD_STEPS, POSITIVE),
            Map.entry(Literals.LOSS__WEIGHT, new Range(Double.MIN_VALUE, INF, false)),
            Map.entry(Literals.LOSS__GRADIENT_PENALTY, new Range(0, INF, false)),
            Map.entry(Literals.REGULARIZATION__L1, new Range(0, INF, false)),
            Map.entry(Literals.REGULARIZATION__L2, new Range(0, INF, false)),
            Map.entry(Literals.TRAINING_SETTINGS__EPOCHS, POSITIVE),
            Map.entry(Literals.TRAINING_SETTINGS__BATCH_SIZE, POSITIVE),
            Map.entry(Literals.TRAINING_SETTINGS__LEARNING_RATE, new Range(Double.MIN_VALUE, INF, false)),
            Map.entry(Literals.TRAINING_SETTINGS__MOMENTUM, PROBABILITY),
            Map.entry(Literals.TRAINING_SETTINGS__ADAM_BETA1, PROBABILITY),
            Map.entry(Literals.TRAINING_SETTINGS__ADAM_BETA2, PROBABILITY),
            Map.entry(Literals.TRAINING_SETTINGS__DISCRIMINATOR_STEPS, POSITIVE),
            Map.entry(Literals.TRAINING_SETTINGS__DISCRIMINATOR_LEARNING_RATE, new Range(0, INF, false)),
            Map.entry(Literals.TRAINING_SETTINGS__WEIGHT_DECAY, new Range(0, INF, false)),
            Map.entry(Literals.TRAINING_SETTINGS__VALIDATION_FRACTION, PROBABILITY),
            Map.entry(Literals.TRAINING_SETTINGS__EARLY_STOPPING_PATIENCE, NON_NEGATIVE));

    private PropertyRanges() {
    }

    public static Optional<Range> of(EStructuralFeature feature) {
        return Optional.ofNullable(RANGES.get(feature));
    }

    /** Null when the value is allowed, else a message such as "units must be at least 1". */
    public static String check(EStructuralFeature feature, Object value) {
        Range range = RANGES.get(feature);
        if (range == null || !(value instanceof Number number)) {
            return null;
        }
        return range.contains(number.doubleValue()) ? null : feature.getName() + " must be " + range + ", not " + value;
    }
}
