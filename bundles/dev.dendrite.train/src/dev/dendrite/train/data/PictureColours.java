package dev.dendrite.train.data;

/**
 * A picture's values as 0xRRGGBB pixels: grey from the first channel, or red, green and blue from
 * the first three where there are three or more, each scaled from [low, high] to 0-255. What every
 * drawing of samples shares, in views and in PNG files alike.
 */
public final class PictureColours {

    private PictureColours() {
    }

    /**
     * The {@code height}×{@code width} pixels of the picture of {@code channels} planes at
     * {@code offset} in {@code values}, row by row; a value range of zero draws as if it were 1 wide.
     */
    public static int[] rgb(float[] values, int offset, int channels, int height, int width, float low, float high) {
        int plane = height * width;
        int[] pixels = new int[plane];
        float span = high > low ? high - low : 1;
        for (int p = 0; p < plane; p++) {
            int rgb = 0;
            for (int c = 0; c < 3; c++) {
                float v = values[offset + (channels >= 3 ? c : 0) * plane + p];
                rgb = rgb << 8 | Math.round(255 * Math.max(0, Math.min(1, (v - low) / span)));
            }
            pixels[p] = rgb;
        }
        return pixels;
    }
}
