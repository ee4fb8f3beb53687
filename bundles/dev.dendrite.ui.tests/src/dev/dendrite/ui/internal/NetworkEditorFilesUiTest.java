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
import dev.dendrite.model.templates.NetworkBuilder;
import dev.dendrite.model.templates.TemplateLibrary;
import dev.dendrite.onnx.export.OnnxExporter;
import dev.dendrite.onnx.weights.Weights;

/** The editor on every example file, on an imported ONNX model, and on a 500-layer network (a printed benchmark). */
class NetworkEditorFilesUiTest {

    private static final Set<String> SHOWN = Set.of("lenet-5", "resnet-small", "gcn-node-classifier", "seq2seq", "dbn");

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
                String id = file.getName().replace(".dnet", "");
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
        java.nio.file.Path model = java.nio.file.Files.createTempFile("lenet-5", ".onnx");
        java.nio.file.Path dnet = java.nio.file.Files.createTempFile("imported", ".dnet");
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

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }
}
