package dev.dendrite.editor.internal;

import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;

import dev.dendrite.editor.scene.Box;
import dev.dendrite.editor.scene.EdgeItem;
import dev.dendrite.editor.scene.NodeItem;
import dev.dendrite.editor.scene.PortItem;
import dev.dendrite.editor.scene.Scene;
import dev.dendrite.editor.scene.Severity;
import dev.dendrite.editor.scene.Viewport;

/** Paints a scene with SWT: only figures that intersect the clipping region are drawn. */
final class ScenePainter {

    static final RGB SELECTION = new RGB(0x1E, 0x6F, 0xD9);
    static final RGB ERROR = new RGB(0xD0, 0x21, 0x21);
    static final RGB WARNING = new RGB(0xE0, 0xA0, 0x00);
    private static final RGB EDGE = new RGB(0x60, 0x66, 0x70);
    private static final RGB TEXT = new RGB(0x22, 0x22, 0x22);
    private static final RGB MUTED = new RGB(0x6A, 0x6F, 0x78);

    private final Display display;
    private final Font base;
    private Font bold;
    private Font small;
    private double fontZoom = -1;

    ScenePainter(Display display, Font base) {
        this.display = display;
        this.base = base;
    }

    /** Counts figures drawn by the last paint, so that tests and the benchmark can see damage-only repaints. */
    int lastNodesPainted;

    void paint(GC gc, Scene scene, Viewport viewport, Set<Object> selected, Rectangle clip) {
        fonts(viewport.zoom());
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        Box visible = viewport.toDiagram(new Box(clip.x, clip.y, clip.width, clip.height));
        // Open blocks first: their layers and edges are drawn on top of them.
        int painted = 0;
        for (NodeItem node : scene.nodes()) {
            if (node.isContainer() && node.paintBounds().intersects(visible)) {
                paintNode(gc, node, viewport, selected.contains(node.element()));
                painted++;
            }
        }
        for (EdgeItem edge : scene.edges()) {
            if (edge.paintBounds().intersects(visible)) {
                paintEdge(gc, edge, viewport, selected.contains(edge.element()));
            }
        }
        for (NodeItem node : scene.nodes()) {
            if (!node.isContainer() && node.paintBounds().intersects(visible)) {
                paintNode(gc, node, viewport, selected.contains(node.element()));
                painted++;
            }
        }
        // Shape labels last: on short edges they may overlap a node's border, and must stay readable.
        for (EdgeItem edge : scene.edges()) {
            if (edge.labelBox().intersects(visible)) {
                paintLabel(gc, edge, viewport, selected.contains(edge.element()));
            }
        }
        lastNodesPainted = painted;
    }

    private static RGB edgeRgb(EdgeItem edge, boolean selected) {
        return selected ? SELECTION : edge.severity() == Severity.ERROR ? ERROR : edge.severity() == Severity.WARNING ? WARNING : EDGE;
    }

    private void paintEdge(GC gc, EdgeItem edge, Viewport v, boolean selected) {
        Color color = new Color(edgeRgb(edge, selected));
        gc.setForeground(color);
        gc.setLineWidth(selected || edge.severity() != Severity.NONE ? 2 : 1);
        double[] r = edge.route();
        int[] points = new int[r.length];
        for (int i = 0; i < r.length; i += 2) {
            points[i] = (int) Math.round(v.toScreenX(r[i]));
            points[i + 1] = (int) Math.round(v.toScreenY(r[i + 1]));
        }
        gc.drawPolyline(points);
        arrow(gc, points[points.length - 2], points[points.length - 1], color);
    }

    private void paintLabel(GC gc, EdgeItem edge, Viewport v, boolean selected) {
        if (v.zoom() >= 0.45) {
            Color color = new Color(edgeRgb(edge, selected));
            gc.setForeground(color);
            gc.setFont(small);
            // The box fits the text actually drawn (fonts do not scale exactly with the zoom), but
            // never grows past the room the scene gave it: the text is shortened instead.
            Box room = v.toScreen(edge.labelBox());
            int needed = gc.textExtent(edge.label()).x + 8;
            if (v.zoom() < 1 && needed > room.width()) {
                return; // zoomed out, a shape is shown whole or not at all (its tooltip has it)
            }
            Box s = new Box(room.x(), room.y(), Math.min(room.width(), needed), room.height());
            gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
            gc.fillRoundRectangle((int) s.x(), (int) s.y(), (int) s.width(), (int) s.height(), 6, 6);
            gc.setLineWidth(1);
            gc.drawRoundRectangle((int) s.x(), (int) s.y(), (int) s.width(), (int) s.height(), 6, 6);
            gc.setForeground(edge.severity() == Severity.ERROR ? color : new Color(MUTED));
            if (needed <= s.width()) {
                centred(gc, edge.label(), s);
            } else {
                text(gc, edge.label(), (int) s.x() + 3, (int) Math.round(s.centerY() - gc.getFontMetrics().getHeight() / 2.0), (int) s.width() - 6);
            }
        }
    }

