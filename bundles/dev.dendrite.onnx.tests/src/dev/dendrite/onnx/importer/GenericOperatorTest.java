package dev.dendrite.onnx.importer;

import static dev.dendrite.onnx.importer.ImportCorpusTest.importsAndComputesTheSame;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.dendrite.model.Networks;
import dev.dendrite.model.network.OnnxOperator;
import dev.dendrite.model.network.convolution.Convolution;
import dev.dendrite.model.network.convolution.Pooling;
import dev.dendrite.model.network.convolution.Upsample;
import dev.dendrite.model.network.normalization.LocalResponseNorm;
import dev.dendrite.model.network.normalization.NormalizationFactory;
import dev.dendrite.onnx.graph.Attr;
import dev.dendrite.onnx.graph.FloatTensor;
import dev.dendrite.onnx.graph.GraphBuilder;

/**
 * Operators without a Dendrite layer, and pools and convolutions with attributes Dendrite's layers
 * do not cover, import as generic operator layers with their output shapes known, and export
 * exactly as they came; LRN is a layer of its own.
 */
class GenericOperatorTest {

    private static final Random RANDOM = new Random(3);

    private static FloatTensor random(long... shape) {
        FloatTensor t = FloatTensor.zeros(shape);
        for (int i = 0; i < t.size(); i++) {
            t.values()[i] = (float) RANDOM.nextGaussian() * 0.5f;
        }
        return t;
    }

    private static long count(ImportResult imported, Class<?> kind) {
        return imported.network().getLayers().stream().filter(kind::isInstance).count();
    }

    @Test
    void operatorsWithoutALayerKeepTheirShapesAndComputeTheSame() throws Exception {
        GraphBuilder g = new GraphBuilder("no_layer");
        g.reserve("x");
        g.input("x", GraphBuilder.ElementType.FLOAT, List.of("N", 3L, 6L, 6L));
        String conv = g.node("Conv", List.of("x", g.initializer("k", random(4, 3, 3, 3)), g.initializer("b", random(4))), "conv",
                Attr.ints("kernel_shape", 3, 3), Attr.ints("pads", 1, 1, 1, 1));
        String lrn = g.node("LRN", List.of(conv), "lrn", Attr.i("size", 3), Attr.f("alpha", 1e-3), Attr.f("beta", 0.75), Attr.f("bias", 2));
        String swapped = g.node("Transpose", List.of(lrn), "swapped", Attr.ints("perm", 0, 1, 3, 2));
        String tiled = g.node("Tile", List.of(swapped, g.longs("repeats", 1, 1, 1, 2)), "tiled");
        String padded = g.node("Pad", List.of(tiled, g.longs("pads", 0, 0, 1, 0, 0, 0, 1, 0)), "padded");
        String scaled = g.node("Resize", List.of(padded, "", g.initializer("scales", new FloatTensor(new long[] {4}, new float[] {1, 1, 2, 1}))),
                "scaled", Attr.s("mode", "nearest"));
        String clipped = g.node("Clip", List.of(scaled, g.scalar("low", -0.5f), g.scalar("high", 0.5f)), "clipped");
        String flat = g.node("Flatten", List.of(clipped), "flat");
        g.nodeWithOutputs("Gemm", List.of(flat, g.initializer("w", random(4 * 16 * 12, 5)), g.initializer("c", random(5))), List.of("y"));
        g.output("y", GraphBuilder.ElementType.FLOAT, List.of("N", 5L));
        ImportResult imported = importsAndComputesTheSame(g.model("test", ""), "no_layer.onnx", random(2, 3, 6, 6));
        assertEquals(1, count(imported, LocalResponseNorm.class), "LRN is a layer");
        List<String> generic = imported.network().getLayers().stream().filter(OnnxOperator.class::isInstance).map(l -> ((OnnxOperator) l)
                .getOpType()).toList();
        assertEquals(List.of("Transpose", "Tile", "Pad", "Resize", "Clip"), generic);
        var shapes = Networks.inspect(imported.network()).shapes();
        var resize = imported.network().getLayers().stream().filter(l -> l instanceof OnnxOperator o && o.getOpType().equals("Resize"))
                .findFirst().orElseThrow();
        assertEquals("N×4×16×12", shapes.output(resize, "out").shape().toString(), "the editor shows the generic layer's shape");
    }

