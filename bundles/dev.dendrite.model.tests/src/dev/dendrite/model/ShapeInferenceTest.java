package dev.dendrite.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;

import dev.dendrite.model.network.ActivationFunction;
import dev.dendrite.model.network.Add;
import dev.dendrite.model.network.Dense;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.LossKind;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.NetworkFactory;
import dev.dendrite.model.network.PoolType;
import dev.dendrite.model.network.convolution.Convolution;
import dev.dendrite.model.network.gnn.GnnFactory;
import dev.dendrite.model.network.gnn.GraphInput;
import dev.dendrite.model.network.sequence.CellType;
import dev.dendrite.model.network.sequence.Recurrent;
import dev.dendrite.model.network.sequence.SequenceFactory;
import dev.dendrite.model.network.sequence.SequenceOutput;
import dev.dendrite.model.ports.Ports;
import dev.dendrite.model.shape.ShapeResult;
import dev.dendrite.model.templates.NetworkBuilder;
import dev.dendrite.model.templates.TemplateLibrary;

class ShapeInferenceTest {

    private static final NetworkFactory F = NetworkFactory.eINSTANCE;

    private static Layer layer(Network network, String id) {
        return network.getLayers().stream().filter(l -> id.equals(l.getId())).findFirst().orElseThrow();
    }

    private static List<String> messages(Network network, int severity) {
        return Networks.inspect(network).diagnostic().getChildren().stream().filter(d -> d.getSeverity() == severity)
                .map(Diagnostic::getMessage).toList();
    }

    @Test
    void lenet5ShapesOnEveryEdge() {
        Network lenet = TemplateLibrary.find("lenet-5").orElseThrow().create();
        ShapeResult shapes = Networks.inspect(lenet).shapes();
        assertEquals("N×6×28×28", shapes.output(layer(lenet, "conv1"), "").toString());
        assertEquals("N×6×14×14", shapes.output(layer(lenet, "maxpool1"), "").toString());
        assertEquals("N×16×10×10", shapes.output(layer(lenet, "conv2"), "").toString());
        assertEquals("N×400", shapes.output(layer(lenet, "flatten1"), "").toString());
        assertEquals("N×10", shapes.output(layer(lenet, "fc3"), "").toString());
        assertEquals("scalar", shapes.output(layer(lenet, "loss"), "").toString());
    }

    @Test
    void convolutionInfersItsInputChannelsAndRejectsAWrongExplicitCount() {
        NetworkBuilder b = new NetworkBuilder("lazy", "");
        Convolution conv = b.conv(b.input("x", 3, 8, 8), "conv", 4, 3, 1, 1);
        Networks.Inspection lazy = Networks.inspect(b.network());
        assertEquals(4 * 3 * 9, lazy.shapes().of(conv).parameters().weights());
        conv.setInChannels(5);
        assertEquals(List.of("Convolution 'conv', port 'in': expects 5 input channels, but the input N×3×8×8 has 3 "
                + "(leave inChannels at 0 to infer it)"), messages(b.network(), Diagnostic.ERROR));
    }

    @Test
    void mismatchedAddNamesBothShapesAndTheFix() {
        NetworkBuilder b = new NetworkBuilder("skip", "");
        Layer x = b.input("x", 8);
        Add add = b.add(F.createAdd(), "add", b.dense(x, "fc", 4));
        b.connect(x, "", add, "in1");
        b.loss(add, LossKind.MSE);
        assertEquals(List.of("Add 'add', port 'in1': in1 has shape N×8 but in0 has N×4: an Add needs equal shapes; "
                + "set projection to conv1x1 (images) or dense (vectors)"), messages(b.network(), Diagnostic.ERROR));
        add.setProjection(dev.dendrite.model.network.ProjectionKind.DENSE);
        assertEquals(List.of(), messages(b.network(), Diagnostic.ERROR));
        assertEquals(8 * 4 + 4 + 8 * 4 + 4, Networks.inspect(b.network()).shapes().totalParameters().total());
    }

