package dev.dendrite.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.dendrite.editor.diagram.SceneBuilder;
import dev.dendrite.editor.internal.NetworkEditor;
import dev.dendrite.editor.scene.NodeItem;
import dev.dendrite.editor.scene.Severity;
import dev.dendrite.layout.NetworkLayout;
import dev.dendrite.model.Networks;
import dev.dendrite.model.network.ActivationFunction;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.LossKind;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.convolution.ConvolutionFactory;
import dev.dendrite.model.network.normalization.NormalizationFactory;
import dev.dendrite.model.network.sequence.Recurrent;
import dev.dendrite.model.templates.NetworkBuilder;
import dev.dendrite.model.templates.TemplateLibrary;
import dev.dendrite.onnx.export.OnnxExporter;
import dev.dendrite.onnx.weights.Weights;

/** The editor on every example file, on an imported ONNX model, and on a 500-layer network (a printed benchmark). */
class NetworkEditorFilesUiTest {

    /** Files the test writes; JUnit removes them afterwards, so runs leave nothing in the temporary folder. */
    @TempDir
    Path scratch;

    private static final Set<String> SHOWN = Set.of("lenet-5", "resnet-small", "gcn-node-classifier", "seq2seq", "dbn", "transformer-tagger");

    @Test
    void everyTemplateOpensWithAFigurePerLayerAndNoErrors() throws Exception {
        IProject project = ExamplesProject.ensure(new NullProgressMonitor());
        List<IFile> files = new ArrayList<>();
        project.accept(r -> {
            if (r.getType() == IResource.FILE && "dnet".equals(r.getFileExtension())) {
                files.add((IFile) r);
            }
            return true;
        });
        assertEquals(TemplateLibrary.all().size(), files.size());
        for (IFile file : files) {
            NetworkEditor editor = EditorFixture.open(file);
            try {
                Network network = editor.network();
                assertEquals(network.getLayers().size(), editor.canvas().scene().nodes().size(), file.getName());
                assertEquals(network.getConnections().size(), editor.canvas().scene().edges().size(), file.getName());
                assertTrue(editor.canvas().scene().nodes().stream().noneMatch(n -> n.severity() == Severity.ERROR), file.getName());
                assertFalse(editor.isDirty(), file.getName() + " is dirty right after opening");
                // Edges run around the layers between their ends (a residual past its block, a class past the generator).
                assertEquals(List.of(), EditorFixture.edgesThroughLayers(editor), file.getName());
                String id = file.getName().replace(".dnet", "");
                if (id.startsWith("transformer")) {
                    // A long chain: the first block's attention and its residual connection, at full size.
                    network.getLayers().stream().filter(l -> l.getId().equals("block1_add1")).findFirst().ifPresent(editor.canvas()::reveal);
                    UiWait.flush(editor.getSite().getShell().getDisplay());
                }
                if (SHOWN.contains(id)) {
                    Screenshots.save(editor.getSite().getShell(), "editor-template-" + id);
                }
            } finally {
                EditorFixture.close(editor);
            }
        }
    }

    @Test
    void anImportedOnnxModelComesLaidOutAndOpensClean() throws Exception {
        Network lenet = TemplateLibrary.find("lenet-5").orElseThrow().create();
        byte[] onnx = OnnxExporter.export(lenet, new Weights(), "test").model().toByteArray();
        // Operator mapping, as for a model from another tool; the import paths (wizard, dendrite import) lay it out with ELK
        // through OnnxFiles.importModel, as here.
        java.nio.file.Path model = java.nio.file.Files.createTempFile(scratch, "lenet-5", ".onnx");
        java.nio.file.Path dnet = java.nio.file.Files.createTempFile(scratch, "imported", ".dnet");
        java.nio.file.Files.write(model, onnx);
        dev.dendrite.onnx.OnnxFiles.importModel(model, dnet, true, dev.dendrite.layout.NetworkLayout::applyAll);
        Network imported = dev.dendrite.model.io.DnetIO.load(dnet).network().orElseThrow();
        NetworkEditor editor = EditorFixture.open(EditorFixture.write("imported.dnet", imported));
        try {
            assertNoOverlaps(editor);
            for (var edge : editor.canvas().scene().edges()) {
                assertTrue(edge.source().box().right() < edge.target().box().x(), "layered left to right");
            }
            assertFalse(editor.isDirty());
            Screenshots.save(editor.getSite().getShell(), "editor-imported-onnx");
        } finally {
            EditorFixture.close(editor);
        }
    }