    @Test
    void poolsAndConvolutionsWithEveryAttributeImport() throws Exception {
        GraphBuilder g = new GraphBuilder("windows");
        g.reserve("x");
        g.input("x", GraphBuilder.ElementType.FLOAT, List.of("N", 2L, 9L, 9L));
        String same = g.node("Conv", List.of("x", g.initializer("k", random(4, 2, 3, 3))), "same", Attr.ints("kernel_shape", 3, 3),
                Attr.ints("strides", 2, 2), Attr.s("auto_pad", "SAME_UPPER"));
        String ceil = g.node("MaxPool", List.of(same), "ceil", Attr.ints("kernel_shape", 2, 2), Attr.ints("strides", 2, 2),
                Attr.i("ceil_mode", 1));
        String uneven = g.node("AveragePool", List.of(ceil), "uneven", Attr.ints("kernel_shape", 2, 2), Attr.ints("pads", 0, 0, 1, 1),
                Attr.i("count_include_pad", 0));
        String dilated = g.node("MaxPool", List.of(uneven), "dilated", Attr.ints("kernel_shape", 2, 2), Attr.ints("dilations", 2, 2),
                Attr.ints("pads", 1, 1, 1, 1));
        String plain = g.node("MaxPool", List.of(dilated), "plain", Attr.ints("kernel_shape", 1, 1));
        String flat = g.node("Flatten", List.of(plain), "flat");
        g.nodeWithOutputs("Gemm", List.of(flat, g.initializer("w", random(4 * 3 * 3, 2))), List.of("y"));
        g.output("y", GraphBuilder.ElementType.FLOAT, List.of("N", 2L));
        ImportResult imported = importsAndComputesTheSame(g.model("test", ""), "windows.onnx", random(3, 2, 9, 9));
        assertEquals(1, count(imported, OnnxOperator.class), "padding left out of averages: generic");
        assertEquals(3, count(imported, Pooling.class), "a plain pool, one in ceil mode and a dilated one are Pooling layers");
        assertTrue(imported.network().getLayers().stream().anyMatch(l -> l instanceof Pooling p && p.getDilation() == 2), "dilation kept");
        assertTrue(imported.network().getLayers().stream().anyMatch(l -> l instanceof Pooling p && p.isCeilMode()), "ceil mode kept");
        assertEquals(1, count(imported, Convolution.class), "SAME padding that is symmetric: a Convolution");
        // On an even input SAME padding is lopsided (1 on one side, 0 on the other): a Convolution with its own far-end padding.
        GraphBuilder h = new GraphBuilder("lopsided");
        h.reserve("x");
        h.input("x", GraphBuilder.ElementType.FLOAT, List.of("N", 2L, 8L, 8L));
        String conv = h.node("Conv", List.of("x", h.initializer("k", random(4, 2, 3, 3))), "same", Attr.ints("kernel_shape", 3, 3),
                Attr.ints("strides", 2, 2), Attr.s("auto_pad", "SAME_LOWER"));
        String pooled = h.node("MaxPool", List.of(conv), "pool", Attr.ints("kernel_shape", 2, 2), Attr.ints("strides", 2, 2),
                Attr.ints("pads", 0, 0, 1, 1));
        h.nodeWithOutputs("Flatten", List.of(pooled), List.of("y"));
        h.output("y", GraphBuilder.ElementType.FLOAT, List.of("N", 36L));
        ImportResult lopsided = importsAndComputesTheSame(h.model("test", ""), "lopsided.onnx", random(2, 2, 8, 8));
        assertEquals(0, count(lopsided, OnnxOperator.class));
        var convolution = (Convolution) lopsided.network().getLayers().stream()
                .filter(Convolution.class::isInstance).findFirst().orElseThrow();
        assertEquals(1, convolution.getPadding(), "SAME_LOWER puts the odd one near");
        assertEquals(0, convolution.getPaddingEnd());
        var pool = (Pooling) lopsided.network().getLayers().stream().filter(Pooling.class::isInstance).findFirst().orElseThrow();
        assertEquals(0, pool.getPadding());
        assertEquals(1, pool.getPaddingEnd());
        // Inception's factorised kernels: 1×3 then 3×1, each padded on its long side only; Convolution layers with per-dim sizes.
        GraphBuilder f = new GraphBuilder("factorised");
        f.reserve("x");
        f.input("x", GraphBuilder.ElementType.FLOAT, List.of("N", 2L, 7L, 7L));
        String wide = f.node("Conv", List.of("x", f.initializer("k13", random(3, 2, 1, 3))), "wide", Attr.ints("kernel_shape", 1, 3),
                Attr.ints("pads", 0, 1, 0, 1));
        String tall = f.node("Conv", List.of(wide, f.initializer("k31", random(4, 3, 3, 1))), "tall", Attr.ints("kernel_shape", 3, 1),
                Attr.ints("pads", 1, 0, 1, 0));
        f.nodeWithOutputs("Flatten", List.of(tall), List.of("y"));
        f.output("y", GraphBuilder.ElementType.FLOAT, List.of("N", 4L * 7 * 7));
        ImportResult factorised = importsAndComputesTheSame(f.model("test", ""), "factorised.onnx", random(2, 2, 7, 7));
        assertEquals(0, count(factorised, OnnxOperator.class));
        var convolutions = factorised.network().getLayers().stream().filter(Convolution.class::isInstance)
                .map(Convolution.class::cast).toList();
        assertEquals(List.of(List.of(1, 3), List.of(3, 1)), convolutions.stream().map(c -> List.copyOf(c.getKernelShape())).toList());
        assertEquals(List.of(0, 1, 0, 1), List.copyOf(convolutions.get(0).getPads()));
        assertEquals("N×4×7×7", Networks.inspect(factorised.network()).shapes().output(convolutions.get(1), "out").shape().toString());
        // Strides that differ between height and width still make a generic operator, whose kernel is a trainable parameter.
        GraphBuilder u = new GraphBuilder("uneven");
        u.reserve("x");
        u.input("x", GraphBuilder.ElementType.FLOAT, List.of("N", 2L, 8L, 8L));
        String unevenConv = u.node("Conv", List.of("x", u.initializer("k", random(4, 2, 3, 3))), "uneven", Attr.ints("kernel_shape", 3, 3),
                Attr.ints("strides", 1, 2));
        u.nodeWithOutputs("Flatten", List.of(unevenConv), List.of("y"));
        u.output("y", GraphBuilder.ElementType.FLOAT, List.of("N", 4L * 6 * 3));
        ImportResult unevenImport = importsAndComputesTheSame(u.model("test", ""), "uneven.onnx", random(2, 2, 8, 8));
        assertEquals(1, count(unevenImport, OnnxOperator.class));
        OnnxOperator generic = (OnnxOperator) unevenImport.network().getLayers().stream().filter(OnnxOperator.class::isInstance).findFirst()
                .orElseThrow();
        assertEquals(72, generic.getParameterCount());
        assertEquals("[4, 2, 3, 3]", java.util.Arrays.toString(unevenImport.weights().get(generic.getId(), "c0").orElseThrow().shape()));
        var specs = dev.dendrite.onnx.weights.ParameterSpecs.of(generic, Networks.inspect(unevenImport.network()).shapes().of(generic).inputs());
        assertEquals(List.of("c0"), specs.stream().map(spec -> spec.name()).toList());
    }

