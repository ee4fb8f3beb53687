package dev.dendrite.onnx.export;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.dendrite.model.network.ActivationFunction;
import dev.dendrite.model.network.Add;
import dev.dendrite.model.network.Concat;
import dev.dendrite.model.network.Input;
import dev.dendrite.model.network.InputRole;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.NetworkFactory;
import dev.dendrite.model.network.PoolType;
import dev.dendrite.model.network.ProjectionKind;
import dev.dendrite.model.network.Reshape;
import dev.dendrite.model.network.convolution.Convolution;
import dev.dendrite.model.network.convolution.ConvolutionFactory;
import dev.dendrite.model.network.convolution.GlobalPooling;
import dev.dendrite.model.network.convolution.Pooling;
import dev.dendrite.model.network.convolution.StepPadding;
import dev.dendrite.model.network.generative.GenerativeFactory;
import dev.dendrite.model.network.generative.RBM;
import dev.dendrite.model.network.gnn.Aggregation;
import dev.dendrite.model.network.gnn.GnnFactory;
import dev.dendrite.model.network.gnn.GraphAttention;
import dev.dendrite.model.network.gnn.GraphConvolution;
import dev.dendrite.model.network.gnn.GraphGlobalPooling;
import dev.dendrite.model.network.gnn.GraphInput;
import dev.dendrite.model.network.gnn.MessageFunction;
import dev.dendrite.model.network.gnn.MessagePassing;
import dev.dendrite.model.network.gnn.TopKPooling;
import dev.dendrite.model.network.gnn.UpdateFunction;
import dev.dendrite.model.network.normalization.LayerNorm;
import dev.dendrite.model.network.normalization.NormalizationFactory;
import dev.dendrite.model.network.sequence.CellType;
import dev.dendrite.model.network.sequence.Recurrent;
import dev.dendrite.model.network.sequence.SequenceFactory;
import dev.dendrite.model.network.sequence.SequenceOutput;
import dev.dendrite.model.ports.Ports;
import dev.dendrite.model.templates.NetworkBuilder;

/** Every layer kind, exported and run in ONNX Runtime, matches an independent plain-Java computation (float32, 1e-5). */
class LayerExportTest {

    private static final NetworkFactory F = NetworkFactory.eINSTANCE;
    private static final NormalizationFactory NORMALIZATION = NormalizationFactory.eINSTANCE;
    private static final double TOLERANCE = 1e-5;

    private static Arguments net(String name, java.util.function.Supplier<Network> network) {
        return Arguments.of(name, network);
    }

