package dev.dendrite.analysis.ui.internal;

import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

import dev.dendrite.launching.internal.RunAttention;

/**
 * A sample's attention maps: a row per attention layer, a column per head, each map T×S (row i:
 * the step that reads, column j: the step read; S the memory's steps in cross-attention) from white (no weight) to dark blue (all of it)
 * on a square-root scale, the sample's steps along both edges where they fit, and under each map
 * what the head does over the samples read. Hovering names the cell and its weight.
 */
final class AttentionCanvas {

    private static final int MARGIN = 8;
    /** Room for a layer's name left of its row and for the step labels. */
    private static final int TITLE = 150;
    private static final int LABELS = 14;
    private static final int SUMMARY = 32;

    private final Canvas canvas;
    private RunAttention.Maps maps;
    /** Where the last paint put the maps: their side, the origin of layer 0's head 0 and the distance from one head's map to the next. */
    private int side;
    private int left;
    private int top;
    private int pitchX;

    AttentionCanvas(Composite parent) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        canvas.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        canvas.addPaintListener(e -> paint(e.gc));
        canvas.addListener(SWT.MouseMove, e -> canvas.setToolTipText(describe(e.x, e.y)));
    }

    Canvas control() {
        return canvas;
    }

    void show(RunAttention.Maps shown) {
        maps = shown;
        canvas.redraw();
    }

    /** The side of one map at the last paint, 0 before (tests). */
    int side() {
        return side;
    }

    /** The left edge of the first head's maps at the last paint (tests). */
    int left() {
        return left;
    }

    /** What the cell at a point says, or null off the maps. */
    String describe(int x, int y) {
        if (maps == null || side == 0) {
            return null;
        }
        int pitchY = side + LABELS + SUMMARY + MARGIN;
        int layer = Math.floorDiv(y - top, pitchY);
        int head = Math.floorDiv(x - left, pitchX);
        if (layer < 0 || layer >= maps.layers().size() || head < 0 || head >= maps.layers().get(layer).heads()) {
            return null;
        }
        RunAttention.Layer shown = maps.layers().get(layer);
        int cell = side / longest();
        int query = Math.floorDiv(y - top - layer * pitchY, cell);
        int key = Math.floorDiv(x - left - head * pitchX, cell);
        if (query < 0 || query >= shown.querySteps() || key < 0 || key >= shown.keySteps()) {
            return null;
        }
        return String.format(Locale.ROOT, "%s, head %d: step %d (%s) reads step %d (%s) with weight %.3f", shown.id(), head, query,
                label(query, shown.queriesFromInput()), key, label(key, shown.keysFromInput()), shown.weight(head, query, key));
    }

    /** What the sample held at a step of its input: a character, a token id or the step's first value; the step's number elsewhere. */
    private String label(int step, boolean ofInput) {
        if (!ofInput) {
            return Integer.toString(step);
        }
        int perStep = Math.max(1, maps.input().size() / Math.max(1, maps.steps()));
        int at = step * perStep;
        return at < maps.input().size() ? maps.input().get(at) : "?";
    }

    /** The most steps along either side of any map: one cell size fits them all. */
    private int longest() {
        int longest = 1;
        for (RunAttention.Layer layer : maps.layers()) {
            longest = Math.max(longest, Math.max(layer.querySteps(), layer.keySteps()));
        }
        return longest;
    }

    private void paint(GC gc) {
        Rectangle area = canvas.getClientArea();
        side = 0;
        if (maps == null || maps.layers().isEmpty()) {
            return;
        }
        int columns = maps.layers().stream().mapToInt(RunAttention.Layer::heads).max().orElse(1);
        int rows = maps.layers().size();
        Point text = gc.stringExtent("M");
        // Room for the longest layer name, then for step labels of up to three characters before the maps.
        int names = maps.layers().stream().mapToInt(l -> Math.max(gc.stringExtent(l.id()).x, gc.stringExtent(subtitle(l)).x)).max().orElse(0);
        left = Math.max(TITLE, MARGIN + names + MARGIN + 3 * text.x);
        int byWidth = (area.width - left - MARGIN - columns * MARGIN) / columns;
        int byHeight = (area.height - MARGIN - rows * (LABELS + SUMMARY + MARGIN)) / rows;
        int longest = longest();
        side = Math.max(longest, Math.min(byWidth, byHeight) / longest * longest);
        // Small maps (many layers) still leave each head's summary its width.
        pitchX = Math.max(side, Math.max(gc.stringExtent("head 0: offset +10 (100%)").x, gc.stringExtent("distance 10.0, H 2.00, r +1.00").x))
                + MARGIN;
        top = MARGIN + LABELS;
        int cell = side / longest;
        boolean labelled = cell >= text.y;
        RunAttention.Layer above = null;
        for (int l = 0; l < rows; l++) {
            RunAttention.Layer layer = maps.layers().get(l);
            int y = top + l * (side + LABELS + SUMMARY + MARGIN);
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
            gc.drawText(layer.id(), MARGIN, y, true);
            gc.drawText(subtitle(layer), MARGIN, y + text.y + 2, true);
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
            for (int i = 0; labelled && i < layer.querySteps(); i++) {
                // The steps that read, left of the row; the steps read, above the maps where they differ from the row above's.
                String label = label(i, layer.queriesFromInput());
                gc.drawText(label, left - gc.stringExtent(label).x - 2, y + i * cell + (cell - text.y) / 2, true);
            }
            boolean keysLabelled = labelled && (above == null || above.keysFromInput() != layer.keysFromInput()
                    || above.keySteps() != layer.keySteps());
            for (int h = 0; h < layer.heads(); h++) {
                int x = left + h * pitchX;
                paintMap(gc, layer, h, x, y, cell);
                gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
                for (int j = 0; keysLabelled && j < layer.keySteps(); j++) {
                    String label = label(j, layer.keysFromInput());
                    gc.drawText(label, x + j * cell + (cell - gc.stringExtent(label).x) / 2, y - LABELS, true);
                }
                gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
                if (h < layer.summary().size()) {
                    RunAttention.Head head = layer.summary().get(h);
                    gc.drawText(String.format(Locale.ROOT, "head %d: offset %+d (%.0f%%)", h, head.commonestOffset(), 100 * head.offsetShare()), x,
                            y + side + 2, true);
                    gc.drawText(String.format(Locale.ROOT, "distance %.1f, H %.2f%s", head.meanDistance(), head.entropy(),
                            Double.isNaN(head.alignment()) ? "" : String.format(Locale.ROOT, ", r %+.2f", head.alignment())), x, y + side + 2 + text.y, true);
                }
            }
            above = layer;
        }
    }

    /** What a layer reads: its earlier steps only, every step of its sequence, or another sequence (cross-attention). */
    private static String subtitle(RunAttention.Layer layer) {
        return layer.causal() ? "causal" : layer.queriesFromInput() != layer.keysFromInput() ? "reads another sequence" : "all steps";
    }

    private void paintMap(GC gc, RunAttention.Layer layer, int head, int x, int y, int cell) {
        for (int i = 0; i < layer.querySteps(); i++) {
            for (int j = 0; j < layer.keySteps(); j++) {
                int rgb = dev.dendrite.analysis.evaluation.AttentionImages.colour(layer.weight(head, i, j));
                Color colour = new Color(rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF);
                gc.setBackground(colour);
                gc.fillRectangle(x + j * cell, y + i * cell, cell, cell);
                colour.dispose();
            }
        }
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_GRAY));
        gc.drawRectangle(x, y, cell * layer.keySteps(), cell * layer.querySteps());
    }
}