    @Test
    void localResponseNormsTrainingFormComputesWhatOnnxsLrnComputes() throws Exception {
        for (int size : new int[] {3, 5}) {
            var b = new dev.dendrite.model.templates.NetworkBuilder("lrn", "LRN alone");
            var input = b.input("x", 5, 3, 3);
            LocalResponseNorm lrn = NormalizationFactory.eINSTANCE.createLocalResponseNorm();
            lrn.setSize(size);
            lrn.setAlpha(0.3f);
            lrn.setBeta(0.75f);
            lrn.setBias(1.5f);
            b.add(lrn, "lrn", input);
            var network = b.network();
            FloatTensor x = random(2, 5, 3, 3);
            float[] inference = ImportCorpusTest.run(dev.dendrite.onnx.export.OnnxExporter.export(network, new dev.dendrite.onnx.weights
                    .Weights(), "test").model(), x).get(0);
            var lowered = dev.dendrite.onnx.export.OnnxExporter.lower(network, new dev.dendrite.onnx.weights.Weights(), layer -> null);
            var graph = lowered.graph();
            String out = lowered.produced().entrySet().stream().filter(e -> e.getKey().getName().equals("lrn")).findFirst().orElseThrow()
                    .getValue().get("out");
            graph.output(out, GraphBuilder.ElementType.FLOAT);
            var model = graph.model("test", "");
            assertTrue(model.getGraph().getNodeList().stream().noneMatch(n -> n.getOpType().equals("LRN")), "training writes LRN out");
            float[] training = ImportCorpusTest.run(model, x).get(0);
            for (int i = 0; i < inference.length; i++) {
                assertEquals(inference[i], training[i], 1e-5, "size " + size + ", element " + i);
            }
        }
    }

