package dev.dendrite.ui.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

import dev.dendrite.editor.internal.NetworkEditor;
import dev.dendrite.editor.scene.NodeItem;
import dev.dendrite.editor.scene.PortItem;
import dev.dendrite.model.io.DnetIO;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.Network;

/** Files in a test project, opened in the network editor, maximised; and canvas coordinates of figures. */
final class EditorFixture {

    private EditorFixture() {
    }

    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    /** The workspace project of this name, created and opened if needed. */
    static IProject project(String name) throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
        if (!project.exists()) {
            project.create(new NullProgressMonitor());
        }
        project.open(new NullProgressMonitor());
        return project;
    }

    /** Closes the Console view where it is open (the product's default state). */
    static void hideConsole() {
        IWorkbenchPage page = page();
        for (var reference : page.getViewReferences()) {
            if (reference.getId().equals(org.eclipse.ui.console.IConsoleConstants.ID_CONSOLE_VIEW)) {
                page.hideView(reference);
            }
        }
    }

    static IFile write(String name, Network network) throws Exception {
        IProject project = project("editor-tests");
        IFile file = project.getFile(name);
        var contents = new ByteArrayInputStream(DnetIO.toText(network).getBytes(StandardCharsets.UTF_8));
        if (file.exists()) {
            file.setContents(contents, true, false, null);
        } else {
            file.create(contents, true, null);
        }
        return file;
    }

    static NetworkEditor open(IFile file) throws Exception {
        IWorkbenchPage page = page();
        page.getWorkbenchWindow().getShell().setMaximized(true);
        NetworkEditor editor = (NetworkEditor) IDE.openEditor(page, file, NetworkEditor.ID);
        page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
        Display display = page.getWorkbenchWindow().getShell().getDisplay();
        UiWait.flush(display);
        return editor;
    }

    /** Canvas pixel of a port of a layer. */
    static int[] port(NetworkEditor editor, Layer layer, String port, boolean input) {
        NodeItem node = editor.canvas().scene().node(layer);
        PortItem item = node.port(port, input);
        double[] p = node.portPoint(item);
        var v = editor.canvas().viewport();
        return new int[] {(int) Math.round(v.toScreenX(p[0])), (int) Math.round(v.toScreenY(p[1]))};
    }

    /** Canvas pixel of the middle of a layer's node. */
    static int[] centre(NetworkEditor editor, Layer layer) {
        NodeItem node = editor.canvas().scene().node(layer);
        var v = editor.canvas().viewport();
        return new int[] {(int) Math.round(v.toScreenX(node.box().centerX())), (int) Math.round(v.toScreenY(node.box().centerY()))};
    }

    static Rectangle area(NetworkEditor editor) {
        return editor.canvas().getClientArea();
    }

    static void close(NetworkEditor editor) {
        page().closeEditor(editor, false);
    }

    /** Keeps the Console from popping over the view a screenshot is about (a trainer's output would bring it to the front). */
    @SuppressWarnings("restriction")
    static void quietConsole() {
        var store = org.eclipse.debug.internal.ui.DebugUIPlugin.getDefault().getPreferenceStore();
        store.setValue(org.eclipse.debug.internal.ui.preferences.IDebugPreferenceConstants.CONSOLE_OPEN_ON_OUT, false);
        store.setValue(org.eclipse.debug.internal.ui.preferences.IDebugPreferenceConstants.CONSOLE_OPEN_ON_ERR, false);
    }
    /** Every edge segment of the editor's diagram that runs through a layer other than its own two ends, described; empty where none. */
    static java.util.List<String> edgesThroughLayers(NetworkEditor editor) {
        java.util.List<String> through = new java.util.ArrayList<>();
        var scene = editor.canvas().scene();
        for (var edge : scene.edges()) {
            double[] route = edge.route();
            for (var node : scene.nodes()) {
                if (node == edge.source() || node == edge.target()) {
                    continue;
                }
                for (int i = 0; i + 3 < route.length; i += 2) {
                    var segment = dev.dendrite.editor.scene.Box.spanning(route[i], route[i + 1], route[i + 2], route[i + 3]);
                    if (segment.intersects(node.box().expand(-1))) {
                        through.add(id(edge.source().element()) + " → " + id(edge.target().element()) + " through " + id(node.element()));
                        break;
                    }
                }
            }
        }
        return through;
    }

    private static String id(Object element) {
        return element instanceof Layer layer ? layer.getId() : String.valueOf(element);
    }
}
