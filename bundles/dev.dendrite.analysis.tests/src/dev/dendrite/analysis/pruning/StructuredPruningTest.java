package dev.dendrite.analysis.pruning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import dev.dendrite.analysis.pruning.StructuredPruning.Criterion;
import dev.dendrite.analysis.pruning.StructuredPruning.PrunedLayer;
import dev.dendrite.analysis.pruning.StructuredPruning.Settings;
import dev.dendrite.model.Networks;
import dev.dendrite.model.network.Dense;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.convolution.Convolution;
import dev.dendrite.model.network.convolution.TransposedConvolution;
import dev.dendrite.model.network.normalization.BatchNorm;
import dev.dendrite.model.templates.TemplateLibrary;
import dev.dendrite.onnx.export.OnnxExporter;
import dev.dendrite.onnx.graph.FloatTensor;
import dev.dendrite.onnx.weights.WeightInitializer;
import dev.dendrite.onnx.weights.Weights;

/** Whole units removed: the smaller network computes what the original computes with those units' outputs ignored. */
class StructuredPruningTest {

    @Test
    void lenet5LosesChannelsAndNeuronsAndComputesWhatTheOriginalDoesWithoutThem() throws Exception {
        Network network = TemplateLibrary.find("lenet-5").orElseThrow().create();
        Weights weights = initial(network, 3);
        StructuredPruning.Result result = StructuredPruning.prune(network, weights, new Settings(0.5, Map.of(), Criterion.L1));
        assertEquals(List.of("conv1", "conv2", "fc1", "fc2"), result.layers().stream().map(PrunedLayer::name).toList());
        assertEquals(3, ((Convolution) layer(result.network(), "conv1")).getOutChannels(), "6 channels, half removed");
        assertEquals(8, ((Convolution) layer(result.network(), "conv2")).getOutChannels());
        assertEquals(60, ((Dense) layer(result.network(), "fc1")).getUnits());
        assertEquals(6, ((Convolution) layer(network, "conv1")).getOutChannels(), "the caller's network is untouched");
        assertTrue(result.whole().get("fc3").contains("outputs"), result.whole().toString());
        assertEquals(8 * 5 * 5, result.weights().get(layer(result.network(), "fc1").getId(), "weight").orElseThrow()
                .shape()[0], "fc1 reads 8 channels of 5 × 5 after the flatten");
        assertSame(network, weights, result, new long[] {8, 1, 28, 28});
        assertTrue(Networks.inspect(result.network()).shapes().totalParameters().total() < 61_706 / 2,
                "half the units of every hidden layer leave under half the parameters");
    }

    @Test
    void aNetworkImportedFromItsOperatorsPrunesAsTheOriginalDoes() throws Exception {
        Network network = TemplateLibrary.find("lenet-5").orElseThrow().create();
        Weights weights = initial(network, 6);
        byte[] model = OnnxExporter.export(network, weights, "test").model().toByteArray();
        // Mapped from its operators (as a model from another tool is), not from the network Dendrite embeds.
        var imported = dev.dendrite.onnx.importer.OnnxImporter.read(model, "lenet.onnx", true);
        StructuredPruning.Result fromImport = StructuredPruning.prune(imported.network(), imported.weights(), new Settings(0.5, Map.of(),
                Criterion.L1));
        StructuredPruning.Result fromOriginal = StructuredPruning.prune(network, weights, new Settings(0.5, Map.of(), Criterion.L1));
        assertEquals(fromOriginal.layers().size(), fromImport.layers().size(), fromImport.whole().toString());
        for (int i = 0; i < fromOriginal.layers().size(); i++) {
            assertArrayEquals(fromOriginal.layers().get(i).removed(), fromImport.layers().get(i).removed(), "the same units of layer " + i);
        }
        float[] a = ModelRuns.run(OnnxExporter.export(fromOriginal.network(), fromOriginal.weights(), "test").model().toByteArray(), new long[] {4, 1, 28, 28});
        float[] b = ModelRuns.run(OnnxExporter.export(fromImport.network(), fromImport.weights(), "test").model().toByteArray(), new long[] {4, 1, 28, 28});
        assertArrayEquals(a, b, 1e-5f);
    }

