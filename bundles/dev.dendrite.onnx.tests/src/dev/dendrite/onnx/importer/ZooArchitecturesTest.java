package dev.dendrite.onnx.importer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.dendrite.model.network.OnnxOperator;
import dev.dendrite.onnx.graph.FloatTensor;

/** The model zoo's CNN architectures, built at small widths: each imports and its re-export computes what the original does. */
class ZooArchitecturesTest {

    static java.util.List<String> names() {
        return ZooArchitectures.names();
    }

    @ParameterizedTest
    @MethodSource("names")
    void importsAndComputesTheSame(String name) throws Exception {
        FloatTensor x = FloatTensor.zeros(2, 3, 32, 32);
        java.util.Random random = new java.util.Random(1);
        for (int i = 0; i < x.size(); i++) {
            x.values()[i] = (float) random.nextGaussian();
        }
        ImportResult imported = ImportCorpusTest.importsAndComputesTheSame(ZooArchitectures.build(name), name + ".onnx", x);
        Map<String, Integer> kinds = new TreeMap<>();
        imported.network().getLayers().forEach(l -> kinds.merge(l instanceof OnnxOperator o ? "onnx:" + o.getOpType() : l.eClass().getName(),
                1, Integer::sum));
        System.out.println(name + ": " + kinds);
        assertTrue(imported.network().getLayers().size() > 8, name + " has its layers: " + kinds);
    }
}
