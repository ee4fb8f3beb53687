package dev.dendrite.editor.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ViewportTest {

    @Test
    void zoomKeepsThePointUnderTheCursorFixed() {
        Viewport v = new Viewport();
        v.pan(-37, 12);
        double beforeX = v.toDiagramX(300);
        double beforeY = v.toDiagramY(200);
        v.zoomAt(1.7, 300, 200);
        assertEquals(1.7, v.zoom(), 1e-12);
        assertEquals(beforeX, v.toDiagramX(300), 1e-9);
        assertEquals(beforeY, v.toDiagramY(200), 1e-9);
        v.zoomAt(1 / 1.7, 10, 10);
        assertEquals(1.0, v.zoom(), 1e-12);
    }

    @Test
    void screenAndDiagramCoordinatesAreInverse() {
        Viewport v = new Viewport();
        v.zoomAt(2.5, 100, 50);
        v.pan(13, -7);
        Box diagram = new Box(40, 60, 180, 58);
        Box back = v.toDiagram(v.toScreen(diagram));
        assertEquals(diagram.x(), back.x(), 1e-9);
        assertEquals(diagram.y(), back.y(), 1e-9);
        assertEquals(diagram.width(), back.width(), 1e-9);
        assertEquals(diagram.height(), back.height(), 1e-9);
        assertEquals(180 * 2.5, v.toScreen(diagram).width(), 1e-9);
    }

    @Test
    void zoomIsClampedAndFitNeverMagnifiesBeyondOneHundredPercent() {
        Viewport v = new Viewport();
        for (int i = 0; i < 100; i++) {
            v.zoomAt(2, 0, 0);
        }
        assertEquals(Viewport.MAX_ZOOM, v.zoom());
        v.fit(new Box(0, 0, 100, 50), 800, 600, 20);
        assertEquals(1.0, v.zoom(), 1e-12);
        Box big = new Box(-500, 100, 4000, 900);
        v.fit(big, 800, 600, 20);
        assertTrue(v.zoom() < 1);
        Box onScreen = v.toScreen(big);
        assertTrue(onScreen.x() >= 19.9 && onScreen.right() <= 780.1, onScreen.toString());
        assertTrue(onScreen.y() >= 0 && onScreen.bottom() <= 600, onScreen.toString());
    }
}