    /**
     * A bidirectional LSTM classifier as PyTorch exports it (zero states sized from the batch, both
     * directions' final states joined): the import gives one Recurrent layer whose hidden output feeds
     * the classifier, and the editor shows its shapes.
     */
    @Test
    void aPyTorchLstmClassifierOpensWithItsShapes() throws Exception {
        dev.dendrite.onnx.graph.GraphBuilder g = new dev.dendrite.onnx.graph.GraphBuilder("bilstm");
        g.reserve("x");
        g.input("x", dev.dendrite.onnx.graph.GraphBuilder.ElementType.FLOAT, List.of("N", 5L, 4L));
        ai.onnx.proto.OnnxMl.TensorProto zero = ai.onnx.proto.OnnxMl.TensorProto.newBuilder().setDataType(
                ai.onnx.proto.OnnxMl.TensorProto.DataType.INT64_VALUE).addInt64Data(0).build();
        String batch = g.node("Unsqueeze", List.of(g.node("Gather", List.of(g.node("Shape", List.of("x"), "shape"), g.node("Constant", List.of(),
                "zero", dev.dendrite.onnx.graph.Attr.tensor("value", zero))), "batch"), g.longs("axis", 0)), "batch_1d");
        String states = g.node("ConstantOfShape", List.of(g.node("Concat", List.of(g.longs("dirs", 2), batch, g.longs("hidden", 6)),
                "state_shape", dev.dendrite.onnx.graph.Attr.i("axis", 0))), "zeros");
        List<String> lstm = g.node("LSTM", List.of(g.node("Transpose", List.of("x"), "time_major", dev.dendrite.onnx.graph.Attr.ints("perm", 1,
                0, 2)), g.initializer("w", dev.dendrite.onnx.graph.FloatTensor.zeros(2, 24, 4)), g.initializer("r",
                        dev.dendrite.onnx.graph.FloatTensor.zeros(2, 24, 6)), g.initializer("b", dev.dendrite.onnx.graph.FloatTensor.zeros(2, 48)), "",
                states, states), 3, "lstm", dev.dendrite.onnx.graph.Attr.i("hidden_size", 6), dev.dendrite.onnx.graph.Attr.s("direction",
                        "bidirectional"));
        List<String> picks = new ArrayList<>();
        for (long row : new long[] {-2, -1}) {
            ai.onnx.proto.OnnxMl.TensorProto index = ai.onnx.proto.OnnxMl.TensorProto.newBuilder().setDataType(
                    ai.onnx.proto.OnnxMl.TensorProto.DataType.INT64_VALUE).addInt64Data(row).build();
            picks.add(g.node("Gather", List.of(lstm.get(1), g.node("Constant", List.of(), "row", dev.dendrite.onnx.graph.Attr.tensor("value",
                    index))), "h_pick", dev.dendrite.onnx.graph.Attr.i("axis", 0)));
        }
        String joined = g.node("Concat", picks, "h_joined", dev.dendrite.onnx.graph.Attr.i("axis", 1));
        g.nodeWithOutputs("Gemm", List.of(joined, g.initializer("head", dev.dendrite.onnx.graph.FloatTensor.zeros(12, 3))), List.of("y"));
        g.output("y", dev.dendrite.onnx.graph.GraphBuilder.ElementType.FLOAT, List.of("N", 3L));
        Path model = Files.createTempFile(scratch, "bilstm", ".onnx");
        Path dnet = Files.createTempFile(scratch, "bilstm", ".dnet");
        Files.write(model, g.model("test", "").toByteArray());
        dev.dendrite.onnx.OnnxFiles.importModel(model, dnet, true, dev.dendrite.layout.NetworkLayout::applyAll);
        Network imported = dev.dendrite.model.io.DnetIO.load(dnet).network().orElseThrow();
        NetworkEditor editor = EditorFixture.open(EditorFixture.write("bilstm.dnet", imported));
        try {
            assertNoOverlaps(editor);
            var fromRecurrent = editor.canvas().scene().edges().stream().filter(e -> e.source().element()
                    instanceof Recurrent).toList();
            assertEquals(List.of("N×12"), fromRecurrent.stream().map(e -> e.label()).toList(), "both directions' final states, joined");
            assertTrue(editor.canvas().scene().edges().stream().noneMatch(e -> e.severity() == Severity.ERROR), "no shape errors");
            assertFalse(editor.isDirty());
            Screenshots.save(editor.getSite().getShell(), "editor-imported-pytorch-lstm");
        } finally {
            EditorFixture.close(editor);
        }
    }

