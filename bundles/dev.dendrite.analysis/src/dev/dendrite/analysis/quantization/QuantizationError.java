package dev.dendrite.analysis.quantization;

import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.dendrite.analysis.evaluation.ModelProbes;
import dev.dendrite.runtime.ModelLoadException;
import dev.dendrite.runtime.ModelSession;
import dev.dendrite.runtime.OnnxRuntime;
import dev.dendrite.runtime.RuntimeSettings;
import dev.dendrite.train.data.Dataset;
import dev.dendrite.train.run.ModelOutputs;

/**
 * Where the rounding's error builds up: each integer activation and the model's output compared
 * between the float model and the quantized one on the same samples, as a signal-to-quantization-noise
 * ratio. The quantized model names each dequantized activation as the float model names the tensor,
 * so both expose the same names.
 */
final class QuantizationError {

    private QuantizationError() {
    }

    /** 10·log10(Σf² / Σ(f − q)²) per tensor, in {@code tensors}' order with the model's first output last; infinite where equal. */
    static Map<String, Double> sqnr(ModelProto floats, ModelProto quantized, List<String> tensors, Dataset data, int[] samples)
            throws OrtException, ModelLoadException {
        String output = floats.getGraph().getOutput(0).getName();
        List<String> names = new ArrayList<>(tensors);
        names.remove(output);
        names.add(output);
        float[][] reference = run(floats, names, data, samples);
        float[][] rounded = run(quantized, names, data, samples);
        Map<String, Double> sqnr = new LinkedHashMap<>();
        for (int t = 0; t < names.size(); t++) {
            double signal = 0;
            double noise = 0;
            for (int i = 0; i < reference[t].length; i++) {
                signal += (double) reference[t][i] * reference[t][i];
                double e = reference[t][i] - rounded[t][i];
                noise += e * e;
            }
            sqnr.put(names.get(t), noise == 0 ? Double.POSITIVE_INFINITY : 10 * Math.log10(signal / noise));
        }
        return sqnr;
    }

    private static float[][] run(ModelProto model, List<String> names, Dataset data, int[] samples) throws OrtException, ModelLoadException {
        try (ModelSession session = OnnxRuntime.open(ModelProbes.exposing(model, names).toByteArray(), "the error probe",
                RuntimeSettings.forTrainer())) {
            String input = session.inputNames().iterator().next();
            int size = data.sampleSize();
            long[] shape = ModelOutputs.inputShape(session, input, size).clone();
            shape[0] = samples.length;
            float[] x = new float[samples.length * size];
            for (int r = 0; r < samples.length; r++) {
                data.features(samples[r], x, r * size);
            }
            try (OnnxTensor tensor = OnnxTensor.createTensor(OnnxRuntime.environment(), FloatBuffer.wrap(x), shape);
                 OrtSession.Result result = session.session().run(Map.of(input, tensor), Set.copyOf(names))) {
                float[][] values = new float[names.size()][];
                for (int t = 0; t < names.size(); t++) {
                    FloatBuffer buffer = ((OnnxTensor) result.get(names.get(t)).orElseThrow()).getFloatBuffer();
                    values[t] = new float[buffer.remaining()];
                    buffer.get(values[t]);
                }
                return values;
            }
        }
    }
}
