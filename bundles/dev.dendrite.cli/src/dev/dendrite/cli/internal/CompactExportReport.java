package dev.dendrite.cli.internal;

import java.io.IOException;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import dev.dendrite.analysis.pruning.CompactExport;
import dev.dendrite.cli.CommandContext;
import dev.dendrite.cli.UsageException;
import dev.dendrite.model.io.AtomicFiles;
import dev.dendrite.model.network.Network;
import dev.dendrite.onnx.export.ExportException;
import dev.dendrite.onnx.export.ExportResult;
import dev.dendrite.onnx.export.OnnxExporter;
import dev.dendrite.runtime.ModelLoadException;
import dev.dendrite.runtime.ModelSession;
import dev.dendrite.runtime.OnnxRuntime;
import dev.dendrite.runtime.RuntimeSettings;

/** {@code dendrite export --compact}: a pruned network with dead units removed and sparse initializers, with sizes and times before and after. */
final class CompactExportReport {

    private static final int BATCH = 256;

    private CompactExportReport() {
    }

    static int write(CommandContext context, Network network, ExportResult dense, Path target) throws IOException, ExportException, UsageException {
        CompactExport.Compacted compacted = CompactExport.removeDeadUnits(network, dense.weights());
        ModelProto model = CompactExport.sparsify(OnnxExporter.export(compacted.network(), compacted.weights(), DendriteVersion.get()).model());
        byte[] denseBytes = dense.model().toByteArray();
        byte[] compactBytes = model.toByteArray();
        double denseMs;
        double compactMs;
        try {
            denseMs = milliseconds(denseBytes, dense.model().getGraph().getInput(0));
            compactMs = milliseconds(compactBytes, model.getGraph().getInput(0));
        } catch (OrtException | ModelLoadException e) {
            throw new UsageException("the compact model does not run: " + e.getMessage());
        }
        AtomicFiles.write(target, compactBytes);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("output", target.toString());
        json.put("unitsRemoved", compacted.unitsRemoved());
        json.put("sparseInitializers", model.getGraph().getSparseInitializerCount());
        json.put("denseBytes", denseBytes.length);
        json.put("compactBytes", compactBytes.length);
        json.put("denseMillisecondsPerBatch", denseMs);
        json.put("compactMillisecondsPerBatch", compactMs);
        json.put("batch", BATCH);
        context.print(json, String.format(Locale.ROOT, "Wrote %s: %d dead units removed, %d sparse initializers; %,d → %,d bytes; inference of "
                + "%d samples %.2f → %.2f ms", target, compacted.unitsRemoved(), model.getGraph().getSparseInitializerCount(), denseBytes.length,
                compactBytes.length, BATCH, denseMs, compactMs));
        return 0;
    }

    /** Steps of a sequence input's symbolic length when timing (within the shortest position table a template has). */
    private static final int STEPS = 16;

    /**
     * Median time of a batch through the model: random values for its first input, or token id 0
     * for an int64 one; {@link #BATCH} samples, of {@link #STEPS} steps where the length is symbolic.
     */
    static double milliseconds(byte[] model, ValueInfoProto input) throws OrtException, ModelLoadException {
        var dims = input.getType().getTensorType().getShape().getDimList();
        long[] shape = new long[dims.size()];
        for (int i = 0; i < shape.length; i++) {
            shape[i] = dims.get(i).hasDimValue() && dims.get(i).getDimValue() > 0 ? dims.get(i).getDimValue() : i == 0 ? BATCH : STEPS;
        }
        int count = (int) Arrays.stream(shape).reduce(1, (a, b) -> a * b);
        boolean ids = input.getType().getTensorType().getElemType() == ai.onnx.proto.OnnxMl.TensorProto.DataType.INT64_VALUE;
        float[] values = new float[ids ? 0 : count];
        java.util.SplittableRandom random = new java.util.SplittableRandom(1);
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) random.nextDouble();
        }
        try (ModelSession session = OnnxRuntime.open(model, "model", RuntimeSettings.forTrainer());
             OnnxTensor x = ids ? OnnxTensor.createTensor(OnnxRuntime.environment(), java.nio.LongBuffer.wrap(new long[count]), shape)
                     : OnnxTensor.createTensor(OnnxRuntime.environment(), FloatBuffer.wrap(values), shape)) {
            double[] times = new double[21];
            for (int i = -5; i < times.length; i++) {
                long start = System.nanoTime();
                session.session().run(Map.of(input.getName(), x)).close();
                if (i >= 0) {
                    times[i] = (System.nanoTime() - start) / 1e6;
                }
            }
            Arrays.sort(times);
            return times[times.length / 2];
        }
    }
}