    @Test
    void batchNormalisedMlpLosesTheNormalisationsChannelsAndBnRanksByGamma() throws Exception {
        Network network = TemplateLibrary.find("batchnorm-mlp").orElseThrow().create();
        Weights weights = initial(network, 5);
        randomNorms(network, weights, 9);
        UnitGroups.Found found = UnitGroups.find(network, Networks.inspect(network).shapes());
        UnitGroups.Group first = found.groups().get(0);
        assertEquals(1, first.normalisations().size(), "the BatchNorm after the first hidden layer goes with its units");
        float[] gamma = weights.get(first.normalisations().get(0).getId(), "scale").orElseThrow().values();
        StructuredPruning.Result result = StructuredPruning.prune(network, weights, new Settings(0.25, Map.of(), Criterion.BN_SCALE));
        int[] removed = result.layers().get(0).removed();
        double largestRemoved = java.util.Arrays.stream(removed).mapToDouble(u -> Math.abs(gamma[u])).max().orElseThrow();
        int smallerKept = 0;
        for (int u = 0; u < gamma.length; u++) {
            if (java.util.Arrays.binarySearch(removed, u) < 0 && Math.abs(gamma[u]) < largestRemoved) {
                smallerKept++;
            }
        }
        assertEquals(0, smallerKept, "bn removes the units of smallest |γ|");
        assertEquals(Math.round(0.25 * gamma.length), removed.length);
        assertSame(network, weights, result, new long[] {8, 784});
    }