    private static void arrow(GC gc, int x, int y, Color color) {
        gc.setBackground(color);
        gc.fillPolygon(new int[] {x, y, x - 7, y - 4, x - 7, y + 4});
    }

    private void paintNode(GC gc, NodeItem node, Viewport v, boolean selected) {
        Box s = v.toScreen(node.box());
        int x = (int) Math.round(s.x());
        int y = (int) Math.round(s.y());
        int w = (int) Math.round(s.width());
        int h = (int) Math.round(s.height());
        RGB family = rgb(node.rgb());
        Color familyColor = new Color(family);
        int header = (int) Math.round(20 * v.zoom());
        if (v.zoom() < 1) {
            // The overview font never goes below 7 points, so its line can be taller than the header;
            // the band grows to hold it whole, or a name's underscores would vanish into the body.
            gc.setFont(overview);
            header = Math.max(header, Math.min(header + 4, gc.getFontMetrics().getHeight()));
        }
        Color body = new Color(tint(family, node.isContainer() ? 0.96 : 0.9));
        gc.setBackground(body);
        gc.fillRoundRectangle(x, y, w, h, 10, 10);
        gc.setBackground(familyColor);
        gc.fillRoundRectangle(x, y, w, header + 6, 10, 10);
        gc.setBackground(body);
        gc.fillRectangle(x, y + header, w, 6);
        gc.setForeground(selected ? new Color(SELECTION) : familyColor);
        gc.setLineWidth(selected ? 3 : 1);
        gc.drawRoundRectangle(x, y, w, h, 10, 10);
        if (v.zoom() < 1) {
            paintOverview(gc, node, x, y, w, h, header);
        } else {
            gc.setFont(bold);
            gc.setForeground(display.getSystemColor(SWT.COLOR_WHITE));
            text(gc, node.title(), x + 8, y + (header - gc.getFontMetrics().getHeight()) / 2, w - 26);
            gc.setFont(scaledBase);
            gc.setForeground(new Color(TEXT));
            int line = gc.getFontMetrics().getHeight();
            if (node.isContainer()) {
                // An open block: one line, its contents fill the rest.
                String params = node.parameters().isEmpty() ? "" : " · " + node.parameters();
                text(gc, node.detail() + params + " (double-click to close)", x + 8, y + header + 2, w - 16);
            } else {
                text(gc, node.detail(), x + 8, y + header + 3, w - 16);
                gc.setFont(small);
                gc.setForeground(new Color(MUTED));
                text(gc, node.parameters(), x + 8, y + header + 3 + line, w - 16);
            }
        }
        for (PortItem port : node.inputs()) {
            paintPort(gc, node, port, v, familyColor);
        }
        for (PortItem port : node.outputs()) {
            paintPort(gc, node, port, v, familyColor);
        }
        if (node.severity() != Severity.NONE) {
            Box b = v.toScreen(node.badge());
            gc.setBackground(new Color(node.severity() == Severity.ERROR ? ERROR : WARNING));
            gc.fillOval((int) b.x(), (int) b.y(), (int) b.width(), (int) b.height());
            gc.setForeground(display.getSystemColor(SWT.COLOR_WHITE));
            gc.setFont(bold);
            centred(gc, "!", b);
        }
    }

    /**
     * Zoomed out, nothing is cut to a few characters: each line is drawn whole in a font that
     * stays readable, or given up for a shorter one (the name, then the kind alone), or left out;
     * the tooltip and zooming in show the rest.
     */
    private void paintOverview(GC gc, NodeItem node, int x, int y, int w, int h, int header) {
        gc.setFont(overview);
        int line = gc.getFontMetrics().getHeight();
        int room = w - 12;
        String kind = node.detail().split("[ ,]", 2)[0];
        // The header names the layer, or at least its kind; the body takes what else fits whole.
        String title = gc.textExtent(node.title()).x <= room ? node.title() : gc.textExtent(kind).x <= room ? kind : null;
        if (title != null && line <= header) {
            gc.setForeground(display.getSystemColor(SWT.COLOR_WHITE));
            gc.drawText(title, x + 6, y + (header - line) / 2, true);
        }
        int top = y + header + 3;
        for (String candidate : node.isContainer() ? new String[0] : new String[] {node.detail(), node.parameters()}) {
            if (candidate == null || candidate.isEmpty() || top + line > y + h - 2) {
                continue;
            }
            boolean detail = candidate == node.detail();
            String shown = gc.textExtent(candidate).x <= room ? candidate : detail && gc.textExtent(kind).x <= room ? kind : null;
            if (shown != null) {
                gc.setForeground(new Color(detail ? TEXT : MUTED));
                gc.drawText(shown, x + 6, top, true);
                top += line;
            }
        }
    }