    @Test
    void ceilModeKeepsTheLastPartialWindowButNoneThatStartsInThePadding() {
        NetworkBuilder b = new NetworkBuilder("ceil", "");
        var pool = b.pool(b.input("x", 1, 7, 7), PoolType.MAX, 2);
        b.loss(b.flatten(pool), LossKind.MSE);
        assertEquals("N×1×3×3", Networks.inspect(b.network()).shapes().output(pool, "").toString(), "floor: the 7th row is left out");
        pool.setCeilMode(true);
        assertEquals("N×1×4×4", Networks.inspect(b.network()).shapes().output(pool, "").toString(), "ceil: a last window of one row");
        // Kernel 2, stride 2, padding 1 on 5: rounding up would add a 4th window starting at 6, in the far padding only: dropped.
        NetworkBuilder c = new NetworkBuilder("ceil-padded", "");
        var padded = c.pool(c.input("x", 1, 5, 5), PoolType.MAX, 2);
        padded.setPadding(1);
        padded.setCeilMode(true);
        c.loss(c.flatten(padded), LossKind.MSE);
        assertEquals("N×1×3×3", Networks.inspect(c.network()).shapes().output(padded, "").toString());
    }

    @Test
    void farEndPaddingCountsOnItsOwn() {
        NetworkBuilder b = new NetworkBuilder("lopsided", "");
        var conv = b.conv(b.input("x", 1, 8, 8), "conv", 2, 3, 2, 1);
        b.loss(b.flatten(conv), LossKind.MSE);
        assertEquals("N×2×4×4", Networks.inspect(b.network()).shapes().output(conv, "").toString(), "1 on both sides");
        conv.setPaddingEnd(0);
        assertEquals("N×2×4×4", Networks.inspect(b.network()).shapes().output(conv, "").toString(), "(8 + 1 + 0 − 3) / 2 + 1");
        conv.setPadding(0);
        conv.setPaddingEnd(2);
        assertEquals("N×2×4×4", Networks.inspect(b.network()).shapes().output(conv, "").toString(), "(8 + 0 + 2 − 3) / 2 + 1");
        // A 1×7 kernel padded 3 on its long side only, as Inception writes it: the size is kept, 2·3·7 weights.
        conv.setPaddingEnd(-1);
        conv.setStride(1);
        conv.getKernelShape().addAll(List.of(1, 7));
        conv.getPads().addAll(List.of(0, 3, 0, 3));
        var inspected = Networks.inspect(b.network());
        assertEquals("N×2×8×8", inspected.shapes().output(conv, "").toString());
        assertEquals(2 * 7 + 2, inspected.shapes().of(conv).parameters().total());
        conv.getPads().clear();
        conv.getKernelShape().clear();
        conv.setStride(2);
        conv.setPaddingEnd(-2);
        assertTrue(messages(b.network(), Diagnostic.ERROR).stream().anyMatch(m -> m.contains("paddingEnd must be ≥ 0")),
                messages(b.network(), Diagnostic.ERROR).toString());
    }