    @Test
    void oldFormsOfGenericOperatorsAreRewrittenToTheCurrentOnes() throws Exception {
        GraphBuilder g = new GraphBuilder("opset9");
        g.reserve("x");
        g.input("x", GraphBuilder.ElementType.FLOAT, List.of("N", 2L, 4L, 4L));
        String conv = g.node("Conv", List.of("x", g.initializer("k", random(4, 2, 3, 3))), "conv", Attr.ints("kernel_shape", 3, 3),
                Attr.ints("pads", 1, 1, 1, 1));
        String padded = g.node("Pad", List.of(conv), "padded", Attr.ints("pads", 0, 0, 1, 1, 0, 0, 1, 1), Attr.f("value", 0.5));
        String clipped = g.node("Clip", List.of(padded), "clipped", Attr.f("min", -1), Attr.f("max", 1));
        String upsampled = g.node("Upsample", List.of(clipped, g.initializer("scales", new FloatTensor(new long[] {4}, new float[] {1, 1, 2,
            2}))), "upsampled", Attr.s("mode", "nearest"));
        String sliced = g.node("Slice", List.of(upsampled), "sliced", Attr.ints("starts", 1), Attr.ints("ends", 3), Attr.ints("axes", 1));
        String mean = g.node("ReduceMean", List.of(sliced), "mean", Attr.ints("axes", 3));
        String flat = g.node("Flatten", List.of(mean), "flat");
        g.nodeWithOutputs("Gemm", List.of(flat, g.initializer("w", random(24, 3)), g.initializer("c", random(3))), List.of("y"));
        g.output("y", GraphBuilder.ElementType.FLOAT, List.of("N", 3L));
        var model = g.model("test", "").toBuilder().setOpsetImport(0, ai.onnx.proto.OnnxMl.OperatorSetIdProto.newBuilder().setVersion(9))
                .build();
        ImportResult imported = importsAndComputesTheSame(model, "opset9.onnx", random(2, 2, 4, 4));
        List<String> generic = imported.network().getLayers().stream().filter(OnnxOperator.class::isInstance).map(l -> ((OnnxOperator) l)
                .getOpType()).toList();
        assertEquals(List.of("Pad", "Clip", "Slice", "ReduceMean"), generic, "Upsample is written as the Resize it amounts to, an Upsample layer");
        assertEquals(1, count(imported, Upsample.class));
    }

    /**
     * Resizes by a whole scale import as Upsample layers: nearest in blocks as PyTorch writes it (asymmetric, floor) and linear with
     * PyTorch's half-pixel centres, over pictures and over one spatial dim, given scales or constant sizes (as a trace of
     * F.interpolate(size=...) writes them); uneven or fractional scales stay generic Resizes.
     */
    @Test
    void resizesByAWholeScaleImportAsUpsampleLayers() throws Exception {
        GraphBuilder g = new GraphBuilder("decoder");
        g.reserve("x");
        g.input("x", GraphBuilder.ElementType.FLOAT, List.of("N", 2L, 3L, 3L));
        String nearest = g.node("Resize", List.of("x", "", g.initializer("twice", new FloatTensor(new long[] {4}, new float[] {1, 1, 2, 2}))),
                "nearest", Attr.s("mode", "nearest"), Attr.s("coordinate_transformation_mode", "asymmetric"), Attr.s("nearest_mode", "floor"));
        String conv = g.node("Conv", List.of(nearest, g.initializer("k", random(3, 2, 3, 3)), g.initializer("b", random(3))), "conv",
                Attr.ints("kernel_shape", 3, 3), Attr.ints("pads", 1, 1, 1, 1));
        String bilinear = g.node("Resize", List.of(conv, "", g.initializer("thrice", new FloatTensor(new long[] {4}, new float[] {1, 1, 3, 3}))),
                "bilinear", Attr.s("mode", "linear"), Attr.s("coordinate_transformation_mode", "pytorch_half_pixel"));
        String uneven = g.node("Resize", List.of(bilinear, "", g.initializer("uneven_scales", new FloatTensor(new long[] {4}, new float[] {1, 1,
            1, 2}))), "uneven", Attr.s("mode", "nearest"), Attr.s("coordinate_transformation_mode", "asymmetric"), Attr.s("nearest_mode", "floor"));
        // Sizes rather than scales, as F.interpolate(size=...) traced writes them (the batch a number): twice, then 1.5 times.
        String sized = g.node("Resize", List.of(uneven, "", "", g.longs("sizes", 2, 3, 36, 72)), "sized", Attr.s("mode", "nearest"),
                Attr.s("coordinate_transformation_mode", "asymmetric"), Attr.s("nearest_mode", "floor"));
        String fractional = g.node("Resize", List.of(sized, "", "", g.longs("sizes_uneven", 2, 3, 54, 108)), "fractional", Attr.s("mode",
                "nearest"), Attr.s("coordinate_transformation_mode", "asymmetric"), Attr.s("nearest_mode", "floor"));
        String flat = g.node("Flatten", List.of(fractional), "flat");
        g.nodeWithOutputs("Gemm", List.of(flat, g.initializer("w", random(3 * 54 * 108, 4)), g.initializer("c", random(4))), List.of("y"));
        g.output("y", GraphBuilder.ElementType.FLOAT, List.of("N", 4L));
        ImportResult imported = importsAndComputesTheSame(g.model("test", ""), "decoder.onnx", random(2, 2, 3, 3));
        List<Upsample> layers = imported.network().getLayers().stream().filter(Upsample.class
                ::isInstance).map(Upsample.class::cast).toList();
        assertEquals(List.of("2 nearest", "3 bilinear", "2 nearest"), layers.stream().map(u -> u.getScale() + (u.isBilinear() ? " bilinear"
                : " nearest")).toList(), "scales or sizes of a whole scale");
        assertEquals(List.of("Resize", "Resize"), imported.network().getLayers().stream().filter(OnnxOperator.class::isInstance).map(l ->
                ((OnnxOperator) l).getOpType()).toList(), "the uneven scales and the sizes of 1.5 times stay generic Resizes");
    }

