package dev.dendrite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import dev.dendrite.onnx.graph.GraphBuilder;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.onnx.weights.WeightsFile;
import dev.dendrite.runtime.ModelSession;
import dev.dendrite.runtime.OnnxRuntime;
import dev.dendrite.runtime.RuntimeSettings;

class OnnxCommandsTest {

    private final CliHarness cli = new CliHarness();

    @Test
    void exportWritesAModelOnnxRuntimeRunsWithASummary(@TempDir Path dir) throws Exception {
        Path dnet = dir.resolve("lenet.dnet");
        Path onnx = dir.resolve("lenet.onnx");
        assertEquals(0, cli.run("new", "lenet-5", "-o", dnet.toString()));
        assertEquals(0, cli.run("export", dnet.toString(), "-o", onnx.toString(), "--json"));
        assertTrue(cli.out().contains("\"weights\":\"initialized\",\"inputs\":[\"image\"],\"outputs\":[\"fc3\"]"), cli.out());
        assertTrue(cli.out().contains("\"Conv\":2"), cli.out());
        assertTrue(cli.out().contains("\"MaxPool\":2"), cli.out());
        assertTrue(cli.out().contains("\"parameters\":61706"), cli.out());
        try (ModelSession session = OnnxRuntime.open(onnx, RuntimeSettings.forIde())) {
            assertEquals(java.util.Set.of("image"), session.inputNames());
        }
        assertEquals(Cli.BAD_INPUT, cli.run("export", dnet.toString(), "-o", onnx.toString()));
        assertTrue(cli.err().endsWith("already exists; choose another name or add --force to replace it"), cli.err());
    }

    @Test
    void importWritesNetworkAndWeightsThatExportUsesAgain(@TempDir Path dir) throws Exception {
        Path dnet = dir.resolve("mlp.dnet");
        Path onnx = dir.resolve("mlp.onnx");
        assertEquals(0, cli.run("new", "lenet-300-100", "-o", dnet.toString()));
        assertEquals(0, cli.run("export", dnet.toString(), "-o", onnx.toString()));
        Path imported = dir.resolve("copy.dnet");
        assertEquals(0, cli.run("import", onnx.toString(), "-o", imported.toString(), "--map-operators", "--json"));
        assertTrue(cli.out().contains("\"layers\":6,\"parameters\":266610,\"fromEmbeddedNetwork\":false"), cli.out());
        Path weights = dir.resolve("copy.weights.onnx");
        assertTrue(Files.exists(weights));
        Weights stored = WeightsFile.read(weights);
        assertEquals(6, stored.size(), "three dense layers with weight and bias");

        Path again = dir.resolve("again.onnx");
        assertEquals(0, cli.run("export", imported.toString(), "-o", again.toString(), "--json"));
        assertTrue(cli.out().contains("\"weights\":\"" + weights + "\""), cli.out());
        ModelProto first = ModelProto.parseFrom(Files.readAllBytes(onnx));
        ModelProto second = ModelProto.parseFrom(Files.readAllBytes(again));
        assertEquals(initializer(first, "fc1/weight"), initializer(second, "fc1/weight"), "the trained values travel through the .dnet");
        assertEquals(0, cli.run("inspect", imported.toString()));
    }

    @Test
    void importWithALossAndDataTrainsAsItIs(@TempDir Path dir) throws Exception {
        Path dnet = dir.resolve("moons.dnet");
        Path onnx = dir.resolve("moons.onnx");
        assertEquals(0, cli.run("new", "mlp-classifier", "-o", dnet.toString()));
        assertEquals(0, cli.run("export", dnet.toString(), "-o", onnx.toString()));
        Path imported = dir.resolve("imported.dnet");
        assertEquals(0, cli.run("import", onnx.toString(), "-o", imported.toString(), "--map-operators", "--loss", "cross-entropy", "--data",
                "synthetic:two-moons", "--json"));
        assertTrue(cli.out().contains("\"notes\":[]"), "no note about a missing loss: " + cli.out());
        Path runDir = dir.resolve("run");
        assertEquals(0, cli.run("train", imported.toString(), "--epochs", "30", "--lr", "0.01", "--run-dir", runDir.toString(), "--json"),
                cli.err());
        java.util.regex.Matcher accuracy = java.util.regex.Pattern.compile("\"testAccuracy\":([0-9.]+)").matcher(cli.out());
        assertTrue(accuracy.find() && Double.parseDouble(accuracy.group(1)) >= 0.95, cli.out());

        // Refused, with nothing written: an unknown kind, and a second Loss on a network that has one.
        assertEquals(Cli.BAD_INPUT, cli.run("import", onnx.toString(), "-o", dir.resolve("odd.dnet").toString(), "--map-operators",
                "--loss", "hinge"));
        assertEquals("dendrite import: unknown loss 'hinge': use mse, cross-entropy, binary-cross-entropy, reconstruction", cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("import", onnx.toString(), "-o", dir.resolve("twice.dnet").toString(), "--loss", "mse"));
        assertEquals("dendrite import: the network has a Loss layer already", cli.lastErrorLine(), "restored from the model's own network");
        assertFalse(Files.exists(dir.resolve("twice.dnet")));
    }

