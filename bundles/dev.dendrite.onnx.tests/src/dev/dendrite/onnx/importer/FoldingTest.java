package dev.dendrite.onnx.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.dendrite.model.Networks;
import dev.dendrite.model.fold.Folding;
import dev.dendrite.model.fold.RepeatedStructures;
import dev.dendrite.model.network.BlockInstance;
import dev.dendrite.onnx.export.OnnxExporter;
import dev.dendrite.onnx.graph.FloatTensor;

/** Imported zoo architectures fold their repeated structures into blocks and still compute what they computed. */
class FoldingTest {

    @ParameterizedTest
    @ValueSource(strings = {"densenet121"})
    void repeatedStructuresFoldIntoBlocksThatComputeTheSame(String name) throws Exception {
        FloatTensor x = FloatTensor.zeros(2, 3, 32, 32);
        java.util.Random random = new java.util.Random(2);
        for (int i = 0; i < x.size(); i++) {
            x.values()[i] = (float) random.nextGaussian();
        }
        var model = ZooArchitectures.build(name);
        ImportResult imported = OnnxImporter.read(model.toByteArray(), name + ".onnx", false);
        int before = imported.network().getLayers().size();
        List<RepeatedStructures.Repeat> repeats = RepeatedStructures.find(imported.network(), 2, 2);
        assertTrue(!repeats.isEmpty(), name + " repeats itself");
        List<BlockInstance> instances = Folding.foldAll(imported.network(), repeats, Folding.DIRECT);
        int after = imported.network().getLayers().size();
        System.out.printf("%s: %d top-level layers, %d after folding %d repeats into %d blocks%n", name, before, after, repeats.size(),
                instances.size());
        assertTrue(after < before * 0.6, name + ": " + before + " → " + after);
        assertEquals(instances.size(), imported.network().getBlocks().size(), "a block of its own per fold: nothing shared");
        assertTrue(Networks.inspect(imported.network()).diagnostic().getSeverity() < org.eclipse.emf.common.util.Diagnostic.ERROR,
                Networks.inspect(imported.network()).diagnostic().toString());
        // The same weights (the layers keep their ids) give the same outputs through the blocks.
        var folded = OnnxExporter.export(imported.network(), imported.weights(), "test").model();
        float[] expected = ImportCorpusTest.run(model, x).get(0);
        float[] got = ImportCorpusTest.run(folded, x).get(0);
        assertEquals(expected.length, got.length);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], got[i], 1e-4 * Math.max(1, Math.abs(expected[i])), name + ": output " + i);
        }
    }
}