    /** A small U-Net: a convolution, a pool, a transposed convolution back up, the skip concatenated; at the given opset. */
    private static dev.dendrite.onnx.graph.GraphBuilder unet(String autoPad) {
        GraphBuilder g = new GraphBuilder("unet");
        g.reserve("x");
        g.input("x", GraphBuilder.ElementType.FLOAT, List.of("N", 1L, 8L, 8L));
        String down = g.node("Relu", List.of(g.node("Conv", List.of("x", g.initializer("k", random(4, 1, 3, 3)), g.initializer("kb", random(4))),
                "conv", Attr.ints("kernel_shape", 3, 3), Attr.ints("pads", 1, 1, 1, 1))), "relu");
        String pooled = g.node("MaxPool", List.of(down), "pool", Attr.ints("kernel_shape", 2, 2), Attr.ints("strides", 2, 2));
        List<ai.onnx.proto.OnnxMl.AttributeProto> attributes = new java.util.ArrayList<>(List.of(Attr.ints("kernel_shape", 3, 3),
                Attr.ints("strides", 2, 2)));
        attributes.add(autoPad == null ? Attr.ints("pads", 1, 1, 0, 0) : Attr.s("auto_pad", autoPad));
        String up = g.node("ConvTranspose", List.of(pooled, g.initializer("t", random(4, 3, 3, 3)), g.initializer("tb", random(3))), "up",
                attributes.toArray(ai.onnx.proto.OnnxMl.AttributeProto[]::new));
        String joined = g.node("Concat", List.of(down, up), "skip", Attr.i("axis", 1));
        String mixed = g.node("Sigmoid", List.of(g.node("Conv", List.of(joined, g.initializer("m", random(1, 7, 1, 1))), "mix",
                Attr.ints("kernel_shape", 1, 1))), "mask");
        g.nodeWithOutputs("Flatten", List.of(mixed), List.of("y"));
        g.output("y", GraphBuilder.ElementType.FLOAT, List.of("N", 64L));
        return g;
    }