    static Stream<Arguments> networks() {
        Stream.Builder<Arguments> all = Stream.builder();
        all.add(net("dense", () -> single(b -> b.dense(b.input("x", 5), "dense", 3))));
        all.add(net("dense on a sequence", () -> single(b -> b.dense(b.sequence("x", 5), "dense", 3))));
        all.add(net("dense without bias", () -> single(b -> {
            var d = b.dense(b.input("x", 5), "dense", 3);
            d.setBias(false);
            return d;
        })));
        for (ActivationFunction function : ActivationFunction.values()) {
            all.add(net("activation " + function.getLiteral(), () -> single(b -> {
                var a = b.activation(b.input("x", 6), function);
                a.setAlpha(function == ActivationFunction.ELU ? 1.0 : 0.2);
                return a;
            })));
        }
        all.add(net("conv2d", () -> single(b -> b.conv(b.input("x", 3, 7, 6), "conv", 4, 3, 1, 0))));
        all.add(net("conv2d stride 2 padding 1", () -> single(b -> b.conv(b.input("x", 2, 7, 7), "conv", 3, 3, 2, 1))));
        all.add(net("conv2d dilation 2 groups 2", () -> single(b -> {
            Convolution c = b.conv(b.input("x", 4, 8, 8), "conv", 6, 3, 1, 2);
            c.setDilation(2);
            c.setGroups(2);
            return c;
        })));
        all.add(net("transposed conv2d kernel 4 stride 2 padding 1", () -> single(b -> b.transposedConv(b.input("x", 3, 5, 4), "up", 2, 4, 2,
                1))));
        all.add(net("transposed conv2d kernel 3 stride 2 output padding 1, no bias", () -> single(b -> {
            var t = b.transposedConv(b.input("x", 2, 3, 3), "up", 3, 3, 2, 1);
            t.setOutputPadding(1);
            t.setBias(false);
            return t;
        })));
        all.add(net("transposed conv1d kernel 5 stride 3", () -> single(b -> {
            var t = b.transposedConv(b.input("x", 2, 4), "up", 3, 5, 3, 0);
            t.setDimensions(1);
            return t;
        })));
        all.add(net("conv1d", () -> single(b -> {
            Convolution c = b.conv(b.input("x", 3, 11), "conv", 5, 3, 2, 1);
            c.setDimensions(1);
            return c;
        })));
        for (int kernel : new int[] {3, 4}) {
            for (StepPadding padding : StepPadding.values()) {
                all.add(net("conv1d over steps, kernel " + kernel + ", " + padding.getLiteral(), () -> single(b -> {
                    Convolution c = sequenceConv(b, b.sequence("x", 4), kernel);
                    c.setStepPadding(padding);
                    return c;
                })));
            }
        }
        for (boolean bilinear : new boolean[] {false, true}) {
            for (int[] shape : new int[][] {{2, 3, 4}, {3, 5}}) {
                all.add(net((bilinear ? "bilinear" : "nearest") + " upsample of " + java.util.Arrays.toString(shape), () -> single(b -> {
                    var u = ConvolutionFactory.eINSTANCE.createUpsample();
                    u.setScale(shape.length == 3 ? 2 : 3);
                    u.setBilinear(bilinear);
                    return b.add(u, "up", b.input("x", shape));
                })));
            }
        }
        for (PoolType type : PoolType.values()) {
            for (int[] window : new int[][] {{2, 0}, {3, 1}, {2, 1}}) {
                all.add(net(type.getLiteral() + " pool over steps " + window[0] + " stride " + window[1], () -> single(b -> {
                    Pooling p = ConvolutionFactory.eINSTANCE.createPooling();
                    p.setPoolType(type);
                    p.setDimensions(1);
                    p.setSequence(true);
                    p.setKernel(window[0]);
                    p.setStride(window[1]);
                    return b.add(p, "pool", b.sequence("x", 3));
                })));
            }
        }
        // The harness's sequences have 4 steps: 3 after the first, 1 after the second.
        all.add(net("two valid conv1d over steps, dilated", () -> single(b -> {
            Convolution first = sequenceConv(b, b.sequence("x", 4), 2);
            first.setStepPadding(StepPadding.VALID);
            Convolution second = b.conv(first, "conv2", 3, 2, 1, 0);
            second.setDimensions(1);
            second.setSequence(true);
            second.setDilation(2);
            second.setStepPadding(StepPadding.VALID);
            return second;
        })));
        all.add(net("conv1d over steps, dilation 2 groups 2", () -> single(b -> {
            Convolution c = sequenceConv(b, b.sequence("x", 4), 3);
            c.setDilation(2);
            c.setGroups(2);
            return c;
        })));
        all.add(net("conv1d over embedded tokens, then max over steps", () -> single(b -> {
            var e = SequenceFactory.eINSTANCE.createEmbedding();
            e.setVocabularySize(12);
            e.setEmbeddingDim(4);
            var pool = SequenceFactory.eINSTANCE.createSequencePooling();
            pool.setPoolType(PoolType.MAX);
            return b.add(pool, "max", sequenceConv(b, b.add(e, "embed", b.tokens("ids", InputRole.FEATURES)), 5));
        })));
        for (PoolType type : PoolType.values()) {
            all.add(net(type.getLiteral() + " pool 2d", () -> single(b -> pool(b, b.input("x", 2, 7, 7), type, 2, 3, 2, 1))));
            all.add(net(type.getLiteral() + " pool 1d", () -> single(b -> pool(b, b.input("x", 2, 9), type, 1, 2, 0, 0))));
            all.add(net(type.getLiteral() + " global pool", () -> single(b -> {
                GlobalPooling g = ConvolutionFactory.eINSTANCE.createGlobalPooling();
                g.setPoolType(type);
                return b.add(g, "gp", b.input("x", 3, 4, 5));
            })));
        }
        all.add(net("flatten", () -> single(b -> b.flatten(b.input("x", 2, 3, 4)))));
        all.add(net("reshape", () -> single(b -> {
            Reshape r = F.createReshape();
            r.getDims().add(4);
            r.getDims().add(-1);
            return b.add(r, "reshape", b.input("x", 2, 3, 4));
        })));
        all.add(net("add", () -> single(b -> {
            Layer x = b.input("x", 5);
            Add add = b.add(F.createAdd(), "add", b.dense(x, "fc", 5));
            b.connect(x, "", add, "in1");
            return add;
        })));
        all.add(net("multiply: a gate", () -> single(b -> {
            Layer x = b.sequence("x", 5);
            var multiply = b.add(F.createMultiply(), "gate", b.dense(x, "value", 4));
            b.connect(b.activation(b.dense(x, "logits", 4), ActivationFunction.SIGMOID), "", multiply, "in1");
            return multiply;
        })));
        all.add(net("multiply: channel weights broadcast, three inputs", () -> single(b -> {
            Layer image = b.input("x", 3, 4, 4);
            var pooled = ConvolutionFactory.eINSTANCE.createGlobalPooling();
            Reshape column = F.createReshape();
            column.getDims().add(3);
            column.getDims().add(1);
            column.getDims().add(1);
            Layer weights = b.add(column, "channels", b.dense(b.add(pooled, "squeeze", image), "excite", 3));
            var multiply = F.createMultiply();
            multiply.setInputs(3);
            b.add(multiply, "scaled", image);
            b.connect(weights, "", multiply, "in1");
            b.connect(image, "", multiply, "in2");
            return multiply;
        })));
        all.add(net("add with conv1x1 projection", () -> single(b -> {
            Layer x = b.input("x", 3, 8, 8);
            Add add = b.add(F.createAdd(), "add", b.conv(x, "conv", 5, 3, 2, 1));
            add.setProjection(ProjectionKind.CONV1X1);
            b.connect(x, "", add, "in1");
            return add;
        })));
        all.add(net("add with dense projection", () -> single(b -> {
            Layer x = b.input("x", 6);
            Add add = b.add(F.createAdd(), "add", b.dense(x, "fc", 4));
            add.setProjection(ProjectionKind.DENSE);
            b.connect(x, "", add, "in1");
            return add;
        })));
        all.add(net("concat", () -> single(b -> {
            Layer x = b.input("x", 2, 4, 4);
            Concat concat = F.createConcat();
            concat.setInputs(3);
            b.add(concat, "concat", b.conv(x, "a", 3, 3, 1, 1));
            b.connect(x, "", concat, "in1");
            b.connect(b.conv(x, "b", 1, 1, 1, 0), "", concat, "in2");
            return concat;
        })));
        all.add(net("batchnorm 2d", () -> single(b -> b.add(NORMALIZATION.createBatchNorm(), "bn", b.input("x", 3, 4, 4)))));
        all.add(net("batchnorm 1d", () -> single(b -> b.add(NORMALIZATION.createBatchNorm(), "bn", b.input("x", 6)))));
        all.add(net("layernorm", () -> single(b -> b.add(NORMALIZATION.createLayerNorm(), "ln", b.input("x", 6)))));
        all.add(net("layernorm over two dims without affine", () -> single(b -> {
            LayerNorm n = NORMALIZATION.createLayerNorm();
            n.setNormalizedDims(2);
            n.setAffine(false);
            return b.add(n, "ln", b.input("x", 3, 4));
        })));
        all.add(net("rmsnorm", () -> single(b -> b.add(NORMALIZATION.createRMSNorm(), "rms", b.sequence("x", 6)))));
        all.add(net("input normalization",
                () -> single(b -> b.add(NORMALIZATION.createInputNormalization(), "norm", b.input("x", 2, 3)))));
        all.add(net("dropout", () -> single(b -> b.add(F.createDropout(), "dropout", b.input("x", 5)))));
        all.add(net("noise", () -> single(b -> b.add(F.createNoise(), "noise", b.input("x", 5)))));
        all.add(net("embedding", () -> single(b -> {
            var e = SequenceFactory.eINSTANCE.createEmbedding();
            e.setVocabularySize(9);
            e.setEmbeddingDim(4);
            return b.add(e, "embed", b.tokens("ids", InputRole.FEATURES));
        })));
        for (CellType cell : CellType.values()) {
            for (boolean bidirectional : new boolean[] {false, true}) {
                String name = cell.getLiteral() + (bidirectional ? " bidirectional" : "");
                all.add(net(name + " sequence", () -> single(b -> recurrent(b, cell, bidirectional, SequenceOutput.SEQUENCE, 0))));
                all.add(net(name + " last", () -> single(b -> recurrent(b, cell, bidirectional, SequenceOutput.LAST, 0))));
            }
            all.add(net(cell.getLiteral() + " one-to-many", () -> single(b -> recurrent(b, cell, false, SequenceOutput.SEQUENCE, 5))));
        }
        all.add(net("lstm with initial states", LayerExportTest::lstmWithInitialStates));
        for (boolean causal : new boolean[] {false, true}) {
            all.add(net(causal ? "causal attention" : "attention", () -> single(b -> {
                var attention = SequenceFactory.eINSTANCE.createAttention();
                attention.setHeads(3);
                attention.setCausal(causal);
                return b.add(attention, "attention", b.sequence("x", 6));
            })));
        }
        all.add(net("single-head attention", () -> single(b -> {
            var attention = SequenceFactory.eINSTANCE.createAttention();
            attention.setHeads(1);
            return b.add(attention, "attention", b.input("x", 4, 5));
        })));
        // Queries [N, T, 6], a memory of 7 steps of 5: key and value weights [5, 6], scores [N, 2, T, 7].
        all.add(net("cross-attention", () -> single(b -> {
            var attention = SequenceFactory.eINSTANCE.createAttention();
            attention.setHeads(2);
            b.add(attention, "attention", b.sequence("x", 6));
            b.connect(b.input("memory", 7, 5), "", attention, Ports.MEMORY);
            return attention;
        })));
        for (PoolType type : PoolType.values()) {
            all.add(net(type.getLiteral() + " over steps", () -> single(b -> {
                var pool = SequenceFactory.eINSTANCE.createSequencePooling();
                pool.setPoolType(type);
                return b.add(pool, "pool", b.sequence("x", 5));
            })));
        }
        for (int count : new int[] {1, 2}) {
            all.add(net(count + " class tokens", () -> single(b -> {
                var token = SequenceFactory.eINSTANCE.createClassToken();
                token.setCount(count);
                return b.add(token, "cls", b.input("x", 5, 6));
            })));
        }
        for (boolean learned : new boolean[] {true, false}) {
            all.add(net((learned ? "learned" : "sinusoidal") + " positions", () -> single(b -> {
                var positions = SequenceFactory.eINSTANCE.createPositionalEncoding();
                positions.setMaxLength(40);
                positions.setLearned(learned);
                return b.add(positions, "positions", b.sequence("x", 6));
            })));
        }
        // 3 → 4 features propagates the input before the product, 3 → 2 the product's output.
        for (int out : new int[] {4, 2}) {
            all.add(net(out > 3 ? "gcn" : "gcn narrowing", () -> graph(false, (b, g) -> {
                GraphConvolution gcn = GnnFactory.eINSTANCE.createGraphConvolution();
                gcn.setOutFeatures(out);
                return withEdges(b, g, b.add(gcn, "gcn", g));
            })));
        }
        // Two heads concatenated, three averaged without a bias, one head without self-loops (a node without incoming edges gets the bias).
        all.add(net("graph attention, 2 heads concatenated", () -> graph(false, (b, g) -> withEdges(b, g, b.add(gat(2, 3, true, true, true), "gat", g)))));
        all.add(net("graph attention, 3 heads averaged", () -> graph(false, (b, g) -> withEdges(b, g, b.add(gat(3, 2, false, true, false), "gat", g)))));
        all.add(net("graph attention without self-loops", () -> graph(false, (b, g) -> withEdges(b, g, b.add(gat(1, 4, true, false, true), "gat", g)))));
        all.add(net("graph attention v2, 2 heads concatenated", () -> graph(false, (b, g) -> withEdges(b, g, b.add(dynamic(gat(2, 3, true, true, true)),
                "gat", g)))));
        all.add(net("graph attention v2 with shared weights", () -> graph(false, (b, g) -> withEdges(b, g, b.add(shared(dynamic(gat(2, 3,
                true, true, true))), "gat", g)))));
        all.add(net("graph attention v2 with shared weights and edge features", () -> graph(false,
                (b, g) -> attendingWithEdgeFeatures(b, g, shared(dynamic(gat(2, 3, true, true, true)))))));
        all.add(net("graph attention v2, 3 heads averaged, no self-loops", () -> graph(false, (b, g) -> withEdges(b, g,
                b.add(dynamic(gat(3, 2, false, false, true)), "gat", g)))));
        // Edge features in the scores: self-loops' features the mean of the incoming edges' (a node without any gets zeros).
        all.add(net("graph attention with edge features, 2 heads concatenated", () -> graph(false,
                (b, g) -> attendingWithEdgeFeatures(b, g, gat(2, 3, true, true, true)))));
        all.add(net("graph attention with edge features, no self-loops", () -> graph(false,
                (b, g) -> attendingWithEdgeFeatures(b, g, gat(3, 2, false, false, true)))));
        all.add(net("graph attention v2 with edge features, 2 heads concatenated", () -> graph(false,
                (b, g) -> attendingWithEdgeFeatures(b, g, dynamic(gat(2, 3, true, true, false))))));
        for (Aggregation aggregation : Aggregation.values()) {
            all.add(net("message passing linear/" + aggregation.getLiteral() + "/linear", () -> graph(false,
                    (b, g) -> withEdges(b, g, b.add(mp(MessageFunction.LINEAR, aggregation, UpdateFunction.LINEAR, 5), "mp", g)))));
            all.add(net("message passing identity/" + aggregation.getLiteral() + "/sum", () -> graph(false,
                    (b, g) -> withEdges(b, g, b.add(mp(MessageFunction.IDENTITY, aggregation, UpdateFunction.SUM, 3), "mp", g)))));
        }
        // Edge features: linear messages narrowing (3 -> 2) and widening (3 -> 5, which without them aggregates before the
        // product), identity messages, each aggregation once.
        all.add(net("message passing with edge features, linear/sum/linear narrowing", () -> graph(false,
                (b, g) -> withEdgeFeatures(b, g, mp(MessageFunction.LINEAR, Aggregation.SUM, UpdateFunction.LINEAR, 2)))));
        all.add(net("message passing with edge features, linear/mean/sum widening", () -> graph(false,
                (b, g) -> withEdgeFeatures(b, g, mp(MessageFunction.LINEAR, Aggregation.MEAN, UpdateFunction.SUM, 5)))));
        all.add(net("message passing with edge features, identity/max/sum", () -> graph(true,
                (b, g) -> withEdgeFeatures(b, g, mp(MessageFunction.IDENTITY, Aggregation.MAX, UpdateFunction.SUM, 3)))));
        // GINE: messages through the activation before the sum; widening linear messages, which otherwise aggregate first.
        all.add(net("message passing with activated messages and edge features, linear/sum/linear", () -> graph(false,
                (b, g) -> withEdgeFeatures(b, g, activated(mp(MessageFunction.LINEAR, Aggregation.SUM, UpdateFunction.LINEAR, 5))))));
        all.add(net("message passing with activated messages, linear/mean/sum widening", () -> graph(false,
                (b, g) -> withEdges(b, g, b.add(activated(mp(MessageFunction.LINEAR, Aggregation.MEAN, UpdateFunction.SUM, 5)), "mp", g)))));
        all.add(net("message passing over the edges and edge features top-k pooling keeps", () -> graph(true, (b, g) -> {
            g.setEdgeFeatures(2);
            TopKPooling pool = GnnFactory.eINSTANCE.createTopKPooling();
            pool.setRatio(0.6);
            b.add(pool, "topk", g);
            b.connect(g, Ports.EDGES, pool, Ports.EDGES);
            b.connect(g, Ports.BATCH, pool, Ports.BATCH);
            b.connect(g, Ports.EDGE_FEATURES, pool, Ports.EDGE_FEATURES);
            MessagePassing mp = b.add(mp(MessageFunction.LINEAR, Aggregation.SUM, UpdateFunction.LINEAR, 4), "mp", pool);
            b.connect(pool, Ports.EDGES, mp, Ports.EDGES);
            b.connect(pool, Ports.EDGE_FEATURES, mp, Ports.EDGE_FEATURES);
            return mp;
        })));
        all.add(net("top-k pooling by ratio", () -> graph(false, (b, g) -> topK(b, g, 0.5, 0))));
        all.add(net("top-k pooling per graph", () -> graph(true, (b, g) -> topK(b, g, 0.6, 0))));
        all.add(net("top-k pooling with fixed k", () -> graph(true, (b, g) -> topK(b, g, 0.5, 2))));
        for (Aggregation aggregation : Aggregation.values()) {
            all.add(net("graph global " + aggregation.getLiteral() + " pooling", () -> graph(true, (b, g) -> {
                GraphGlobalPooling pool = GnnFactory.eINSTANCE.createGraphGlobalPooling();
                pool.setAggregation(aggregation);
                b.add(pool, "readout", g);
                b.connect(g, Ports.BATCH, pool, Ports.BATCH);
                return pool;
            })));
            all.add(net("single graph global " + aggregation.getLiteral() + " pooling", () -> graph(false, (b, g) -> {
                GraphGlobalPooling pool = GnnFactory.eINSTANCE.createGraphGlobalPooling();
                pool.setAggregation(aggregation);
                return b.add(pool, "readout", g);
            })));
        }
        all.add(net("rbm up-pass", () -> single(b -> {
            RBM rbm = GenerativeFactory.eINSTANCE.createRBM();
            rbm.setHiddenUnits(4);
            return b.add(rbm, "rbm", b.input("x", 6));
        })));
        return all.build();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("networks")
    void exportedLayerMatchesTheJavaReference(String name, java.util.function.Supplier<Network> network) throws Exception {
        new ExportHarness(name.hashCode()).check(network.get(), TOLERANCE);
    }

    private static Network single(java.util.function.Function<NetworkBuilder, Layer> body) {
        NetworkBuilder b = new NetworkBuilder("test", "");
        body.apply(b);
        return b.network();
    }

    private static Network graph(boolean batched, java.util.function.BiFunction<NetworkBuilder, GraphInput, Layer> body) {
        NetworkBuilder b = new NetworkBuilder("graph-test", "");
        GraphInput g = GnnFactory.eINSTANCE.createGraphInput();
        g.setNodeFeatures(3);
        g.setBatched(batched);
        b.add(g, "g", null);
        body.apply(b, g);
        return b.network();
    }

    private static Layer withEdges(NetworkBuilder b, GraphInput g, Layer layer) {
        b.connect(g, Ports.EDGES, layer, Ports.EDGES);
        return layer;
    }

    private static MessagePassing activated(MessagePassing mp) {
        mp.setActivateMessages(true);
        return mp;
    }

    /** {@code mp} reading the graph input's edges and two features per edge. */
    private static Layer withEdgeFeatures(NetworkBuilder b, GraphInput g, MessagePassing mp) {
        g.setEdgeFeatures(2);
        withEdges(b, g, b.add(mp, "mp", g));
        b.connect(g, Ports.EDGE_FEATURES, mp, Ports.EDGE_FEATURES);
        return mp;
    }

    private static Layer attendingWithEdgeFeatures(NetworkBuilder b, GraphInput g, GraphAttention gat) {
        g.setEdgeFeatures(2);
        withEdges(b, g, b.add(gat, "gat", g));
        b.connect(g, Ports.EDGE_FEATURES, gat, Ports.EDGE_FEATURES);
        return gat;
    }

    private static GraphAttention gat(int heads, int out, boolean concat, boolean selfLoops, boolean bias) {
        GraphAttention gat = GnnFactory.eINSTANCE.createGraphAttention();
        gat.setHeads(heads);
        gat.setOutFeatures(out);
        gat.setConcat(concat);
        gat.setSelfLoops(selfLoops);
        gat.setBias(bias);
        gat.setNegativeSlope(0.3);
        return gat;
    }

    private static GraphAttention dynamic(GraphAttention gat) {
        gat.setDynamic(true);
        return gat;
    }

    /** GATv2Conv's share_weights: one W for sources and targets. */
    private static GraphAttention shared(GraphAttention gat) {
        gat.setShareWeights(true);
        return gat;
    }

    private static MessagePassing mp(MessageFunction message, Aggregation aggregation, UpdateFunction update, int out) {
        MessagePassing mp = GnnFactory.eINSTANCE.createMessagePassing();
        mp.setMessage(message);
        mp.setAggregation(aggregation);
        mp.setUpdate(update);
        mp.setOutFeatures(out);
        mp.setActivation(ActivationFunction.TANH);
        return mp;
    }

    private static Layer topK(NetworkBuilder b, GraphInput g, double ratio, int k) {
        TopKPooling pool = GnnFactory.eINSTANCE.createTopKPooling();
        pool.setRatio(ratio);
        pool.setK(k);
        b.add(pool, "topk", g);
        b.connect(g, Ports.EDGES, pool, Ports.EDGES);
        if (g.isBatched()) {
            b.connect(g, Ports.BATCH, pool, Ports.BATCH);
        }
        // A GCN on the pooled graph depends on the renumbered edges; a readout on the pooled batch.
        GraphConvolution gcn = GnnFactory.eINSTANCE.createGraphConvolution();
        gcn.setOutFeatures(2);
        b.add(gcn, "gcn", pool);
        b.connect(pool, Ports.EDGES, gcn, Ports.EDGES);
        if (!g.isBatched()) {
            return gcn;
        }
        GraphGlobalPooling readout = GnnFactory.eINSTANCE.createGraphGlobalPooling();
        readout.setAggregation(Aggregation.SUM);
        b.add(readout, "readout", gcn);
        b.connect(pool, Ports.BATCH, readout, Ports.BATCH);
        return readout;
    }

    /** Conv1d over the steps of a sequence, 6 filters. */
    private static Convolution sequenceConv(NetworkBuilder b, Layer from, int kernel) {
        Convolution c = b.conv(from, "conv", 6, kernel, 1, 0);
        c.setDimensions(1);
        c.setSequence(true);
        return c;
    }

    private static Pooling pool(NetworkBuilder b, Layer x, PoolType type, int dims, int kernel, int stride, int padding) {
        Pooling p = ConvolutionFactory.eINSTANCE.createPooling();
        p.setPoolType(type);
        p.setDimensions(dims);
        p.setKernel(kernel);
        p.setStride(stride);
        p.setPadding(padding);
        return b.add(p, "pool", x);
    }

    private static Layer recurrent(NetworkBuilder b, CellType cell, boolean bidirectional, SequenceOutput output, int generate) {
        Recurrent rnn = SequenceFactory.eINSTANCE.createRecurrent();
        rnn.setCell(cell);
        rnn.setHiddenSize(3);
        rnn.setBidirectional(bidirectional);
        rnn.setOutput(output);
        rnn.setGenerateSteps(generate);
        Input x = generate > 0 ? b.input("x", 2) : b.sequence("x", 2);
        return b.add(rnn, "rnn", x);
    }

    private static Network lstmWithInitialStates() {
        NetworkBuilder b = new NetworkBuilder("lstm-states", "");
        Recurrent rnn = SequenceFactory.eINSTANCE.createRecurrent();
        rnn.setCell(CellType.LSTM);
        rnn.setHiddenSize(3);
        rnn.setBidirectional(true);
        b.add(rnn, "lstm", b.sequence("x", 2));
        b.connect(b.input("h0", 6), "", rnn, "initialHidden");
        b.connect(b.input("c0", 6), "", rnn, "initialCell");
        b.connect(rnn, Ports.HIDDEN, b.add(F.createDropout(), "hidden_out", null), "");
        b.connect(rnn, Ports.CELL, b.add(F.createDropout(), "cell_out", null), "");
        return b.network();
    }
}
