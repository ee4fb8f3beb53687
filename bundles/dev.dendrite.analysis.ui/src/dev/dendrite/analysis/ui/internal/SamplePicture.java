package dev.dendrite.analysis.ui.internal;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.RGB;

/** A sample's values as a picture, where their shape is an image's: [C, H, W] with C of 1 or 3, [H, W], or a square vector (MNIST's 784). */
final class SamplePicture {

    private SamplePicture() {
    }

    /**
     * The sample of {@code size} values from {@code offset}, each pixel {@code zoom} × {@code zoom}, grey
     * or colour, stretched from its own minimum to its maximum; null when its shape is not an image's.
     *
     * @param sampleShape the sample's shape, without the batch dimension
     */
    static ImageData of(float[] values, int offset, long[] sampleShape, int zoom) {
        int size = 1;
        for (long d : sampleShape) {
            size *= (int) d;
        }
        int channels = sampleShape.length == 3 ? (int) sampleShape[0] : 1;
        int height = sampleShape.length >= 2 ? (int) sampleShape[sampleShape.length - 2] : (int) Math.round(Math.sqrt(size));
        int width = sampleShape.length >= 2 ? (int) sampleShape[sampleShape.length - 1] : height;
        if (channels * height * width != size || channels != 1 && channels != 3 || height < 4 || offset + size > values.length) {
            return null;
        }
        float min = Float.POSITIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        for (int k = 0; k < size; k++) {
            min = Math.min(min, values[offset + k]);
            max = Math.max(max, values[offset + k]);
        }
        float range = max > min ? max - min : 1;
        ImageData data = new ImageData(width * zoom, height * zoom, 24, new PaletteData(0xFF0000, 0xFF00, 0xFF));
        for (int y = 0; y < height * zoom; y++) {
            for (int x = 0; x < width * zoom; x++) {
                int[] rgb = new int[3];
                for (int c = 0; c < 3; c++) {
                    int channel = channels == 3 ? c : 0;
                    float v = values[offset + (channel * height + y / zoom) * width + x / zoom];
                    rgb[c] = Math.round(255 * (v - min) / range);
                }
                data.setPixel(x, y, data.palette.getPixel(new RGB(rgb[0], rgb[1], rgb[2])));
            }
        }
        return data;
    }
}
