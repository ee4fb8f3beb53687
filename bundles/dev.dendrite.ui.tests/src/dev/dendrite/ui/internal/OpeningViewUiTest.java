package dev.dendrite.ui.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;

import dev.dendrite.editor.internal.NetworkEditor;
import dev.dendrite.editor.scene.NodeItem;
import dev.dendrite.model.network.Input;
import dev.dendrite.model.templates.NetworkBuilder;

/**
 * The view a file opens with follows the editor's size until the user moves it: opened in a large
 * area that then shrinks (a view opening below it, as the Getting Started flow does), the editor
 * kept its old centre and showed blank space left of a network cut off on the right.
 */
class OpeningViewUiTest {

    @Test
    void untouchedTheOpeningViewIsChosenAgainWhenTheEditorShrinks() throws Exception {
        NetworkBuilder b = new NetworkBuilder("chain", "three layers in a row");
        Input input = b.input("features", 8);
        b.dense(b.dense(input, "hidden", 16), "out", 2);
        NetworkEditor editor = EditorFixture.open(EditorFixture.write("chain.dnet", b.network()));
        Shell shell = editor.getSite().getShell();
        Display display = shell.getDisplay();
        Rectangle full = display.getPrimaryMonitor().getBounds();
        try {
            shell.setMaximized(false);
            shell.setBounds(full);
            UiWait.flush(display);
            editor.canvas().openView();
            UiWait.flush(display);
            shell.setBounds(full.x, full.y, 1000, full.height);
            UiWait.flush(display);
            assertTrue(inView(editor, "features"), "the inputs stay in view after the editor shrinks");
            assertTrue(editor.network().getLayers().stream().allMatch(l -> inView(editor, l.getName())),
                    "a network that fits at a readable zoom is shown whole: zoom " + editor.canvas().viewport().zoom() + ", "
                            + editor.canvas().scene().bounds() + " in " + editor.canvas().getClientArea());

            // Once the user has zoomed, a resize keeps the centre the user chose.
            editor.canvas().zoomBy(2);
            UiWait.flush(display);
            var before = editor.canvas().viewport().zoom();
            shell.setBounds(full.x, full.y, 1100, full.height);
            UiWait.flush(display);
            assertTrue(editor.canvas().viewport().zoom() == before, "the user's zoom is kept");
        } finally {
            shell.setBounds(full);
            shell.setMaximized(true);
            EditorFixture.close(editor);
        }
    }

    private static boolean inView(NetworkEditor editor, String layer) {
        NodeItem node = editor.canvas().scene().node(editor.network().getLayers().stream().filter(l -> l.getName().equals(layer))
                .findFirst().orElseThrow());
        var v = editor.canvas().viewport();
        Rectangle area = editor.canvas().getClientArea();
        double left = v.toScreenX(node.box().x());
        double right = v.toScreenX(node.box().x() + node.box().width());
        double top = v.toScreenY(node.box().y());
        double bottom = v.toScreenY(node.box().y() + node.box().height());
        return left >= 0 && right <= area.width && top >= 0 && bottom <= area.height;
    }
}
