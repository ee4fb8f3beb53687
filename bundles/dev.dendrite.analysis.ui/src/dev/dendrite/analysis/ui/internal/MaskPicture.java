package dev.dendrite.analysis.ui.internal;

import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;

import dev.dendrite.onnx.graph.FloatTensor;

/**
 * A pruning mask as a picture: kept weights dark, pruned ones light. A 2-D matrix as it is; a kernel [out, in, kh, kw] as a
 * grid of kh × kw tiles, a row per output channel and a column per input channel, with a pale line between tiles, so whole
 * pruned filters and channels stand out as blank rows and columns.
 */
public final class MaskPicture {

    /** The picture's colours (RGB). */
    public static final int KEPT = 0x1F3A93;
    public static final int PRUNED = 0xF8F8F8;
    public static final int LINE = 0xD8DEE9;

    private MaskPicture() {
    }

    /** Paints {@code mask} (or says there is none) over {@code size}, titled with its layer and share kept. */
    static void paint(GC gc, Point size, FloatTensor mask, String layer) {
        if (mask == null) {
            gc.drawText("No mask to show", 10, 10);
            return;
        }
        long[] shape = mask.shape();
        boolean kernel = shape.length == 4;
        int out = (int) shape[0];
        int in = kernel ? (int) shape[1] : mask.size() / out;
        int kh = kernel ? (int) shape[2] : 1;
        int kw = kernel ? (int) shape[3] : 1;
        ImageData data = image(mask);
        int width = Math.max(1, size.x - 20);
        int height = Math.max(1, size.y - 40);
        Image image = new Image(gc.getDevice(), data);
        try {
            gc.setInterpolation(SWT.NONE); // sharp cells, one per weight
            gc.drawImage(image, 0, 0, data.width, data.height, 10, 30, width, height);
        } finally {
            image.dispose();
        }
        gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_BLACK));
        long kept = 0;
        for (float v : mask.values()) {
            kept += v != 0 ? 1 : 0;
        }
        String layout = kernel ? String.format(Locale.ROOT, "%d output × %d input channels of %d×%d kernels", out, in, kh, kw)
                : String.format(Locale.ROOT, "%d × %d", out, in);
        gc.drawText(String.format(Locale.ROOT, "Mask of %s: %s, %.1f%% kept (dark)", layer, layout, 100.0 * kept / mask.size()), 10, 8, true);
    }

    /** Lines of text from the top left, where a panel explains instead of drawing a mask. */
    static void paintLines(GC gc, List<String> lines) {
        int y = 10;
        for (String line : lines) {
            gc.drawText(line, 10, y, true);
            y += gc.getFontMetrics().getHeight() + 2;
        }
    }

    /** The picture's pixels, one per weight (see the class comment). */
    public static ImageData image(FloatTensor mask) {
        long[] shape = mask.shape();
        boolean kernel = shape.length == 4;
        int out = (int) shape[0];
        int in = kernel ? (int) shape[1] : mask.size() / out;
        int kh = kernel ? (int) shape[2] : 1;
        int kw = kernel ? (int) shape[3] : 1;
        int gap = kernel ? 1 : 0;
        int cols = in * (kw + gap) - gap;
        int rows = out * (kh + gap) - gap;
        ImageData data = new ImageData(cols, rows, 24, new org.eclipse.swt.graphics.PaletteData(0xFF0000, 0xFF00, 0xFF));
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                data.setPixel(c, r, LINE);
            }
        }
        float[] values = mask.values();
        for (int o = 0; o < out; o++) {
            for (int i = 0; i < in; i++) {
                for (int y = 0; y < kh; y++) {
                    for (int x = 0; x < kw; x++) {
                        float v = values[((o * in + i) * kh + y) * kw + x];
                        data.setPixel(i * (kw + gap) + x, o * (kh + gap) + y, v != 0 ? KEPT : PRUNED);
                    }
                }
            }
        }
        return data;
    }
}