    /** Cross-entropy on scores per step ([N, T, C], a tagger's) becomes the per-step sequence_nll, and the import trains. */
    @Test
    void crossEntropyOnScoresPerStepIsAppliedPerStep(@TempDir Path dir) throws Exception {
        Path dnet = dir.resolve("tagger.dnet");
        Path onnx = dir.resolve("tagger.onnx");
        assertEquals(0, cli.run("new", "transformer-tagger", "-o", dnet.toString()));
        assertEquals(0, cli.run("export", dnet.toString(), "-o", onnx.toString()));
        Path imported = dir.resolve("imported.dnet");
        assertEquals(0, cli.run("import", onnx.toString(), "-o", imported.toString(), "--map-operators", "--loss", "cross-entropy", "--data",
                "synthetic:tagging"), cli.err());
        assertTrue(Files.readString(imported).contains("kind=\"sequence_nll\""), Files.readString(imported));
        Path checked = dir.resolve("checked.dnet");
        assertEquals(0, cli.run("import", onnx.toString(), "-o", checked.toString(), "--map-operators", "--verify"), cli.err());
        assertTrue(cli.out().contains("verified: on tokens [2, 5] the largest difference from tagger.onnx is"), cli.out());
        assertEquals(0, cli.run("import", onnx.toString(), "-o", checked.toString(), "--map-operators", "--verify", "--force", "--json"));
        assertTrue(cli.out().contains("\"verified\":{\"inputs\":{\"tokens\":[2,5]},\"same\":true,\"largestDifference\":"), cli.out());
        assertEquals(0, cli.run("train", imported.toString(), "--epochs", "1", "--run-dir", dir.resolve("run").toString()), cli.err());
    }

    /**
     * PyTorch's nn.Transformer (exported by torch.export; the importer's fixture) imports with its
     * cross-attention, verifies, trains on reversal and, its decoder input found from the data
     * (the target shifted right), is decoded greedily at the end of the run.
     */
    @Test
    void aPyTorchTransformerImportsTrainsAndDecodesGreedily(@TempDir Path dir) throws Exception {
        Path onnx = Path.of(System.getProperty("dendrite.repository", "../..")).resolve(
                "bundles/dev.dendrite.onnx.tests/src/dev/dendrite/onnx/importer/pytorch/seq2seq_dynamo.onnx");
        assertTrue(Files.exists(onnx), onnx.toString());
        Path imported = dir.resolve("transformer.dnet");
        assertEquals(0, cli.run("import", onnx.toString(), "-o", imported.toString(), "--loss", "cross-entropy", "--data", "synthetic:reverse",
                "--verify"), cli.err());
        assertTrue(cli.out().contains("verified: on source [2, 5], decoder_input [2, 5]"), cli.out());
        Path run = dir.resolve("run");
        assertEquals(0, cli.run("train", imported.toString(), "--epochs", "12", "--seed", "3", "--run-dir", run.toString()), cli.err());
        var summary = com.google.gson.JsonParser.parseString(Files.readString(run.resolve("summary.json"))).getAsJsonObject();
        assertTrue(summary.get("testAccuracy").getAsDouble() >= 0.95, summary.toString());
        assertTrue(summary.get("greedyTokenAccuracy").getAsDouble() >= 0.9, "decoded feeding its own predictions: " + summary);
    }

