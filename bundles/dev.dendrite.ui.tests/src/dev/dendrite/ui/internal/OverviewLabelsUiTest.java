package dev.dendrite.ui.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.junit.jupiter.api.Test;

import dev.dendrite.editor.internal.NetworkEditor;
import dev.dendrite.editor.scene.NodeItem;
import dev.dendrite.model.network.Input;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.templates.NetworkBuilder;

/**
 * Zoomed out, a layer's name stays whole in its node's coloured header: the overview font (never
 * below 7 points) can be taller than the header, and the underscores of names such as conv_stem
 * used to fall below it into the light body, where white on near-white cannot be seen.
 */
class OverviewLabelsUiTest {

    @Test
    void anUnderscoredNameIsDrawnInsideTheHeaderWhenZoomedOut() throws Exception {
        NetworkBuilder b = new NetworkBuilder("underscores", "a name of underscores");
        Input input = b.input("________", 4);
        Network network = b.network();
        NetworkEditor editor = EditorFixture.open(EditorFixture.write("underscores.dnet", network));
        try {
            editor.canvas().zoomTo100();
            editor.canvas().zoomBy(0.55);
            UiWait.flush(editor.canvas().getDisplay());
            // The editor reads its own copy of the network from the file.
            NodeItem node = editor.canvas().scene().node(editor.network().getLayers().stream().filter(l -> l.getName().equals(input.getName()))
                    .findFirst().orElseThrow());
            var v = editor.canvas().viewport();
            int x0 = (int) Math.round(v.toScreenX(node.box().x()));
            int y0 = (int) Math.round(v.toScreenY(node.box().y()));
            int width = (int) Math.round(node.box().width() * v.zoom());
            Rectangle area = editor.canvas().getClientArea();
            Image image = new Image(editor.canvas().getDisplay(), area.width, area.height);
            GC gc = new GC(image);
            ImageData data;
            try {
                editor.canvas().paintEverything(gc);
                data = image.getImageData();
            } finally {
                gc.dispose();
                image.dispose();
            }
            // The header band: the rows that have the family colour near the node's right edge, past the title
            // and clear of the rounded corner; the underscores must be white pixels within those rows.
            int edge = x0 + width - 7;
            RGB family = data.palette.getRGB(data.getPixel(edge, y0 + 2));
            int bandRows = 0;
            while (y0 + 2 + bandRows < data.height && data.palette.getRGB(data.getPixel(edge, y0 + 2 + bandRows)).equals(family)) {
                bandRows++;
            }
            int white = 0;
            for (int y = y0; y < y0 + 2 + bandRows; y++) {
                for (int x = x0 + 4; x < x0 + width - 4; x++) {
                    RGB p = data.palette.getRGB(data.getPixel(x, y));
                    if (p.red > 240 && p.green > 240 && p.blue > 240) {
                        white++;
                    }
                }
            }
            assertTrue(bandRows > 4, "a coloured header band: " + bandRows + " rows of " + family);
            assertTrue(white >= 8, "the underscores are drawn in the header (white pixels there: " + white + ")");
        } finally {
            EditorFixture.close(editor);
        }
    }
}
