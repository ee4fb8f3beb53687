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
        return of(values, offset, sampleShape, zoom, false);
    }

    /** As {@link #of(float[], int, long[], int)}; {@code absolute} draws values of [0, 1] as they are instead of stretching them. */
    static ImageData of(float[] values, int offset, long[] sampleShape, int zoom, boolean absolute) {
        int[] image = dev.dendrite.analysis.evaluation.SaliencyImages.imageShape(sampleShape);
        int size = image == null ? 0 : image[0] * image[1] * image[2];
        if (image == null || offset + size > values.length) {
            return null;
        }
        int channels = image[0];
        int height = image[1];
        int width = image[2];
        float min = Float.POSITIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        for (int k = 0; k < size; k++) {
            min = Math.min(min, values[offset + k]);
            max = Math.max(max, values[offset + k]);
        }
        if (absolute) {
            // Pixels in [0, 1] drawn as they are: a faint reconstruction stays faint beside its sample.
            min = 0;
            max = 1;
        }
        int[] rgb = dev.dendrite.train.data.PictureColours.rgb(values, offset, channels, height, width, min, max);
        ImageData data = new ImageData(width * zoom, height * zoom, 24, new PaletteData(0xFF0000, 0xFF00, 0xFF));
        for (int y = 0; y < height * zoom; y++) {
            for (int x = 0; x < width * zoom; x++) {
                data.setPixel(x, y, rgb[(y / zoom) * width + x / zoom]);
            }
        }
        return data;
    }

    /** The colour of evidence against the class, as the token lines draw it. */
    private static final int AGAINST = 0x3168D6;

    /**
     * {@code picture} ({@code zoom} × a map's pixels) with a saliency map laid over it: each pixel
     * tinted towards red and yellow in proportion to its share of the map's largest magnitude (a
     * signed map's negative values towards blue), so the sample stays visible where the map is low.
     * Null when the sizes do not agree.
     */
    static ImageData withHeat(ImageData picture, float[] map, int zoom) {
        int width = picture.width / zoom;
        int height = picture.height / zoom;
        if (width * height != map.length) {
            return null;
        }
        float top = 0;
        for (float v : map) {
            top = Math.max(top, Math.abs(v));
        }
        ImageData tinted = (ImageData) picture.clone();
        for (int y = 0; y < picture.height; y++) {
            for (int x = 0; x < picture.width; x++) {
                float value = map[(y / zoom) * width + x / zoom];
                double share = top > 0 ? Math.abs(value) / top : 0;
                RGB under = picture.palette.getRGB(picture.getPixel(x, y));
                double alpha = 0.85 * share;
                // A signed map's evidence against the class in blue.
                int heat = value >= 0 ? dev.dendrite.analysis.evaluation.SaliencyImages.heat(share) : AGAINST;
                tinted.setPixel(x, y, tinted.palette.getPixel(new RGB(blend(under.red, heat >> 16 & 0xFF, alpha),
                        blend(under.green, heat >> 8 & 0xFF, alpha), blend(under.blue, heat & 0xFF, alpha))));
            }
        }
        return tinted;
    }

    private static int blend(int under, int over, double alpha) {
        return (int) Math.round((1 - alpha) * under + alpha * over);
    }
}