    @Test
    void poolingLargerThanItsInputIsExplained() {
        NetworkBuilder b = new NetworkBuilder("pool", "");
        b.loss(b.flatten(b.pool(b.input("x", 1, 3, 3), PoolType.MAX, 4)), LossKind.MSE);
        List<String> errors = messages(b.network(), Diagnostic.ERROR);
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("Pooling 'maxpool1', port 'in': the pooling window (4 wide) is larger than its input"),
                errors.get(0));
    }

    @Test
    void graphLayerFedNonGraphData() {
        NetworkBuilder b = new NetworkBuilder("graph", "");
        GraphInput graph = GnnFactory.eINSTANCE.createGraphInput();
        b.add(graph, "g", null);
        var gcn = GnnFactory.eINSTANCE.createGraphConvolution();
        b.add(gcn, "gcn", b.input("x", 8));
        b.connect(graph, Ports.EDGES, gcn, Ports.EDGES);
        List<String> errors = messages(b.network(), Diagnostic.ERROR);
        assertTrue(errors.get(0).contains("is a graph layer but is fed non-graph data N×8"), errors.toString());
    }

    @Test
    void cyclesAreReportedWithTheLayersOnThem() {
        NetworkBuilder b = new NetworkBuilder("cycle", "");
        Dense first = b.dense(b.input("x", 4), "a", 4);
        Add add = b.add(F.createAdd(), "add", first);
        Dense back = b.dense(add, "b", 4);
        b.connect(back, "", add, "in1");
        List<String> errors = messages(b.network(), Diagnostic.ERROR);
        assertTrue(errors.stream().anyMatch(e -> e.contains("is part of a cycle (Add 'add', Dense 'b')")), errors.toString());
    }

    @Test
    void unconnectedRequiredPortsAreNamed() {
        NetworkBuilder b = new NetworkBuilder("open", "");
        b.add(F.createDense(), "lonely", null);
        b.input("x", 3);
        assertEquals(List.of("Dense 'lonely', port 'in': input 'in' is not connected"), messages(b.network(), Diagnostic.ERROR));
    }

    @Test
    void negativeGradientClippingIsASettingsError() {
        NetworkBuilder b = new NetworkBuilder("clipped", "");
        b.loss(b.dense(b.input("x", 4), "fc", 3), LossKind.CROSS_ENTROPY);
        Network network = b.training("synthetic:two-moons", 1, 8, dev.dendrite.model.network.OptimizerKind.SGD, 0.1).clip(1).network();
        assertTrue(messages(network, Diagnostic.ERROR).isEmpty(), messages(network, Diagnostic.ERROR).toString());
        network.getTraining().setGradientClipNorm(-1);
        assertEquals(List.of("Training settings: gradient clipping norm must be finite and ≥ 0 (0: no clipping), is -1.0"),
                messages(network, Diagnostic.ERROR));
    }

    @Test
    void softmaxBeforeCrossEntropyIsAWarning() {
        NetworkBuilder b = new NetworkBuilder("double-softmax", "");
        b.loss(b.activation(b.dense(b.input("x", 4), "fc", 3), ActivationFunction.SOFTMAX), LossKind.CROSS_ENTROPY);
        List<String> warnings = messages(b.network(), Diagnostic.WARNING);
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("Loss 'loss': follows Activation 'softmax1', but cross_entropy expects raw scores"),
                warnings.get(0));
    }

    @Test
    void bidirectionalLstmOutputsSequenceHiddenAndCell() {
        NetworkBuilder b = new NetworkBuilder("lstm", "");
        Recurrent lstm = SequenceFactory.eINSTANCE.createRecurrent();
        lstm.setCell(CellType.LSTM);
        lstm.setHiddenSize(10);
        lstm.setBidirectional(true);
        lstm.setOutput(SequenceOutput.SEQUENCE);
        b.add(lstm, "lstm", b.sequence("x", 3));
        ShapeResult shapes = Networks.inspect(b.network()).shapes();
        assertEquals("N×T×20", shapes.output(lstm, Ports.SEQUENCE).toString());
        assertEquals("N×20", shapes.output(lstm, Ports.HIDDEN).toString());
        assertEquals("N×20", shapes.output(lstm, Ports.CELL).toString());
    }

    @Test
    void recurrentLayerFedFlatVectorsSaysHowToFixIt() {
        NetworkBuilder b = new NetworkBuilder("flat", "");
        b.add(SequenceFactory.eINSTANCE.createRecurrent(), "rnn", b.input("x", 3));
        assertEquals(List.of("Recurrent 'rnn', port 'in': expects a sequence [N, T, F], got N×3 "
                + "(set sequence on the Input, or generateSteps for one-to-many)"), messages(b.network(), Diagnostic.ERROR));
    }

    @Test
    void attentionAndPositionsExplainWhatTheyCannotRead() {
        NetworkBuilder b = new NetworkBuilder("attention", "");
        var attention = SequenceFactory.eINSTANCE.createAttention();
        attention.setHeads(4);
        b.add(attention, "attention", b.sequence("x", 30));
        assertEquals(List.of("Attention 'attention', port 'in': has 30 features, which 4 heads cannot share equally (the width must be a "
                + "multiple of heads)"), messages(b.network(), Diagnostic.ERROR));
        NetworkBuilder flat = new NetworkBuilder("flat", "");
        flat.add(SequenceFactory.eINSTANCE.createAttention(), "attention", flat.input("x", 8));
        assertEquals(List.of("Attention 'attention', port 'in': expects a sequence [N, T, F], got N×8 (set sequence on the Input)"),
                messages(flat.network(), Diagnostic.ERROR));
        NetworkBuilder ids = new NetworkBuilder("ids", "");
        ids.add(SequenceFactory.eINSTANCE.createPositionalEncoding(), "positions",
                ids.tokens("tokens", dev.dendrite.model.network.InputRole.FEATURES));
        assertEquals(List.of("PositionalEncoding 'positions', port 'in': expects float features, got token ids N×T (add an Embedding before it)"),
                messages(ids.network(), Diagnostic.ERROR));
        NetworkBuilder fixed = new NetworkBuilder("fixed", "");
        var positions = SequenceFactory.eINSTANCE.createPositionalEncoding();
        positions.setMaxLength(10);
        fixed.add(positions, "positions", fixed.input("x", 12, 4));
        assertEquals(List.of("PositionalEncoding 'positions', port 'in': reads sequences of 12 steps, more than maxLength 10"),
                messages(fixed.network(), Diagnostic.ERROR));
        NetworkBuilder good = new NetworkBuilder("good", "");
        var fine = SequenceFactory.eINSTANCE.createAttention();
        fine.setCausal(true);
        Layer out = good.add(fine, "attention",
                good.add(SequenceFactory.eINSTANCE.createPositionalEncoding(), "positions", good.sequence("x", 8)));
        assertEquals("N×T×8", Networks.inspect(good.network()).shapes().output(out, Ports.OUT).toString());
    }

    @Test
    void classTokensLengthenFixedSequencesOnly() {
        NetworkBuilder fixed = new NetworkBuilder("fixed", "");
        var token = SequenceFactory.eINSTANCE.createClassToken();
        token.setCount(2);
        Layer out = fixed.add(token, "cls", fixed.input("x", 16, 32));
        assertEquals("N×18×32", Networks.inspect(fixed.network()).shapes().output(out, Ports.OUT).toString());
        assertEquals(64, Networks.inspect(fixed.network()).shapes().totalParameters().total(), "two learned rows of 32");
        NetworkBuilder varying = new NetworkBuilder("varying", "");
        varying.add(SequenceFactory.eINSTANCE.createClassToken(), "cls", varying.sequence("x", 8));
        assertEquals(List.of("ClassToken 'cls', port 'in': puts tokens before sequences of fixed length (patches of a picture); got N×T×8,"
                + " of varying length"), messages(varying.network(), Diagnostic.ERROR));
    }

    @Test
    void crossAttentionReadsAMemoryOfAnyLengthAndWidth() {
        NetworkBuilder b = new NetworkBuilder("cross", "");
        var attention = SequenceFactory.eINSTANCE.createAttention();
        attention.setHeads(4);
        Layer out = b.add(attention, "cross", b.input("x", 5, 32));
        b.connect(b.input("memory", 9, 12), "", attention, Ports.MEMORY);
        Networks.Inspection inspection = Networks.inspect(b.network());
        assertEquals(List.of(), messages(b.network(), Diagnostic.ERROR));
        assertEquals("N×5×32", inspection.shapes().output(out, Ports.OUT).toString(), "the queries' steps, the queries' width");
        // Query and output 32×32, key and value 12×32 from the memory's width, four biases of 32.
        assertEquals(2 * 32 * 32 + 2 * 12 * 32 + 4 * 32, inspection.shapes().totalParameters().total());
        attention.setCausal(true);
        assertEquals(List.of("Attention 'cross', port 'memory': is read whole by every step: causal hides a sequence's later steps "
                + "from its own steps, which cross-attention does not read (untick causal, or disconnect the memory for self-attention)"),
                messages(b.network(), Diagnostic.ERROR));
        NetworkBuilder flat = new NetworkBuilder("flat-memory", "");
        var reads = SequenceFactory.eINSTANCE.createAttention();
        reads.setHeads(2);
        flat.add(reads, "cross", flat.sequence("x", 8));
        flat.connect(flat.input("memory", 8), "", reads, Ports.MEMORY);
        assertEquals(List.of("Attention 'cross', port 'memory': expects a float sequence [N, S, F] to attend to, got N×8"),
                messages(flat.network(), Diagnostic.ERROR));
    }

    @Test
    void transformerSeq2seqDecodesFromTheEncodedSource() {
        Network network = TemplateLibrary.find("transformer-seq2seq").orElseThrow().create();
        assertEquals(List.of(), messages(network, Diagnostic.ERROR));
        ShapeResult shapes = Networks.inspect(network).shapes();
        assertEquals("N×T×16", shapes.output(layer(network, "logits"), Ports.OUT).toString());
        for (String decoder : List.of("decoder1", "decoder2")) {
            assertEquals(layer(network, "encoder_norm"), Ports.source(layer(network, decoder), Ports.MEMORY).orElseThrow(), decoder);
            var block = ((dev.dendrite.model.network.BlockInstance) layer(network, decoder)).getBlock();
            Layer cross = block.getLayers().stream().filter(l -> l.getName().equals("cross_attention")).findFirst().orElseThrow();
            assertEquals("memory", Ports.source(cross, Ports.MEMORY).orElseThrow().getName(), "the block's memory input");
            assertEquals(16_992, shapes.of(layer(network, decoder)).parameters().total(), "two attentions, three norms, the feed-forward");
        }
    }

    @Test
    void seq2seqAndGraphTemplatesCarryShapesThroughBlocksAndPools() {
        Network seq2seq = TemplateLibrary.find("seq2seq").orElseThrow().create();
        ShapeResult shapes = Networks.inspect(seq2seq).shapes();
        assertEquals("N×T×16", shapes.output(layer(seq2seq, "decode"), "logits").toString());
        assertEquals("N×64", shapes.output(layer(seq2seq, "encode"), "hidden").toString());
        Network graphs = TemplateLibrary.find("mp-graph-classifier").orElseThrow().create();
        ShapeResult graphShapes = Networks.inspect(graphs).shapes();
        assertEquals("K×32 (nodes)", graphShapes.output(layer(graphs, "topk"), "").toString());
        assertEquals("N×32", graphShapes.output(layer(graphs, "readout"), "").toString());
    }

    @Test
    void embeddingRejectsFloatInput() {
        NetworkBuilder b = new NetworkBuilder("embed", "");
        b.add(SequenceFactory.eINSTANCE.createEmbedding(), "embed", b.sequence("x", 1));
        List<String> errors = messages(b.network(), Diagnostic.ERROR);
        assertTrue(errors.get(0).contains("expects integer token ids (an int64 input)"), errors.toString());
    }

    @Test
    void hugeDimensionsAreReportedNotComputed() {
        NetworkBuilder b = new NetworkBuilder("huge", "");
        b.flatten(b.input("x", Integer.MAX_VALUE, Integer.MAX_VALUE, 4));
        List<String> errors = messages(b.network(), Diagnostic.ERROR);
        assertTrue(errors.get(0).contains("more than 2^40 elements per sample"), errors.toString());
    }
}
