package dev.dendrite.analysis.manifold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** NC1 layer by layer, the test split decided by the training means, coinciding means left out, and the geometric fit. */
class LayerSeparationTest {

    /** Three classes at fixed centres, each layer's noise a quarter of the last's: NC1 falls by 1/16 per layer, a straight line. */
    @Test
    void measuresEachLayerAndFitsItsRatio() {
        int n = 600;
        int width = 4;
        SplittableRandom random = new SplittableRandom(5);
        int[] labels = new int[n];
        double[][] noise = new double[n][width];
        for (int i = 0; i < n; i++) {
            labels[i] = i % 3;
            for (int d = 0; d < width; d++) {
                noise[i][d] = random.nextGaussian();
            }
        }
        var values = new LinkedHashMap<String, float[]>();
        double spread = 2;
        for (String name : List.of("input", "one", "two", "three")) {
            float[] x = new float[n * width];
            for (int i = 0; i < n; i++) {
                for (int d = 0; d < width; d++) {
                    x[i * width + d] = (float) ((d == labels[i] ? 3 : 0) + spread * noise[i][d]);
                }
            }
            values.put(name, x);
            spread /= 4;
        }
        values.put("constant", new float[n * width]);
        LayerActivations train = new LayerActivations(List.copyOf(values.keySet()), values, n);
        // The test split: the same samples with class 1's labelled 2 and 2's 1, so the training means decide them wrongly.
        int[] swapped = labels.clone();
        for (int i = 0; i < n; i++) {
            swapped[i] = labels[i] == 0 ? 0 : 3 - labels[i];
        }
        LayerSeparation s = LayerSeparation.of(train, labels, train, swapped, 3, () -> false);
        assertEquals(5, s.layers().size());
        for (int l = 0; l < 4; l++) {
            LayerSeparation.Layer layer = s.layers().get(l);
            assertEquals(NeuralCollapse.of(values.get(layer.name()), width, labels, 3, null, null).withinClassVariation(),
                    layer.withinClassVariation(), 1e-12, layer.name());
            assertEquals(width, layer.width());
        }
        assertTrue(Double.isNaN(s.layers().get(4).withinClassVariation()), "coinciding means: no NC1, not a perfect 0");
        assertEquals(1.0, s.layers().get(3).nearestMeanAccuracy(), 1e-12, "clean clusters");
        assertTrue(s.layers().get(3).testNearestMeanAccuracy() < 0.34, "the training means decide the test samples: "
                + s.layers().get(3).testNearestMeanAccuracy());
        // NC1 ~ the within-class variance: a sixteenth per layer, once the noise is small against the centres.
        assertEquals(1 / 16.0, s.layers().get(3).withinClassVariation() / s.layers().get(2).withinClassVariation(), 0.01);
        assertTrue(s.ratio() > 0.03 && s.ratio() < 0.1, "ratio " + s.ratio());
        assertTrue(s.fit() > 0.98, "R² " + s.fit());
    }

    @Test
    void geometricFitIsTheLineOnALogAxis() {
        double[] exact = LayerSeparation.geometricFit(new double[] {100, 8, 4, 2, 1});
        assertEquals(0.5, exact[0], 1e-12, "the input left out");
        assertEquals(1, exact[1], 1e-12);
        double[] skipped = LayerSeparation.geometricFit(new double[] {1, 9, Double.NaN, 1, 0});
        assertEquals(1 / 3.0, skipped[0], 1e-12, "NaN and 0 left out");
        double[] bent = LayerSeparation.geometricFit(new double[] {1, 1, 0.1, 0.1, 0.01});
        assertTrue(bent[1] < 0.95 && bent[1] > 0.5, "R² " + bent[1]);
        assertTrue(Double.isNaN(LayerSeparation.geometricFit(new double[] {1, 2})[0]), "one layer: no line");
    }
}