    private void paintPort(GC gc, NodeItem node, PortItem port, Viewport v, Color familyColor) {
        double[] p = node.portPoint(port);
        int r = (int) Math.max(3, Math.round(NodeItem.PORT_RADIUS * v.zoom()));
        int cx = (int) Math.round(v.toScreenX(p[0]));
        int cy = (int) Math.round(v.toScreenY(p[1]));
        gc.setBackground(port.input() && !port.required() ? display.getSystemColor(SWT.COLOR_WHITE) : familyColor);
        gc.fillOval(cx - r, cy - r, 2 * r, 2 * r);
        gc.setForeground(familyColor);
        gc.setLineWidth(1);
        gc.drawOval(cx - r, cy - r, 2 * r, 2 * r);
    }

    /** The line while connecting, green when the drop would be accepted, red with the reason otherwise. */
    void paintConnecting(GC gc, int x1, int y1, int x2, int y2, Boolean allowed, String reason) {
        RGB rgb = allowed == null ? EDGE : allowed ? new RGB(0x1E, 0x8E, 0x3E) : ERROR;
        gc.setForeground(new Color(rgb));
        gc.setLineWidth(2);
        gc.setLineStyle(SWT.LINE_DASH);
        gc.drawLine(x1, y1, x2, y2);
        gc.setLineStyle(SWT.LINE_SOLID);
        if (reason != null && !reason.isEmpty()) {
            // Unscaled font, kept inside the canvas: the reason must be readable at any zoom.
            gc.setFont(base);
            Point extent = gc.textExtent(reason);
            int x = Math.max(4, Math.min(x2 + 12, visibleWidth - extent.x - 12));
            int y = y2 + 14;
            gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
            gc.fillRectangle(x, y, extent.x + 8, extent.y + 4);
            gc.drawRectangle(x, y, extent.x + 8, extent.y + 4);
            gc.drawText(reason, x + 4, y + 2, true);
        }
    }

    /** Width of the canvas, so that floating text stays inside it. */
    int visibleWidth = Integer.MAX_VALUE;

    void paintBand(GC gc, Rectangle band) {
        gc.setForeground(new Color(SELECTION));
        gc.setLineWidth(1);
        gc.setLineStyle(SWT.LINE_DOT);
        gc.drawRectangle(band);
        gc.setLineStyle(SWT.LINE_SOLID);
    }

    private Font scaledBase;
    /** Zoomed out: the base font scaled, but never below 7 points, so what is drawn can be read. */
    private Font overview;

    private void fonts(double zoom) {
        if (zoom == fontZoom) {
            return;
        }
        dispose();
        fontZoom = zoom;
        FontData data = base.getFontData()[0];
        int height = Math.max(5, (int) Math.round(data.getHeight() * Math.min(zoom, 2.0)));
        scaledBase = new Font(display, data.getName(), height, SWT.NORMAL);
        bold = new Font(display, data.getName(), height, SWT.BOLD);
        small = new Font(display, data.getName(), Math.max(5, height - 1), SWT.NORMAL);
        overview = new Font(display, data.getName(), Math.max(7, height), SWT.NORMAL);
    }

    void dispose() {
        for (Font font : new Font[] {scaledBase, bold, small, overview}) {
            if (font != null && !font.isDisposed()) {
                font.dispose();
            }
        }
        scaledBase = bold = small = overview = null;
        fontZoom = -1;
    }

    private static void text(GC gc, String text, int x, int y, int width) {
        if (text == null || text.isEmpty() || width <= 0) {
            return;
        }
        String shown = text;
        while (shown.length() > 1 && gc.textExtent(shown).x > width) {
            shown = shown.substring(0, shown.length() - 2) + "…";
        }
        gc.drawText(shown, x, y, true);
    }

    private static void centred(GC gc, String text, Box s) {
        Point extent = gc.textExtent(text);
        gc.drawText(text, (int) Math.round(s.centerX() - extent.x / 2.0), (int) Math.round(s.centerY() - extent.y / 2.0), true);
    }

    static RGB rgb(int value) {
        return new RGB((value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF);
    }

    private static RGB tint(RGB rgb, double white) {
        return new RGB((int) (rgb.red + (255 - rgb.red) * white), (int) (rgb.green + (255 - rgb.green) * white),
                (int) (rgb.blue + (255 - rgb.blue) * white));
    }
}
