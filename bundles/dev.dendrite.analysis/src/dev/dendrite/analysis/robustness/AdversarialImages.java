package dev.dendrite.analysis.robustness;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

import dev.dendrite.analysis.evaluation.SaliencyImages;

/**
 * The fooled samples as a PNG, a row each: the sample, the perturbation (what the attack added: red
 * where it raised a value, blue where it lowered it, full colour at ±ε) and the adversarial input,
 * which the model reads as another class. Pictures are drawn on the input's valid range where it
 * has one, so the sample and its adversarial copy share one grey scale.
 */
public final class AdversarialImages {

    private static final int ZOOM = 4;
    private static final int GAP = 2;

    private AdversarialImages() {
    }

    /**
     * Writes the report's examples to {@code file}.
     *
     * @return whether they are pictures and there are any (else nothing is written)
     */
    public static boolean write(RobustnessReport report, Path file) throws IOException {
        return SaliencyImages.writePng(picture(report), file);
    }

    /** The examples' picture, or null where the samples are no pictures or none was fooled. */
    public static BufferedImage picture(RobustnessReport report) {
        int[] image = SaliencyImages.imageShape(report.sampleShape());
        if (image == null || report.examples().isEmpty()) {
            return null;
        }
        int channels = image[0];
        int height = image[1];
        int width = image[2];
        int cell = width * ZOOM + GAP * ZOOM;
        int rowHeight = height * ZOOM + GAP * ZOOM;
        BufferedImage picture = SaliencyImages.blank(3 * cell - GAP * ZOOM, report.examples().size() * rowHeight - GAP * ZOOM);
        AttackSettings settings = report.settings();
        for (int r = 0; r < report.examples().size(); r++) {
            RobustnessReport.Example example = report.examples().get(r);
            float[] low = {Float.POSITIVE_INFINITY};
            float[] high = {Float.NEGATIVE_INFINITY};
            if (settings.clipped()) {
                low[0] = (float) settings.low();
                high[0] = (float) settings.high();
            } else {
                range(example.original(), low, high);
                range(example.adversarial(), low, high);
            }
            int pixels = height * width;
            for (int y = 0; y < height * ZOOM; y++) {
                for (int x = 0; x < width * ZOOM; x++) {
                    int p = (y / ZOOM) * width + x / ZOOM;
                    int top = r * rowHeight + y;
                    picture.setRGB(x, top, SaliencyImages.colour(example.original(), channels, pixels, p, low[0], high[0]));
                    double change = 0;
                    for (int c = 0; c < channels; c++) {
                        double d = example.adversarial()[c * pixels + p] - example.original()[c * pixels + p];
                        change = Math.abs(d) > Math.abs(change) ? d : change;
                    }
                    picture.setRGB(cell + x, top, diverging(change / example.epsilon()));
                    picture.setRGB(2 * cell + x, top, SaliencyImages.colour(example.adversarial(), channels, pixels, p, low[0], high[0]));
                }
            }
        }
        return picture;
    }

    private static void range(float[] values, float[] low, float[] high) {
        for (float v : values) {
            low[0] = Math.min(low[0], v);
            high[0] = Math.max(high[0], v);
        }
    }

    /** White at 0, red towards +1 and blue towards −1, as 0xRRGGBB. */
    static int diverging(double share) {
        double s = Math.max(-1, Math.min(1, share));
        int fade = (int) Math.round(255 * (1 - Math.abs(s)));
        return s >= 0 ? 0xFF0000 | fade << 8 | fade : fade << 16 | fade << 8 | 0xFF;
    }
}