    @Test
    void transposedConvolutionsImportFromTheOpsetsExportersUse() throws Exception {
        for (int opset : new int[] {17, 13, 11}) {
            var model = unet(null).model("test", "").toBuilder().setOpsetImport(0, ai.onnx.proto.OnnxMl.OperatorSetIdProto.newBuilder()
                    .setVersion(opset)).build();
            ImportResult imported = importsAndComputesTheSame(model, "unet" + opset + ".onnx", random(2, 1, 8, 8));
            OnnxOperator up = imported.network().getLayers().stream().filter(OnnxOperator.class::isInstance).map(OnnxOperator.class::cast)
                    .findFirst().orElseThrow();
            assertEquals("ConvTranspose", up.getOpType(), "opset " + opset);
            assertEquals(4 * 3 * 3 * 3 + 3, up.getParameterCount(), "the kernel and bias are learnt");
            assertEquals("N×3×8×8", Networks.inspect(imported.network()).shapes().output(up, "out").shape().toString());
        }
        var same = unet("SAME_UPPER").model("test", "").toBuilder().setOpsetImport(0, ai.onnx.proto.OnnxMl.OperatorSetIdProto.newBuilder()
                .setVersion(17)).build();
        assertEquals(1, count(importsAndComputesTheSame(same, "unet17-same.onnx", random(2, 1, 8, 8)), OnnxOperator.class), "SAME padding");
        // Opset 10 (older PyTorch exports): the same meaning when the pads are given; implicit padding then differed, so it is refused.
        var explicit = unet(null).model("test", "").toBuilder().setOpsetImport(0, ai.onnx.proto.OnnxMl.OperatorSetIdProto.newBuilder()
                .setVersion(10)).build();
        ImportResult imported = OnnxImporter.read(explicit.toByteArray(), "unet10.onnx", false);
        assertEquals(1, count(imported, OnnxOperator.class));
        var implicit = unet("SAME_UPPER").model("test", "").toBuilder().setOpsetImport(0, ai.onnx.proto.OnnxMl.OperatorSetIdProto.newBuilder()
                .setVersion(10)).build();
        UnsupportedOperatorsException refused = org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperatorsException.class,
                () -> OnnxImporter.read(implicit.toByteArray(), "unet10-same.onnx", false));
        assertTrue(refused.getMessage().contains("ConvTranspose at opset 10"), refused.getMessage());
    }

    /** x · 0.5 · (1 + erf(x / √2)) in the two orders exporters write it before opset 20's Gelu: one GELU layer. */
    @Test
    void geluWrittenOutAroundAnErfIsOneGeluLayer() throws Exception {
        for (boolean halfFirst : new boolean[] {false, true}) {
            GraphBuilder g = new GraphBuilder("gelu");
            g.reserve("x");
            g.input("x", GraphBuilder.ElementType.FLOAT, List.of("N", 6L));
            String h = g.node("MatMul", List.of("x", g.initializer("w", random(6, 5))), "fc");
            String erf = g.node("Erf", List.of(g.node("Div", List.of(h, g.scalar("root_two", (float) Math.sqrt(2))), "scaled")), "erf");
            String plusOne = g.node("Add", List.of(erf, g.scalar("one", 1f)), "plus_one");
            String y = halfFirst ? g.node("Mul", List.of(g.node("Mul", List.of(h, g.scalar("half", 0.5f)), "half_x"), plusOne), "gelu")
                    : g.node("Mul", List.of(g.node("Mul", List.of(h, plusOne), "x_times"), g.scalar("half", 0.5f)), "gelu");
            g.nodeWithOutputs("MatMul", List.of(y, g.initializer("v", random(5, 2))), List.of("y"));
            g.output("y", GraphBuilder.ElementType.FLOAT, List.of("N", 2L));
            ImportResult imported = importsAndComputesTheSame(g.model("test", ""), "gelu.onnx", random(3, 6));
            assertEquals(0, count(imported, OnnxOperator.class), "no generic Div, Erf, Add or Mul left");
            var gelus = imported.network().getLayers().stream().filter(l -> l instanceof dev.dendrite.model.network.Activation a
                    && a.getFunction() == dev.dendrite.model.network.ActivationFunction.GELU).toList();
            assertEquals(1, gelus.size());
            assertTrue(gelus.get(0).getName().endsWith("Gelu"), "named for what it computes: " + gelus.get(0).getName());
        }
        // An Erf on its own stays a generic operator.
        GraphBuilder g = new GraphBuilder("erf");
        g.reserve("x");
        g.input("x", GraphBuilder.ElementType.FLOAT, List.of("N", 6L));
        g.nodeWithOutputs("Erf", List.of(g.node("MatMul", List.of("x", g.initializer("w", random(6, 5))), "fc")), List.of("y"));
        g.output("y", GraphBuilder.ElementType.FLOAT, List.of("N", 5L));
        assertEquals(List.of("Erf"), importsAndComputesTheSame(g.model("test", ""), "erf.onnx", random(3, 6)).network().getLayers().stream()
                .filter(OnnxOperator.class::isInstance).map(l -> ((OnnxOperator) l).getOpType()).toList());
    }
}
