package dev.dendrite.onnx.export;

import java.util.List;
import java.util.Map;

import ai.onnx.proto.OnnxMl.ModelProto;
import dev.dendrite.model.Networks;
import dev.dendrite.model.network.Network;

/** Lets tests in other packages use the export harness. */
public final class TestAccess {

    private final ExportHarness harness;

    public TestAccess(long seed) {
        harness = new ExportHarness(seed);
    }

    /** Exports with random weights. */
    public ExportResult export(Network network) throws Exception {
        var inspection = Networks.inspect(network);
        return OnnxExporter.export(network, harness.randomWeights(network, inspection.shapes()), "test");
    }

    public Map<String, Object> inputs(Network network) {
        return harness.randomInputs(network, Networks.inspect(network).shapes());
    }

    public static List<float[]> run(ModelProto model, Map<String, Object> inputs) throws Exception {
        return ExportHarness.run(model, inputs);
    }
}
