package dev.dendrite.analysis.quantization;

import java.util.List;
import java.util.Map;

import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnxruntime.OrtException;
import dev.dendrite.runtime.ModelLoadException;
import dev.dendrite.train.data.Dataset;

/**
 * Post-training quantization of a trained float model: BatchNormalization folded into the layers
 * before it, activation ranges calibrated on training samples, then weights and activations rounded
 * to integers in ONNX's QDQ form (see {@link QdqRewrite}), which ONNX Runtime runs with integer kernels.
 */
public final class Quantization {

    /** The file a run directory keeps its last quantization report in ({@code dendrite quantize --json}'s object). */
    public static final String REPORT = "quantization.json";

    /**
     * A quantized model and what went into it.
     *
     * @param model the quantized ONNX model
     * @param folded BatchNormalizations folded into the layers before them
     * @param layers the layers with integer weights
     * @param tensors the activations that run as integers
     * @param sqnr the signal-to-quantization-noise ratio in dB of each calibrated activation and, last, of the model's first output
     *            (under its name), the quantized model against the float one on up to 256 calibration samples
     */
    public record Result(ModelProto model, QuantizationSettings settings, int folded, List<QuantizedLayer> layers, List<QuantizedTensor> tensors,
            Map<String, Double> sqnr) {

        /** The model output's SQNR in dB. */
        public double outputSqnr() {
            return sqnr.get(model.getGraph().getOutput(0).getName());
        }
    }

    private Quantization() {
    }

    /** The names of the layers {@link #quantize} would give integer weights, in graph order ({@link QuantizedLayer#name()}). */
    public static List<String> layers(ModelProto model) {
        return QuantizationPlan.of(BatchNormFolding.fold(model).model().getGraph()).layers().stream()
                .map(n -> n.getName().isEmpty() ? n.getOutput(0) : n.getName()).toList();
    }

    /**
     * Quantizes {@code model}, calibrating on samples of {@code calibration}.
     *
     * @throws IllegalArgumentException naming why the model cannot be quantized (no layer with constant weights, several inputs,
     *             an old opset, non-finite activations)
     */
    public static Result quantize(ModelProto model, Dataset calibration, QuantizationSettings settings) throws OrtException, ModelLoadException {
        return calibrate(model, calibration, settings).quantize(settings);
    }

    /**
     * Folds, plans and calibrates {@code model} once (ranges and each layer input's means, what any width needs), for
     * quantizing it at several widths; {@code settings} gives the calibration's samples, seed and percentile.
     *
     * @throws IllegalArgumentException as {@link #quantize}
     */
    public static Calibrated calibrate(ModelProto model, Dataset calibration, QuantizationSettings settings) throws OrtException,
            ModelLoadException {
        if (calibration.size() == 0) {
            throw new IllegalArgumentException("no calibration samples: the training split is empty");
        }
        BatchNormFolding.Folded folded = BatchNormFolding.fold(model);
        QuantizationPlan plan = QuantizationPlan.of(folded.model().getGraph());
        if (plan.layers().isEmpty()) {
            throw new IllegalArgumentException("the model has no convolution, Gemm or MatMul with a constant weight: nothing to quantize");
        }
        // Bias correction needs each layer input's mean: per element of a sample for a convolution, per feature for a dense layer.
        Map<String, Integer> meanAxes = new java.util.HashMap<>();
        plan.layers().forEach(l -> meanAxes.putIfAbsent(l.getInput(0), l.getOpType().equals("Conv") ? 0 : -1));
        var measured = ActivationRanges.measure(folded.model(), plan.calibrated(), meanAxes, calibration, settings);
        return new Calibrated(folded, plan, measured, calibration, settings);
    }

    /** A model folded, planned and calibrated, ready to be quantized at any width with the calibration's settings. */
    public static final class Calibrated {

        private final BatchNormFolding.Folded folded;
        private final QuantizationPlan plan;
        private final ActivationRanges.Calibration measured;
        private final Dataset calibration;
        private final QuantizationSettings calibrated;

        private Calibrated(BatchNormFolding.Folded folded, QuantizationPlan plan, ActivationRanges.Calibration measured, Dataset calibration,
                QuantizationSettings calibrated) {
            this.folded = folded;
            this.plan = plan;
            this.measured = measured;
            this.calibration = calibration;
            this.calibrated = calibrated;
        }

        /** The model at {@code settings}' widths, kept layers and bias correction (its calibration settings are those calibrated with). */
        public Result quantize(QuantizationSettings settings) throws OrtException, ModelLoadException {
            QdqRewrite.Quantized quantized = QdqRewrite.rewrite(folded.model(), plan, measured.ranges(), measured.means(),
                    measured.meanShapes(), settings);
            int[] probe = ActivationRanges.samples(calibration.size(), Math.min(256, calibrated.calibrationSamples()), calibrated.seed());
            Map<String, Double> sqnr = QuantizationError.sqnr(folded.model(), quantized.model(), plan.calibrated().stream()
                    .filter(t -> !t.equals(folded.model().getGraph().getInput(0).getName())).toList(), calibration, probe);
            return new Result(quantized.model(), settings, folded.folded(), quantized.layers(), quantized.tensors(), sqnr);
        }
    }
}