    @Test
    void aLargeNetworkIsLaidOutInABackgroundJobAsOneUndoableEdit() throws Exception {
        dev.dendrite.model.templates.NetworkBuilder b = new dev.dendrite.model.templates.NetworkBuilder("deep", "a 241-layer chain");
        dev.dendrite.model.network.Layer x = b.input("x", 16);
        for (int i = 0; i < 120; i++) {
            x = b.dense(x, "fc" + i, 16, dev.dendrite.model.network.ActivationFunction.RELU);
        }
        b.loss(b.dense(x, "out", 2), dev.dendrite.model.network.LossKind.CROSS_ENTROPY);
        Network deep = b.network();
        assertTrue(deep.getLayers().size() > 150, "large enough for the background layout: " + deep.getLayers().size());
        NetworkEditor editor = EditorFixture.open(EditorFixture.write("deep.dnet", deep));
        try {
            assertTrue(UiWait.until(editor.canvas().getDisplay(), 30000, editor::isDirty), "the job's layout arrives as an edit");
            assertEquals("Auto-layout", editor.commandStack().getUndoCommand().getLabel());
            assertNoOverlaps(editor);
            editor.commandStack().undo();
            assertTrue(editor.network().getLayers().stream().allMatch(l -> l.getX() == 0 && l.getY() == 0), "one undo takes it back");
        } finally {
            EditorFixture.close(editor);
        }
    }

    @Test
    void aFileWithoutPositionsIsLaidOutWhenOpenedAsOneUndoableEdit() throws Exception {
        Network lenet = TemplateLibrary.find("lenet-5").orElseThrow().create();
        assertTrue(lenet.getLayers().stream().allMatch(l -> l.getX() == 0 && l.getY() == 0), "templates carry no positions");
        NetworkEditor editor = EditorFixture.open(EditorFixture.write("unplaced.dnet", lenet));
        try {
            assertTrue(UiWait.until(editor.canvas().getDisplay(), 3000, editor::isDirty), "the automatic layout is an edit to save");
            assertEquals("Auto-layout", editor.commandStack().getUndoCommand().getLabel());
            assertNoOverlaps(editor);
        } finally {
            EditorFixture.close(editor);
        }
    }

    private static void assertNoOverlaps(NetworkEditor editor) {
        List<NodeItem> nodes = editor.canvas().scene().nodes();
        for (int i = 0; i < nodes.size(); i++) {
            for (int j = i + 1; j < nodes.size(); j++) {
                assertFalse(nodes.get(i).box().intersects(nodes.get(j).box()), nodes.get(i).title() + " overlaps " + nodes.get(j).title());
            }
        }
    }

