package dev.dendrite.train.data;

/**
 * A picture's values as 0xRRGGBB pixels: grey from the first channel, or red, green and blue from
 * the first three where there are three or more, each scaled from [low, high] to 0-255; and the
 * colour ramp of heat maps. What every drawing of samples and heat maps shares, in views and in PNG
 * files alike.
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

    /** The heat-map ramp every chart and picture shares: dark blue through teal and green to yellow, after viridis. */
    private static final int[][] RAMP = {{68, 1, 84}, {59, 82, 139}, {33, 145, 140}, {94, 201, 98}, {253, 231, 37}};

    /** The ramp's colour at {@code share} in [0, 1] (clamped), as 0xRRGGBB. */
    public static int ramp(double share) {
        double at = Math.max(0, Math.min(1, share)) * (RAMP.length - 1);
        int i = Math.min(RAMP.length - 2, (int) at);
        double f = at - i;
        int rgb = 0;
        for (int c = 0; c < 3; c++) {
            rgb = rgb << 8 | (int) Math.round(RAMP[i][c] + f * (RAMP[i + 1][c] - RAMP[i][c]));
        }
        return rgb;
    }
}