    private static TensorProto initializer(ModelProto model, String name) {
        return model.getGraph().getInitializerList().stream().filter(t -> t.getName().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void importListsUnsupportedOperatorsAsJson(@TempDir Path dir) throws Exception {
        // Cos has no layer but a known output shape: it imports as a generic operator layer.
        GraphBuilder cos = new GraphBuilder("cosine");
        cos.reserve("x");
        cos.input("x", GraphBuilder.ElementType.FLOAT, List.of("N", 4L));
        cos.nodeWithOutputs("Cos", List.of("x"), List.of("y"));
        cos.output("y", GraphBuilder.ElementType.FLOAT, List.of("N", 4L));
        Path cosine = dir.resolve("cosine.onnx");
        Files.write(cosine, cos.model("t", "").toByteArray());
        assertEquals(0, cli.run("import", cosine.toString(), "-o", dir.resolve("cosine.dnet").toString()));
        assertTrue(Files.readString(dir.resolve("cosine.dnet")).contains("opType=\"Cos\""));
        // Einsum's output shape is not known without annotations: refused, by name.
        GraphBuilder g = new GraphBuilder("odd");
        g.reserve("x");
        g.input("x", GraphBuilder.ElementType.FLOAT, List.of("N", 4L));
        g.nodeWithOutputs("Einsum", List.of("x"), List.of("y"), dev.dendrite.onnx.graph.Attr.s("equation", "ij->ij"));
        g.output("y", GraphBuilder.ElementType.FLOAT);
        Path model = dir.resolve("odd.onnx");
        Files.write(model, g.model("t", "").toByteArray());
        assertEquals(Cli.BAD_INPUT, cli.run("import", model.toString(), "-o", dir.resolve("odd.dnet").toString(), "--json"));
        assertTrue(cli.out().contains("\"unsupportedCounts\":{\"Einsum\":1},\"unsupported\":[{\"op\":\"Einsum\",\"node\":\"node/y\""),
                cli.out());
        assertTrue(!Files.exists(dir.resolve("odd.dnet")), "nothing is written for a refused model");
        assertEquals(Cli.BAD_INPUT, cli.run("import", model.toString(), "-o", dir.resolve("odd.dnet").toString()));
        assertTrue(cli.err().startsWith("dendrite import: odd.onnx uses operators Dendrite cannot express as layers: Einsum ×1"), cli.err());
        assertEquals(1, cli.err().lines().count());
    }

    @Test
    void importOfGarbageIsOneLine(@TempDir Path dir) throws Exception {
        Path model = dir.resolve("garbage.onnx");
        Files.writeString(model, "not a model");
        assertEquals(Cli.BAD_INPUT, cli.run("import", model.toString(), "-o", dir.resolve("g.dnet").toString()));
        assertTrue(cli.err().startsWith("dendrite import: garbage.onnx is not a valid ONNX model"), cli.err());
        assertEquals(Cli.BAD_INPUT, cli.run("import", dir.resolve("none.onnx").toString(), "-o", dir.resolve("g.dnet").toString()));
        assertTrue(cli.err().endsWith("none.onnx does not exist"), cli.err());
    }

    @Test
    void importFoldsRepeatedStructuresIntoBlocksWhenAsked(@TempDir Path dir) throws Exception {
        // Three identical Dense·relu chains between concatenations, as a model from another tool.
        var b = new dev.dendrite.model.templates.NetworkBuilder("repeats", "");
        dev.dendrite.model.network.Layer x = b.input("x", 8);
        for (int i = 0; i < 3; i++) {
            var y = b.activation(b.dense(x, "d" + i, 8), dev.dendrite.model.network.ActivationFunction.RELU);
            var add = dev.dendrite.model.network.NetworkFactory.eINSTANCE.createAdd();
            b.add(add, "sum" + i, null);
            b.connect(x, "out", add, "in0");
            b.connect(y, "out", add, "in1");
            x = add;
        }
        b.dense(x, "head", 2);
        Path onnx = dir.resolve("repeats.onnx");
        java.nio.file.Files.write(onnx, dev.dendrite.onnx.export.OnnxExporter.export(b.network(), new dev.dendrite.onnx.weights.Weights(),
                "test").model().toByteArray());
        assertEquals(0, cli.run("import", onnx.toString(), "-o", dir.resolve("plain.dnet").toString(), "--json"));
        assertTrue(cli.out().contains("\"blocks\":0"), cli.out());
        assertEquals(0, cli.run("import", onnx.toString(), "-o", dir.resolve("folded.dnet").toString(), "--fold", "--json"));
        assertTrue(cli.out().contains("\"blocks\":3"), cli.out());
        var folded = dev.dendrite.model.io.DnetIO.load(dir.resolve("folded.dnet")).network().orElseThrow();
        assertEquals("Dense·relu", folded.getBlocks().get(0).getName());
        assertEquals(3 + 1 + 3 + 1, folded.getLayers().size(), "input, three blocks, three sums, the head");
    }
}