    @Test
    void l1RemovesTheNeuronsOfSmallestIncomingWeightsAndAPerLayerShareWins() {
        Network network = TemplateLibrary.find("lenet-300-100").orElseThrow().create();
        Weights weights = initial(network, 1);
        float[] fc1 = weights.get("fc1", "weight").orElseThrow().values(); // [784, 300]
        for (int i = 0; i < 784; i++) {
            for (int u : new int[] {7, 150, 299}) {
                fc1[i * 300 + u] *= 0.01f;
            }
        }
        StructuredPruning.Result result = StructuredPruning.prune(network, weights, new Settings(0, Map.of("fc1", 0.01), Criterion.L1));
        assertArrayEquals(new int[] {7, 150, 299}, result.layers().get(0).removed(), "1% of 300: the three weakest");
        assertEquals(100, result.layers().get(1).after(), "fc2 takes the default share, none");
        assertTrue(result.layers().get(0).keptMass() > 0.999, "the three hold almost none of the L1 mass");
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> StructuredPruning.prune(network, weights, new Settings(0.5, Map.of("fc3", 0.5), Criterion.L1)));
        assertTrue(unknown.getMessage().contains("fc3") && unknown.getMessage().contains("outputs") && unknown.getMessage().contains("fc1, fc2"),
                unknown.getMessage());
        IllegalArgumentException noNorm = assertThrows(IllegalArgumentException.class,
                () -> StructuredPruning.prune(network, weights, new Settings(0.5, Map.of(), Criterion.BN_SCALE)));
        assertTrue(noNorm.getMessage().contains("fc1"), noNorm.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Settings(1, Map.of(), Criterion.L1));
    }

    @Test
    void aGlobalCutTakesTheUnitsWeakestAgainstTheirOwnLayerWhereverTheyAre() {
        Network network = TemplateLibrary.find("lenet-300-100").orElseThrow().create();
        Weights weights = initial(network, 2);
        float[] fc1 = weights.get("fc1", "weight").orElseThrow().values(); // [784, 300]
        for (int i = 0; i < 784; i++) {
            for (int u = 0; u < 200; u++) {
                fc1[i * 300 + u] *= 0.01f; // two-thirds of fc1 next to nothing; fc2's units all alike
            }
        }
        StructuredPruning.Result result = StructuredPruning.prune(network, weights, new Settings(0.5, Map.of(), Criterion.L1, true));
        assertEquals(100, result.layers().get(0).after(), "fc1 gives its 200 weak units, half of the 400");
        assertEquals(100, result.layers().get(1).after(), "fc2 gives none");
        assertArrayEquals(java.util.stream.IntStream.range(0, 200).toArray(), result.layers().get(0).removed());
        StructuredPruning.Result even = StructuredPruning.prune(network, weights, new Settings(0.5, Map.of(), Criterion.L1));
        assertEquals(List.of(150, 50), even.layers().stream().map(PrunedLayer::after).toList(), "each layer its own half");
        // Every layer keeps one unit, whatever the amount.
        StructuredPruning.Result most = StructuredPruning.prune(network, weights, new Settings(0.99, Map.of(), Criterion.L1, true));
        assertTrue(most.layers().stream().allMatch(l -> l.after() >= 1), most.layers().toString());
        assertEquals(Math.round(0.99 * 400), most.layers().stream().mapToInt(l -> l.before() - l.after()).sum());
        assertThrows(IllegalArgumentException.class, () -> new Settings(0.5, Map.of("fc1", 0.5), Criterion.L1, true));
    }

    @Test
    void activationRanksByWhatUnitsPassOnSoDeadUnitsGoFirstWhateverTheirWeights() throws Exception {
        Network network = TemplateLibrary.find("lenet-300-100").orElseThrow().create();
        Weights weights = initial(network, 3);
        float[] w = weights.get("fc1", "weight").orElseThrow().values(); // [784, 300]
        float[] b = weights.get("fc1", "bias").orElseThrow().values();
        for (int u = 0; u < 10; u++) {
            b[u] = -1000; // dead after the ReLU: they pass nothing on
            for (int i = 0; i < 784; i++) {
                w[i * 300 + u] *= 3; // and the largest weights, which L1 keeps
            }
        }
        int n = 64;
        float[] x = new float[n * 784];
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) random.nextDouble();
        }
        var data = dev.dendrite.train.data.Dataset.classification("noise", new long[] {784}, x, new int[n], 10);
        Map<String, double[]> activity = UnitActivity.measure(network, weights, data, n);
        double[] fc1 = activity.get("fc1");
        assertEquals(300, fc1.length);
        // Unit 20 by hand: the mean of relu(x·w + b) over the samples.
        double expected = 0;
        for (int s = 0; s < n; s++) {
            double z = b[20];
            for (int i = 0; i < 784; i++) {
                z += x[s * 784 + i] * w[i * 300 + 20];
            }
            expected += Math.max(0, z) / n;
        }
        assertEquals(expected, fc1[20], 1e-4 * Math.max(1, expected));
        StructuredPruning.Result byActivity = StructuredPruning.prune(network, weights, new Settings(0, Map.of("fc1", 10.0 / 300 - 1e-9),
                Criterion.ACTIVATION), activity);
        assertArrayEquals(java.util.stream.IntStream.range(0, 10).toArray(), byActivity.layers().get(0).removed(), "the dead ones");
        StructuredPruning.Result byWeights = StructuredPruning.prune(network, weights, new Settings(0, Map.of("fc1", 10.0 / 300 - 1e-9),
                Criterion.L1));
        assertTrue(java.util.Arrays.stream(byWeights.layers().get(0).removed()).allMatch(u -> u >= 10), "L1 keeps the dead, large ones");
        // Channels of a feature map: conv1's channel 2 dead, the others not.
        Network lenet = TemplateLibrary.find("lenet-5").orElseThrow().create();
        Weights lenetWeights = initial(lenet, 3);
        lenetWeights.get("conv1", "bias").orElseThrow().values()[2] = -1000;
        float[] pictures = java.util.Arrays.copyOf(x, n * 784);
        var images = dev.dendrite.train.data.Dataset.classification("noise", new long[] {1, 28, 28}, pictures, new int[n], 10);
        double[] conv1 = UnitActivity.measure(lenet, lenetWeights, images, n).get("conv1");
        for (int c = 0; c < 6; c++) {
            assertTrue(c == 2 ? conv1[c] == 0 : conv1[c] > 0, "channel " + c + ": " + java.util.Arrays.toString(conv1));
        }
    }

    @Test
    void stepsReachTheOneCutsUnitsAndTheirComposedIndicesNameTheOriginalUnits() {
        Network network = TemplateLibrary.find("lenet-300-100").orElseThrow().create();
        Weights weights = initial(network, 4);
        Settings half = new Settings(0.5, Map.of(), Criterion.L1);
        StructuredPruning.Result full = StructuredPruning.prune(network, weights, half);
        StructuredPruning.Result first = StructuredPruning.prune(network, weights, StructuredPruning.step(full.layers(), network, 1, 3,
                Criterion.L1));
        assertEquals(250, first.layers().get(0).after(), "300 − round(150 · 1/3)");
        StructuredPruning.Result second = StructuredPruning.prune(first.network(), first.weights(), StructuredPruning.step(full.layers(),
                first.network(), 2, 3, Criterion.L1));
        StructuredPruning.Result third = StructuredPruning.prune(second.network(), second.weights(), StructuredPruning.step(full.layers(),
                second.network(), 3, 3, Criterion.L1));
        var composed = StructuredPruning.compose(StructuredPruning.compose(first.layers(), second.layers()), third.layers());
        assertEquals(150, composed.get(0).after());
        assertEquals(50, composed.get(1).after());
        // fc1 reads the input, which keeps every value: its kept columns are the original's at the indices the composition keeps.
        int[] removed = composed.get(0).removed();
        assertEquals(150, removed.length);
        float[] before = weights.get("fc1", "weight").orElseThrow().values();
        float[] after = third.weights().get("fc1", "weight").orElseThrow().values();
        int[] kept = java.util.stream.IntStream.range(0, 300).filter(u -> java.util.Arrays.binarySearch(removed, u) < 0).toArray();
        for (int i = 0; i < 784; i += 97) {
            for (int j = 0; j < kept.length; j++) {
                assertEquals(before[i * 300 + kept[j]], after[i * 150 + j], "row " + i + ", unit " + j);
            }
        }
    }

    @Test
    void anAutoencodersBlocksLoseUnitsAndTheCodeCrossesFromOneBlockIntoTheOther() throws Exception {
        Network network = TemplateLibrary.find("autoencoder").orElseThrow().create();
        Weights weights = initial(network, 8);
        StructuredPruning.Result result = StructuredPruning.prune(network, weights, new Settings(0.5, Map.of("decoder.fc1", 0.25), Criterion.L2));
        assertEquals(List.of("encoder.fc1", "encoder.bottleneck", "decoder.fc1"), result.layers().stream().map(PrunedLayer::name).toList(),
                result.whole().toString());
        assertEquals(List.of(64, 16, 96), result.layers().stream().map(PrunedLayer::after).toList(),
                "half of 128, half of the code (the decoder's first layer reads it through the blocks' ports), a quarter by name");
        assertEquals(List.of("decoder.fc2"), List.copyOf(result.whole().keySet()), "the reconstruction is the network's output");
        assertSame(network, weights, result, new long[] {8, 784});
    }

    /** An Upsample enlarges each channel's map by itself: the convolution before it loses channels, the one after reads fewer. */
    @Test
    void channelsPassAnUpsampleToTheConvolutionAfterIt() throws Exception {
        Network network = TemplateLibrary.find("conv-vae").orElseThrow().create();
        Weights weights = initial(network, 13);
        StructuredPruning.Result result = StructuredPruning.prune(network, weights, new Settings(0, Map.of("decoder.conv1", 0.5), Criterion.L1));
        PrunedLayer conv1 = result.layers().stream().filter(l -> l.name().equals("decoder.conv1")).findFirst().orElseThrow(
                () -> new AssertionError(result.whole().toString()));
        assertEquals(16, conv1.after(), "half of 32");
        assertSame(network, weights, result, new long[] {2, 1, 28, 28});
    }

    /** Transposed convolutions lose output channels as convolutions do, and read fewer input channels; the code crosses blocks. */
    @Test
    void aConvolutionalAutoencodersTransposedConvolutionsLoseChannels() throws Exception {
        Network network = TemplateLibrary.find("conv-autoencoder").orElseThrow().create();
        Weights weights = initial(network, 12);
        StructuredPruning.Result result = StructuredPruning.prune(network, weights, new Settings(0.5, Map.of(), Criterion.L1));
        assertEquals(List.of("encoder.conv1", "encoder.conv2", "encoder.bottleneck", "decoder.up1"), result.layers().stream().map(
                PrunedLayer::name).toList(), result.whole().toString());
        PrunedLayer up1 = result.layers().get(3);
        assertEquals("transposed convolution", up1.kind());
        assertEquals(8, up1.after(), "half of 16");
        TransposedConvolution up2 = (TransposedConvolution) result.network().getBlocks().get(1).getLayers().stream().filter(l -> "up2".equals(l
                .getName())).findFirst().orElseThrow();
        assertEquals(8, result.weights().get(up2.getId(), "weight").orElseThrow().shape()[0], "up2 reads the 8 kept channels");
        assertTrue(result.whole().get("decoder.project").contains("Reshape"), result.whole().toString());
        assertSame(network, weights, result, new long[] {2, 1, 28, 28});
    }

    /**
     * Spectrally normalised layers stay whole, and so do the layers they read: removing units would change the weight's largest
     * singular value and so every kept unit's output. The rest of the network is pruned as before and computes as before.
     */
    @Test
    void spectrallyNormalisedLayersAndTheLayersTheyReadStayWhole() throws Exception {
        Network network = TemplateLibrary.find("lenet-300-100").orElseThrow().create();
        Dense fc2 = (Dense) layer(network, "fc2");
        fc2.setSpectralNorm(true);
        Weights weights = initial(network, 5);
        StructuredPruning.Result result = StructuredPruning.prune(network, weights, new Settings(0.5, Map.of(), Criterion.L1));
        assertTrue(result.whole().get("fc2").contains("spectrally normalised"), result.whole().toString());
        assertTrue(result.whole().get("fc1").contains("a spectrally normalised layer reads its units"), result.whole().toString());
        assertEquals(300, ((Dense) layer(result.network(), "fc1")).getUnits());
        assertEquals(100, ((Dense) layer(result.network(), "fc2")).getUnits());
        assertEquals(100, result.weights().get(layer(result.network(), "fc2").getId(), "sn_u").orElseThrow().size());
        fc2.setSpectralNorm(false);
        assertTrue(StructuredPruning.prune(network, weights, new Settings(0.5, Map.of(), Criterion.L1)).layers().stream()
                .anyMatch(l -> l.name().equals("fc2")), "without spectral normalisation fc2 is pruned");
    }

    /** The original with the removed units' readers zeroed and the pruned network give the same outputs. */
    static void assertSame(Network network, Weights weights, StructuredPruning.Result result, long[] shape) throws Exception {
        Weights silenced = new Weights();
        weights.flat().forEach((key, t) -> {
            String[] k = Weights.split(key);
            silenced.put(k[0], k[1], new FloatTensor(t.shape(), t.values().clone()));
        });
        UnitGroups.Found found = UnitGroups.find(network, Networks.inspect(network).shapes());
        for (UnitGroups.Group group : found.groups()) {
            PrunedLayer pruned = result.layers().stream().filter(l -> l.id().equals(group.producer().getId())).findFirst().orElseThrow();
            for (int unit : pruned.removed()) {
                for (UnitGroups.Reader reader : group.readers()) {
                    boolean projection = reader.port() > 0; // an Add's 1×1 projection [to, from, 1, 1]
                    FloatTensor w = silenced.get(reader.layer().getId(), projection ? "projection" + reader.port() + "_weight" : "weight")
                            .orElseThrow();
                    if (reader.layer() instanceof TransposedConvolution) { // [in, out, k...]: an input channel's block
                        int per = w.size() / (int) w.shape()[0];
                        java.util.Arrays.fill(w.values(), unit * per, (unit + 1) * per, 0f);
                    } else if (reader.layer() instanceof Convolution || projection) {
                        int in = (int) w.shape()[1];
                        int window = w.size() / ((int) w.shape()[0] * in);
                        for (int o = 0; o < w.shape()[0]; o++) {
                            java.util.Arrays.fill(w.values(), (o * in + unit) * window, (o * in + unit + 1) * window, 0f);
                        }
                    } else {
                        int columns = (int) w.shape()[1];
                        for (int row : UnitSurgery.rows(new int[] {unit}, group.units(), reader.outer(), reader.inner())) {
                            java.util.Arrays.fill(w.values(), row * columns, (row + 1) * columns, 0f);
                        }
                    }
                }
            }
        }
        float[] a = ModelRuns.run(OnnxExporter.export(network, silenced, "test").model().toByteArray(), shape);
        float[] b = ModelRuns.run(OnnxExporter.export(result.network(), result.weights(), "test").model().toByteArray(), shape);
        assertEquals(a.length, b.length);
        for (int i = 0; i < a.length; i++) {
            assertEquals(a[i], b[i], 1e-4f, "output " + i);
        }
    }

    /** Batch normalisations given random statistics and affine parameters (initialised, they would pass units unchanged). */
    static void randomNorms(Network network, Weights weights, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (Layer norm : Networks.withIds(network).getLayers()) {
            if (norm instanceof BatchNorm) {
                for (String parameter : new String[] {"scale", "bias", "mean", "var"}) {
                    float[] v = weights.get(norm.getId(), parameter).orElseThrow().values();
                    for (int i = 0; i < v.length; i++) {
                        v[i] = parameter.equals("var") ? (float) (0.5 + random.nextDouble()) : (float) random.nextGaussian();
                    }
                }
            }
        }
    }

    static Weights initial(Network network, long seed) {
        Weights weights = new Weights();
        WeightInitializer.complete(Networks.withIds(network), Networks.inspect(network).shapes(), weights, seed);
        return weights;
    }

    static Layer layer(Network network, String name) {
        return network.getLayers().stream().filter(l -> name.equals(l.getName())).findFirst().orElseThrow();
    }
}
