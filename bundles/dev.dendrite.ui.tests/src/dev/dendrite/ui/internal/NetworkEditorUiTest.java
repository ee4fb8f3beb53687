package dev.dendrite.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.dendrite.editor.diagram.PaletteEntries;
import dev.dendrite.editor.internal.ItemPropertySource;
import dev.dendrite.editor.internal.NetworkEditor;
import dev.dendrite.editor.internal.ProblemMarkers;
import dev.dendrite.editor.scene.EdgeItem;
import dev.dendrite.editor.scene.Severity;
import dev.dendrite.layout.NetworkLayout;
import dev.dendrite.model.Networks;
import dev.dendrite.model.io.DnetIO;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.NetworkFactory;
import dev.dendrite.model.templates.TemplateLibrary;

/** The network editor driven by real mouse and keyboard events posted to the display. */
class NetworkEditorUiTest {

    private NetworkEditor editor;

    @AfterEach
    void close() {
        if (editor != null) {
            EditorFixture.close(editor);
        }
    }

    private Display display() {
        return editor.canvas().getDisplay();
    }

    /** Drags a palette entry onto the canvas and drops it at a diagram point, through the X server. */
    private Layer drop(String kind, int x, int y) {
        TreeItem item = paletteItem(kind);
        Rectangle bounds = item.getBounds();
        int before = editor.network().getLayers().size();
        var v = editor.canvas().viewport();
        RealEvents.dragAndDrop(editor.paletteViewer().getTree(), bounds.x + Math.min(30, bounds.width / 2), bounds.y + bounds.height / 2,
                editor.canvas(), (int) Math.round(v.toScreenX(x)), (int) Math.round(v.toScreenY(y)));
        boolean dropped = UiWait.until(display(), 3000, () -> editor.network().getLayers().size() == before + 1);
        if (!dropped) {
            try {
                Screenshots.save(editor.getSite().getShell(), "failed-drop-" + kind);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        assertTrue(dropped, "dropping " + kind);
        Layer layer = editor.network().getLayers().get(before);
        assertEquals(kind, layer.eClass().getName());
        return layer;
    }

    private TreeItem paletteItem(String kind) {
        var palette = editor.paletteViewer();
        palette.expandAll();
        for (TreeItem group : palette.getTree().getItems()) {
            for (TreeItem child : group.getItems()) {
                if (child.getData() instanceof PaletteEntries.Entry e && e.label().equals(kind)) {
                    palette.reveal(e);
                    RealEvents.pump(display(), 30);
                    return child;
                }
            }
        }
        throw new AssertionError("no palette entry " + kind);
    }

    /** Clicks a palette entry, then the canvas at a diagram point: the user's other way of placing a layer. */
    private Layer place(String kind, int x, int y) {
        var palette = editor.paletteViewer();
        palette.expandAll();
        PaletteEntries.Entry entry = null;
        TreeItem item = null;
        for (TreeItem group : palette.getTree().getItems()) {
            for (TreeItem child : group.getItems()) {
                if (child.getData() instanceof PaletteEntries.Entry e && e.label().equals(kind)) {
                    entry = e;
                    item = child;
                }
            }
        }
        assertNotNull(item, "palette entry " + kind);
        palette.reveal(entry);
        RealEvents.pump(display(), 30);
        Rectangle bounds = item.getBounds();
        RealEvents.click(palette.getTree(), bounds.x + Math.min(30, bounds.width / 2), bounds.y + bounds.height / 2);
        int before = editor.network().getLayers().size();
        var v = editor.canvas().viewport();
        RealEvents.click(editor.canvas(), (int) Math.round(v.toScreenX(x)), (int) Math.round(v.toScreenY(y)));
        boolean placed = UiWait.until(display(), 3000, () -> editor.network().getLayers().size() == before + 1);
        if (!placed) {
            try {
                Screenshots.save(editor.getSite().getShell(), "debug-place");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        assertTrue(placed, "placing " + kind + " at " + x + "," + y + " in canvas " + editor.canvas().getClientArea() + " zoom " + v.zoom());
        Layer layer = editor.network().getLayers().get(before);
        return layer;
    }

    private void connect(Layer from, Layer to) {
        int[] a = EditorFixture.port(editor, from, "out", false);
        int[] b = EditorFixture.port(editor, to, "in", true);
        int before = editor.network().getConnections().size();
        RealEvents.drag(editor.canvas(), a[0], a[1], b[0], b[1], 6);
        assertTrue(UiWait.until(display(), 3000, () -> editor.network().getConnections().size() == before + 1),
                "connecting " + from.getId() + " to " + to.getId());
    }

    private void set(Layer layer, String feature, String text) {
        new ItemPropertySource(layer, editor.domain().getAdapterFactory()).set(feature, text);
    }

    private EdgeItem edgeFrom(Layer layer) {
        return editor.canvas().scene().edges().stream().filter(e -> e.source().element() == layer).findFirst().orElseThrow();
    }

    @Test
    void buildLenet5ByDropsFromThePaletteAndConnectionsThenUndoRedoSaveAndReload() throws Exception {
        Network empty = NetworkFactory.eINSTANCE.createNetwork();
        empty.setName("built");
        IFile file = EditorFixture.write("built.dnet", empty);
        editor = EditorFixture.open(file);

        List<String> kinds = List.of("Input", "Convolution", "Activation", "Pooling", "Convolution", "Activation", "Pooling",
                "Flatten", "Dense", "Activation", "Dense", "Activation", "Dense", "Loss");
        List<Map<String, String>> settings = List.of(Map.of("dims", "1, 28, 28"),
                Map.of("outChannels", "6", "kernel", "5", "padding", "2"), Map.of("function", "relu"), Map.of("kernel", "2"),
                Map.of("outChannels", "16", "kernel", "5", "padding", "0"), Map.of("function", "relu"), Map.of("kernel", "2"),
                Map.of(), Map.of("units", "120"), Map.of("function", "relu"), Map.of("units", "84"), Map.of("function", "relu"),
                Map.of("units", "10"), Map.of("kind", "cross_entropy"));
        List<Layer> layers = new ArrayList<>();
        for (int i = 0; i < kinds.size(); i++) {
            Layer layer = drop(kinds.get(i), 20 + (i % 3) * 250, 20 + (i / 3) * 110);
            settings.get(i).forEach((feature, text) -> set(layer, feature, text));
            layers.add(layer);
        }
        for (int i = 0; i + 1 < layers.size(); i++) {
            connect(layers.get(i), layers.get(i + 1));
        }
        RealEvents.pump(display(), 100);

        Networks.Inspection inspection = Networks.inspect(editor.network());
        assertFalse(inspection.hasErrors(), inspection.diagnostic().getChildren().toString());
        assertEquals(61_706, inspection.shapes().totalParameters().total(), "LeNet-5's parameter count");
        assertEquals("N×6×28×28", edgeFrom(layers.get(1)).label());
        assertEquals("N×16×10×10", edgeFrom(layers.get(4)).label());
        assertEquals("N×400", edgeFrom(layers.get(7)).label());
        Screenshots.save(editor.getSite().getShell(), "editor-lenet5-built-from-palette");

        Network built = EcoreUtil.copy(editor.network());
        editor.canvas().setFocus();
        for (int i = 0; i < 3; i++) {
            RealEvents.modified(display(), 'z');
        }
        assertTrue(UiWait.until(display(), 2000, () -> editor.network().getConnections().size() == 10), "three undos remove three connections");
        for (int i = 0; i < 3; i++) {
            RealEvents.modified(display(), 'y');
        }
        assertTrue(UiWait.until(display(), 2000, () -> EcoreUtil.equals(built, editor.network())), "redo restores the network");

        assertTrue(editor.isDirty());
        RealEvents.modified(display(), 's');
        assertTrue(UiWait.until(display(), 3000, () -> !editor.isDirty()), "Ctrl+S saves");
        Network reloaded = DnetIO.load(file.getLocation().toFile().toPath()).network().orElseThrow();
        assertTrue(EcoreUtil.equals(editor.network(), reloaded), "the saved file reloads to an equal model");
    }

    @Test
    void incompatibleShapesShowRedBeforeTheDropAndAShapeErrorBecomesAMarker() throws Exception {
        Network lenet = TemplateLibrary.find("lenet-5").orElseThrow().create();
        NetworkLayout.apply(lenet);
        IFile file = EditorFixture.write("lenet-5.dnet", lenet);
        editor = EditorFixture.open(file);
        Layer fc1 = named("fc1");
        editor.canvas().reveal(fc1);
        Layer conv = place("Convolution", fc1.getX(), fc1.getY() + 160);

        int[] a = EditorFixture.port(editor, fc1, "out", false);
        int[] b = EditorFixture.port(editor, conv, "in", true);
        int connections = editor.network().getConnections().size();
        RealEvents.move(editor.canvas(), a[0], a[1]);
        RealEvents.button(editor.canvas(), SWT.MouseDown);
        for (int i = 1; i <= 6; i++) {
            RealEvents.move(editor.canvas(), a[0] + (b[0] - a[0]) * i / 6, a[1] + (b[1] - a[1]) * i / 6);
        }
        // The X server delivers the last move when it gets to it: on a busy machine after the moves' own pumping.
        UiWait.until(display(), 2000, () -> editor.canvas().connectVerdict() != null);
        var verdict = editor.canvas().connectVerdict();
        assertNotNull(verdict, "hovering an input port while connecting gives a verdict");
        assertFalse(verdict.allowed());
        assertTrue(verdict.reason().contains("Convolution"), verdict.reason());
        Screenshots.save(editor.getSite().getShell(), "editor-connect-refused-with-reason");
        RealEvents.button(editor.canvas(), SWT.MouseUp);
        RealEvents.pump(display(), 100);
        assertEquals(connections, editor.network().getConnections().size(), "a refused connection is not made");
        RealEvents.press(display(), SWT.DEL);
        assertTrue(UiWait.until(display(), 2000, () -> !editor.network().getLayers().contains(conv)), "Delete removes the selected layer");

        Layer conv2 = named("conv2");
        set(conv2, "kernel", "40");
        assertTrue(UiWait.until(display(), 2000, () -> editor.canvas().scene().node(conv2).severity() == Severity.ERROR));
        editor.doSave(null);
        IMarker[] markers = file.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO);
        assertTrue(markers.length > 0, "saving writes the shape error as a marker");
        IMarker marker = java.util.Arrays.stream(markers).filter(m -> conv2.getId().equals(m.getAttribute(ProblemMarkers.LAYER_ID, "")))
                .findFirst().orElseThrow();
        assertEquals(IMarker.SEVERITY_ERROR, marker.getAttribute(IMarker.SEVERITY, -1));
        editor.canvas().select(List.of());
        IDE.gotoMarker(editor, marker);
        assertEquals(List.of(conv2), editor.canvas().selection(), "opening the marker selects the layer");

        var page = EditorFixture.page();
        page.toggleZoom(page.getReference(editor));
        page.showView(IPageLayout.ID_PROP_SHEET);
        var problems = page.showView(IPageLayout.ID_PROBLEM_VIEW);
        RealEvents.pump(display(), 300);
        expandAllTrees(problems.getViewSite().getShell(), problems);
        page.activate(editor);
        editor.canvas().select(List.of(conv2));
        RealEvents.pump(display(), 200);
        editor.canvas().reveal(conv2);
        Screenshots.save(editor.getSite().getShell(), "editor-shape-error-marker");
    }

    @Test
    void draggingANodeRepaintsOnlyItsRegionAndMovesItUndoably() throws Exception {
        Network lenet = TemplateLibrary.find("lenet-5").orElseThrow().create();
        NetworkLayout.apply(lenet);
        editor = EditorFixture.open(EditorFixture.write("drag.dnet", lenet));
        Layer conv1 = named("conv1");
        int x = conv1.getX();
        int y = conv1.getY();
        int[] c = EditorFixture.centre(editor, conv1);
        RealEvents.drag(editor.canvas(), c[0], c[1], c[0] + 40, c[1] + 90, 8);
        assertTrue(UiWait.until(display(), 2000, () -> conv1.getY() != y), "the drop moves the layer in the model");
        double zoom = editor.canvas().viewport().zoom();
        assertEquals(x + 40 / zoom, conv1.getX(), 2 / zoom + 1);
        assertEquals(y + 90 / zoom, conv1.getY(), 2 / zoom + 1);
        Rectangle damage = editor.canvas().lastDamage();
        Rectangle area = EditorFixture.area(editor);
        assertTrue(damage.width * damage.height < 0.5 * area.width * area.height,
                "a drag step repaints " + damage + " of " + area + ", not the whole canvas");
        RealEvents.modified(display(), 'z');
        assertTrue(UiWait.until(display(), 2000, () -> conv1.getX() == x && conv1.getY() == y), "undo moves it back");
    }

    @Test
    void enterOnASelectedBlockOpensItInPlaceAndUndoClosesIt() throws Exception {
        Network resnet = TemplateLibrary.find("resnet-small").orElseThrow().create();
        NetworkLayout.applyAll(resnet);
        editor = EditorFixture.open(EditorFixture.write("resnet.dnet", resnet));
        var instance = (dev.dendrite.model.network.BlockInstance) editor.network().getLayers().stream()
                .filter(dev.dendrite.model.network.BlockInstance.class::isInstance).findFirst().orElseThrow();
        editor.canvas().reveal(instance);
        RealEvents.pump(display(), 100);
        int[] c = EditorFixture.centre(editor, instance);
        RealEvents.click(editor.canvas(), c[0], c[1]);
        assertEquals(List.of(instance), editor.canvas().selection());
        // Enter does what a double-click does (synthetic double-clicks are not reliable under Xvfb).
        RealEvents.press(display(), SWT.CR);
        assertTrue(UiWait.until(display(), 3000, () -> !instance.isCollapsed()), "Enter opens the selected block");
        assertTrue(UiWait.until(display(), 3000, () -> editor.canvas().scene().node(instance).isContainer()));
        assertEquals(instance.getBlock().getLayers().size(), editor.canvas().scene().node(instance).children().size());
        editor.canvas().reveal(instance);
        Screenshots.save(editor.getSite().getShell(), "editor-block-expanded");
        RealEvents.modified(display(), 'z');
        assertTrue(UiWait.until(display(), 3000, () -> instance.isCollapsed()), "undo closes it again");
    }

    @Test
    void rubberBandCopyPasteAndSelectAllWithRealEvents() throws Exception {
        Network lenet = TemplateLibrary.find("lenet-5").orElseThrow().create();
        NetworkLayout.applyAll(lenet);
        editor = EditorFixture.open(EditorFixture.write("band.dnet", lenet));
        Layer image = named("image");
        Layer conv1 = named("conv1");
        int[] a = EditorFixture.centre(editor, image);
        int[] b = EditorFixture.centre(editor, conv1);
        double zoom = editor.canvas().viewport().zoom();
        int halfHeight = (int) Math.ceil(40 * zoom);
        int halfWidth = (int) Math.ceil(100 * zoom);
        // From empty space above-left of the first node to below-right of the second.
        RealEvents.drag(editor.canvas(), a[0] - halfWidth - 8, a[1] - halfHeight - 8, b[0] + halfWidth, b[1] + halfHeight, 6);
        assertTrue(UiWait.until(display(), 2000, () -> editor.canvas().selection().size() == 2), "the band selects " + editor.canvas().selection());
        assertTrue(editor.canvas().selection().containsAll(List.of(image, conv1)));

        int layers = editor.network().getLayers().size();
        int connections = editor.network().getConnections().size();
        RealEvents.modified(display(), 'c');
        RealEvents.modified(display(), 'v');
        assertTrue(UiWait.until(display(), 2000, () -> editor.network().getLayers().size() == layers + 2), "Ctrl+V pastes both");
        assertEquals(connections + 1, editor.network().getConnections().size(), "with the connection between them");
        RealEvents.modified(display(), 'a');
        assertTrue(UiWait.until(display(), 2000, () -> editor.canvas().selection().size() == layers + 2), "Ctrl+A selects every layer");

        var copy = editor.globalAction(org.eclipse.ui.actions.ActionFactory.COPY.getId());
        for (int i = 0; i < 3; i++) {
            editor.setFocus();
            RealEvents.pump(display(), 20);
        }
        assertTrue(copy == editor.globalAction(org.eclipse.ui.actions.ActionFactory.COPY.getId()),
                "focusing the editor again registers the same actions instead of creating new ones");
        assertTrue(copy == editor.getEditorSite().getActionBars().getGlobalActionHandler(org.eclipse.ui.actions.ActionFactory.COPY.getId()));
    }

    @Test
    void aTemplateDroppedFromThePaletteIsInsertedWhereItLands() throws Exception {
        Network empty = NetworkFactory.eINSTANCE.createNetwork();
        empty.setName("dropped");
        editor = EditorFixture.open(EditorFixture.write("dropped.dnet", empty));
        // What the palette's drag carries and the canvas's drop target receives (GTK's drag-and-drop
        // transport itself cannot be driven by posted events under Xvfb).
        var at = editor.canvas().toDisplay(60, 60);
        assertFalse(editor.drop("plain text from elsewhere", at.x, at.y), "other dropped text is ignored");
        assertTrue(editor.drop("dendrite-palette:mlp-classifier", at.x, at.y));
        Network template = TemplateLibrary.find("mlp-classifier").orElseThrow().create();
        assertEquals(template.getLayers().size(), editor.network().getLayers().size());
        assertEquals(template.getConnections().size(), editor.network().getConnections().size());
        var v = editor.canvas().viewport();
        int left = editor.network().getLayers().stream().mapToInt(Layer::getX).min().orElseThrow();
        assertEquals(Math.round(v.toDiagramX(60)), left, 1.0, "the template lands where it was dropped");
        assertFalse(Networks.inspect(editor.network()).hasErrors());
        assertTrue(editor.drop("dendrite-palette:Dense", at.x + 300, at.y + 200));
        assertEquals(template.getLayers().size() + 1, editor.network().getLayers().size());
    }

    /** Opens the Problems view's categories, so that the screenshot shows the messages. */
    private static void expandAllTrees(org.eclipse.swt.widgets.Shell shell, org.eclipse.ui.IViewPart view) {
        java.util.ArrayDeque<org.eclipse.swt.widgets.Control> pending = new java.util.ArrayDeque<>();
        pending.add(shell);
        while (!pending.isEmpty()) {
            var control = pending.pop();
            if (control instanceof org.eclipse.swt.widgets.Tree tree && !tree.isDisposed()) {
                for (TreeItem item : tree.getItems()) {
                    // The Expand event makes JFace create the children; then the item opens.
                    org.eclipse.swt.widgets.Event expand = new org.eclipse.swt.widgets.Event();
                    expand.item = item;
                    tree.notifyListeners(SWT.Expand, expand);
                    item.setExpanded(true);
                }
            } else if (control instanceof org.eclipse.swt.widgets.Composite composite) {
                pending.addAll(java.util.List.of(composite.getChildren()));
            }
        }
    }

    private Layer named(String name) {
        return editor.network().getLayers().stream().filter(l -> name.equals(l.getName())).findFirst().orElseThrow();
    }
}