    /** Not a timed test: prints layout and paint times of a 500-layer network for the README's table. */
    @Test
    void benchmarkFiveHundredLayers() throws Exception {
        NetworkBuilder b = new NetworkBuilder("deep-500", "500 layers");
        Layer x = b.input("x", 64);
        while (b.network().getLayers().size() < 499) {
            x = b.dense(x, "fc" + b.network().getLayers().size(), 64, ActivationFunction.RELU);
        }
        b.loss(x, LossKind.MSE);
        Network network = b.network();
        assertEquals(500, network.getLayers().size());
        NetworkEditor editor = EditorFixture.open(EditorFixture.write("deep-500.dnet", network));
        try {
            Rectangle area = editor.canvas().getClientArea();
            Image image = new Image(editor.canvas().getDisplay(), area.width, area.height);
            GC gc = new GC(image);
            List<Double> layoutMs = new ArrayList<>();
            List<Double> inspectMs = new ArrayList<>();
            List<Double> sceneMs = new ArrayList<>();
            List<Double> paintMs = new ArrayList<>();
            List<Double> dragMs = new ArrayList<>();
            int painted = 0;
            try {
                for (int i = -5; i < 9; i++) {
                    long t0 = System.nanoTime();
                    NetworkLayout.layout(network, SceneBuilder::size);
                    long t1 = System.nanoTime();
                    Networks.Inspection inspection = Networks.inspect(network);
                    long t2 = System.nanoTime();
                    var scene = SceneBuilder.build(network, inspection);
                    long t3 = System.nanoTime();
                    editor.canvas().paintEverything(gc);
                    long t4 = System.nanoTime();
                    painted = editor.canvas().lastNodesPainted();
                    NodeItem node = scene.nodes().get(250);
                    var damage = scene.move(List.of(node), 5, 5);
                    long t5 = System.nanoTime();
                    assertTrue(damage.width() < 400, "a drag step damages one node's neighbourhood, not the diagram");
                    if (i >= 0) {
                        layoutMs.add((t1 - t0) / 1e6);
                        inspectMs.add((t2 - t1) / 1e6);
                        sceneMs.add((t3 - t2) / 1e6);
                        paintMs.add((t4 - t3) / 1e6);
                        dragMs.add((t5 - t4) / 1e6);
                    }
                }
            } finally {
                gc.dispose();
                image.dispose();
            }
            assertEquals(500, painted, "the full paint draws every node");
            String report = String.format(java.util.Locale.ROOT,
                    "editor benchmark, 500 layers (median of 9 after 5 warm-ups): ELK layout %.1f ms, full paint of all %d nodes %.1f ms, "
                            + "layout + paint %.1f ms; shape inference %.1f ms; scene building %.1f ms; drag step (move + damage) %.3f ms%n",
                    median(layoutMs), painted, median(paintMs), median(layoutMs) + median(paintMs), median(inspectMs), median(sceneMs),
                    median(dragMs));
            System.out.print(report);
            Path dir = Path.of(System.getProperty("dendrite.shots", "target/screenshots"));
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("editor-benchmark.txt"), report);
        } finally {
            EditorFixture.close(editor);
        }
    }

    /** DenseNet-121's topology (dense blocks of 6, 12, 24 and 16 layers, growth 32), as an ONNX model from another tool. */
    private static Network denseNet121() {
        NetworkBuilder b = new NetworkBuilder("densenet-121", "DenseNet-121's topology");
        Layer x = b.pool(b.activation(b.add(NormalizationFactory.eINSTANCE.createBatchNorm(), "bn0",
                b.conv(b.input("image", 3, 64, 64), "conv0", 64, 7, 2, 3)), ActivationFunction.RELU), dev.dendrite.model.network.PoolType.MAX, 2);
        int channels = 64;
        int[] blocks = {6, 12, 24, 16};
        for (int block = 0; block < blocks.length; block++) {
            for (int layer = 0; layer < blocks[block]; layer++) {
                String id = "b" + block + "l" + layer;
                Layer y = b.activation(b.add(NormalizationFactory.eINSTANCE.createBatchNorm(), id + "_bn1", x),
                        ActivationFunction.RELU);
                y = b.conv(y, id + "_conv1", 128, 1, 1, 0);
                y = b.activation(b.add(NormalizationFactory.eINSTANCE.createBatchNorm(), id + "_bn2", y),
                        ActivationFunction.RELU);
                y = b.conv(y, id + "_conv2", 32, 3, 1, 1);
                var concat = dev.dendrite.model.network.NetworkFactory.eINSTANCE.createConcat();
                concat.setInputs(2);
                b.add(concat, id + "_concat", null);
                b.connect(x, "out", concat, "in0");
                b.connect(y, "out", concat, "in1");
                x = concat;
                channels += 32;
            }
            if (block < blocks.length - 1) {
                channels /= 2;
                x = b.activation(b.add(NormalizationFactory.eINSTANCE.createBatchNorm(), "t" + block + "_bn", x),
                        ActivationFunction.RELU);
                x = b.pool(b.conv(x, "t" + block + "_conv", channels, 1, 1, 0), dev.dendrite.model.network.PoolType.AVERAGE, 2);
            }
        }
        var gap = ConvolutionFactory.eINSTANCE.createGlobalPooling();
        x = b.add(gap, "gap", b.activation(b.add(NormalizationFactory.eINSTANCE.createBatchNorm(), "bn_final", x),
                ActivationFunction.RELU));
        b.dense(x, "classifier", 1000);
        return b.network();
    }

    @Test
    void anImportedDenseNet121OpensLaidOutAndPaintedWithReadableOverviewLabels() throws Exception {
        byte[] onnx = OnnxExporter.export(denseNet121(), new Weights(), "test").model().toByteArray();
        java.nio.file.Path model = java.nio.file.Files.createTempFile(scratch, "densenet-121", ".onnx");
        java.nio.file.Path dnet = java.nio.file.Files.createTempFile(scratch, "densenet", ".dnet");
        java.nio.file.Files.write(model, onnx);
        dev.dendrite.onnx.OnnxFiles.importModel(model, dnet, true, dev.dendrite.layout.NetworkLayout::applyAll);
        Network imported = dev.dendrite.model.io.DnetIO.load(dnet).network().orElseThrow();
        var file = EditorFixture.write("densenet-121.dnet", imported);
        List<Double> openMs = new ArrayList<>();
        List<Double> layoutPaintMs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            var page = EditorFixture.page();
            page.getWorkbenchWindow().getShell().setMaximized(true);
            var display = page.getWorkbenchWindow().getShell().getDisplay();
            while (display.readAndDispatch()) {
                // settle before timing
            }
            long t0 = System.nanoTime();
            // Opening: the part, the file read, shape inference, the scene, the first paint (events drained, no fixed waits).
            NetworkEditor editor = (NetworkEditor) org.eclipse.ui.ide.IDE.openEditor(page, file, NetworkEditor.ID);
            editor.canvas().redraw();
            editor.canvas().update();
            while (display.readAndDispatch()) {
                // drain
            }
            try {
                long t1 = System.nanoTime();
                Rectangle area = editor.canvas().getClientArea();
                Image image = new Image(editor.canvas().getDisplay(), area.width, area.height);
                GC gc = new GC(image);
                try {
                    NetworkLayout.layout(editor.network(), SceneBuilder::size);
                    editor.canvas().paintEverything(gc);
                } finally {
                    gc.dispose();
                    image.dispose();
                }
                long t2 = System.nanoTime();
                assertEquals(imported.getLayers().size(), editor.canvas().scene().nodes().size());
                if (i > 0) {
                    openMs.add((t1 - t0) / 1e6);
                    layoutPaintMs.add((t2 - t1) / 1e6);
                }
                if (i == 3) {
                    page.setPartState(page.getReference(editor), org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
                    editor.canvas().fit();
                    UiWait.flush(editor.canvas().getDisplay());
                    Screenshots.save(editor.getSite().getShell(), "editor-densenet-fit");
                    // Zoomed out to 55%: names and kinds drawn whole where they fit, nothing cut to a few characters.
                    editor.canvas().zoomTo100();
                    editor.canvas().zoomBy(0.55);
                    UiWait.flush(editor.canvas().getDisplay());
                    Screenshots.save(editor.getSite().getShell(), "editor-densenet-overview");
                }
            } finally {
                EditorFixture.close(editor);
            }
        }
        // Folding the 58 dense layers into blocks: one undoable step, a readable overview.
        var page = EditorFixture.page();
        NetworkEditor folding = (NetworkEditor) org.eclipse.ui.ide.IDE.openEditor(page, file, NetworkEditor.ID);
        try {
            int before = folding.canvas().scene().nodes().size();
            assertTrue(folding.canvas().foldRepeated(), "DenseNet-121 repeats itself");
            UiWait.flush(folding.canvas().getDisplay());
            int after = folding.canvas().scene().nodes().size();
            assertEquals(before - 58 * 6 + 58, after, "the 58 dense layers of 6 in blocks of their own (the transitions differ in width)");
            page.setPartState(page.getReference(folding), org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
            UiWait.flush(folding.canvas().getDisplay());
            folding.canvas().fit();
            UiWait.flush(folding.canvas().getDisplay());
            Screenshots.save(folding.getSite().getShell(), "editor-densenet-folded");
            folding.canvas().zoomTo100();
            folding.canvas().zoomBy(0.55);
            UiWait.flush(folding.canvas().getDisplay());
            Screenshots.save(folding.getSite().getShell(), "editor-densenet-folded-overview");
            assertTrue(folding.isDirty(), "the fold is an edit");
        } finally {
            EditorFixture.close(folding);
        }
        String report = String.format(java.util.Locale.ROOT, "DenseNet-121 imported (%d layers, %d connections): opening the editor (part, file, shapes, "
                + "scene, first paint) %.0f ms, ELK layout + full paint %.0f ms (medians of 3 after a warm-up)%n", imported.getLayers().size(), imported.getConnections()
                        .size(), median(openMs), median(layoutPaintMs));
        System.out.print(report);
        Path dir = Path.of(System.getProperty("dendrite.shots", "target/screenshots"));
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("editor-densenet.txt"), report);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }
}
