package dev.dendrite.train.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** What each augmentation does to a picture, that its draws follow (seed, epoch, sample) only, and its messages. */
class AugmentationTest {

    private static final int SIDE = 9;

    /** Pictures of two channels whose every pixel value is unique and non-zero, so a moved pixel can be traced back. */
    private static Dataset pictures(int count) {
        float[] values = new float[count * 2 * SIDE * SIDE];
        for (int i = 0; i < values.length; i++) {
            values[i] = i + 1;
        }
        return Dataset.classification("pictures", new long[] {2, SIDE, SIDE}, values, new int[count], 2);
    }

    private static float[] sample(BatchSource data, int index, int epoch) {
        return data.forEpoch(epoch).batch(new int[] {index}, 0, 1).tensors().get(Dataset.FEATURES).floats();
    }

    private static float[] original(Dataset data, int index) {
        float[] values = new float[data.sampleSize()];
        data.features(index, values, 0);
        return values;
    }

    @Test
    void specsReadAndWriteBack() {
        assertEquals(new Augmentation(2, true, 8), Augmentation.parse("shift:2, flip ,cutout:8"));
        assertEquals("shift:2,flip,cutout:8", Augmentation.parse("cutout:8,flip,shift:2").spec());
        assertTrue(Augmentation.parse("none").none());
        assertTrue(Augmentation.parse(null).none());
        assertEquals("none", Augmentation.NONE.spec());
        assertEquals("unknown augmentation 'spin:15': use shift:PIXELS, flip, rotate:DEGREES, cutout:PIXELS, mutate:PERCENT and noise:SIGMA, "
                + "separated by commas, or none",
                assertThrows(IllegalArgumentException.class, () -> Augmentation.parse("shift:2,spin:15")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Augmentation.parse("shift:0")).getMessage().contains("≥ 1"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Augmentation.parse("shift")).getMessage().contains("shift:2"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Augmentation.parse("flip:1")).getMessage().contains("no value"));
    }

    /**
     * mutate:30 replaces about 30% of the values by draws within the picture's own range and leaves the rest; added to a shift, the
     * shift's pictures stay those of the shift alone (its draws come first), only the mutated values differ.
     */
    @Test
    void mutationReplacesItsShareWithinThePicturesRange() {
        assertEquals("shift:2,mutate:30", Augmentation.parse("mutate:30, shift:2").spec());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Augmentation.parse("mutate:101")).getMessage().contains("1 to 100"));
        Dataset data = pictures(50);
        BatchSource shifted = Augmentation.parse("shift:2").applyTo(data, 3);
        BatchSource both = Augmentation.parse("shift:2,mutate:30").applyTo(data, 3);
        int changed = 0;
        int values = 0;
        for (int i = 0; i < data.size(); i++) {
            float[] in = original(data, i);
            float low = Float.POSITIVE_INFINITY;
            float high = Float.NEGATIVE_INFINITY;
            for (float v : in) {
                low = Math.min(low, v);
                high = Math.max(high, v);
            }
            float[] plain = sample(shifted, i, 2);
            float[] out = sample(both, i, 2);
            for (int j = 0; j < out.length; j++) {
                values++;
                if (out[j] != plain[j]) {
                    changed++;
                    assertTrue(out[j] >= low && out[j] <= high, "within the picture's range: " + out[j]);
                }
            }
        }
        assertEquals(0.30, changed / (double) values, 0.02, changed + " of " + values);
    }

    /**
     * noise:0.3 adds Gaussian noise of standard deviation 0.3 to every value, unclipped, after the earlier kinds (the shift's pictures
     * stay the shift's alone): the differences have mean 0 and deviation 0.3, and some leave the pictures' range.
     */
    @Test
    void noiseAddsGaussianValuesOfItsDeviation() {
        assertEquals("shift:2,noise:0.3", Augmentation.parse("noise:0.3, shift:2").spec());
        assertEquals(Augmentation.parse("noise:0.3"), Augmentation.parse(Augmentation.parse("noise:0.3").spec()));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Augmentation.parse("noise:-1")).getMessage().contains("noise:0.25"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Augmentation.parse("noise")).getMessage().contains("noise:0.25"));
        Dataset data = pictures(50);
        BatchSource shifted = Augmentation.parse("shift:2").applyTo(data, 3);
        BatchSource noisy = Augmentation.parse("shift:2,noise:0.3").applyTo(data, 3);
        double sum = 0;
        double squares = 0;
        int values = 0;
        boolean outside = false;
        for (int i = 0; i < data.size(); i++) {
            float[] plain = sample(shifted, i, 2);
            float[] out = sample(noisy, i, 2);
            for (int j = 0; j < out.length; j++) {
                double d = out[j] - plain[j];
                sum += d;
                squares += d * d;
                values++;
                outside |= out[j] < 0;
            }
        }
        double mean = sum / values;
        assertEquals(0, mean, 0.01);
        assertEquals(0.3, Math.sqrt(squares / values - mean * mean), 0.01);
        assertTrue(outside, "unclipped: the shift's zeros go below 0");
    }

    @Test
    void aShiftMovesEveryChannelAlikeAndFillsWithZeros() {
        Dataset data = pictures(40);
        BatchSource shifted = Augmentation.parse("shift:2").applyTo(data, 7);
        Set<String> offsets = new HashSet<>();
        for (int epoch = 1; epoch <= 3; epoch++) {
            for (int i = 0; i < data.size(); i++) {
                float[] in = original(data, i);
                float[] out = sample(shifted, i, epoch);
                int[] offset = offset(in, out);
                assertNotNull(offset, "sample " + i + " of epoch " + epoch + " is its picture moved by at most 2 pixels");
                offsets.add(offset[0] + "," + offset[1]);
            }
        }
        assertEquals(25, offsets.size(), "every shift from -2 to 2 in both directions occurs: " + offsets);
    }

    @Test
    void shiftedAndFlippedPicturesAreEachAMovedMirrorImage() {
        Dataset data = pictures(60);
        BatchSource changed = Augmentation.parse("shift:2,flip").applyTo(data, 9);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < data.size(); i++) {
            float[] in = original(data, i);
            float[] out = sample(changed, i, 1);
            int[] plain = offset(in, out, false);
            int[] mirrored = offset(in, out, true);
            assertTrue(plain != null || mirrored != null, "sample " + i + " is its picture, or its mirror image, moved by at most 2 pixels");
            seen.add(plain != null ? "plain" : "mirrored");
            if (mirrored != null && (mirrored[0] != 0 || mirrored[1] != 0)) {
                seen.add("mirrored and moved");
            }
        }
        assertEquals(Set.of("plain", "mirrored", "mirrored and moved"), seen);
    }

    /** The (dy, dx) by which {@code out} is {@code in} moved with zeros filled in, or null. */
    private static int[] offset(float[] in, float[] out) {
        return offset(in, out, false);
    }

    private static int[] offset(float[] in, float[] out, boolean mirrored) {
        for (int dy = -2; dy <= 2; dy++) {
            for (int dx = -2; dx <= 2; dx++) {
                if (Arrays.equals(out, moved(in, dy, dx, mirrored))) {
                    return new int[] {dy, dx};
                }
            }
        }
        return null;
    }

    private static float[] moved(float[] in, int dy, int dx, boolean mirrored) {
        float[] out = new float[in.length];
        for (int c = 0; c < 2; c++) {
            for (int y = 0; y < SIDE; y++) {
                for (int x = 0; x < SIDE; x++) {
                    int sy = y - dy;
                    int sx = (mirrored ? SIDE - 1 - x : x) - dx;
                    out[c * SIDE * SIDE + y * SIDE + x] = sy >= 0 && sy < SIDE && sx >= 0 && sx < SIDE ? in[c * SIDE * SIDE + sy * SIDE + sx] : 0;
                }
            }
        }
        return out;
    }

    @Test
    void aFlipMirrorsAboutHalfThePicturesAndLeavesTheRest() {
        Dataset data = pictures(200);
        BatchSource flipped = Augmentation.parse("flip").applyTo(data, 3);
        int mirrored = 0;
        for (int i = 0; i < data.size(); i++) {
            float[] in = original(data, i);
            float[] out = sample(flipped, i, 1);
            boolean isMirror = Arrays.equals(out, moved(in, 0, 0, true));
            assertTrue(isMirror || Arrays.equals(out, in), "sample " + i + " is its picture or its mirror image");
            mirrored += isMirror ? 1 : 0;
        }
        assertTrue(mirrored > 70 && mirrored < 130, mirrored + " of 200 mirrored");
    }

    @Test
    void cutoutErasesOneSquareInEveryChannelAndNothingElse() {
        Dataset data = pictures(60);
        BatchSource erased = Augmentation.parse("cutout:4").applyTo(data, 11);
        int whole = 0;
        for (int i = 0; i < data.size(); i++) {
            float[] in = original(data, i);
            float[] out = sample(erased, i, 1);
            int top = SIDE;
            int left = SIDE;
            int bottom = -1;
            int right = -1;
            int zeros = 0;
            for (int c = 0; c < 2; c++) {
                for (int y = 0; y < SIDE; y++) {
                    for (int x = 0; x < SIDE; x++) {
                        int at = c * SIDE * SIDE + y * SIDE + x;
                        if (out[at] == 0) {
                            zeros++;
                            top = Math.min(top, y);
                            bottom = Math.max(bottom, y);
                            left = Math.min(left, x);
                            right = Math.max(right, x);
                        } else {
                            assertEquals(in[at], out[at], "a pixel outside the square keeps its value");
                        }
                    }
                }
            }
            int height = bottom - top + 1;
            int width = right - left + 1;
            assertTrue(height >= 1 && height <= 4 && width >= 1 && width <= 4, "a square of at most 4×4: " + height + "×" + width);
            assertEquals(2 * height * width, zeros, "the erased pixels fill their rectangle in both channels");
            whole += height == 4 && width == 4 ? 1 : 0;
        }
        assertTrue(whole > 10, "most squares lie wholly inside the picture: " + whole + " of 60");
    }

    @Test
    void aSamplesDrawsDependOnSeedEpochAndSampleOnly() {
        Dataset data = pictures(30);
        Augmentation augmentation = Augmentation.parse("shift:2,flip,cutout:3");
        BatchSource a = augmentation.applyTo(data, 5);
        int[] order = {29, 4, 17, 4, 0};
        float[] batch = a.forEpoch(2).batch(order, 1, 3).tensors().get(Dataset.FEATURES).floats();
        int size = data.sampleSize();
        for (int k = 0; k < 3; k++) {
            assertArrayEquals(sample(a, order[1 + k], 2), Arrays.copyOfRange(batch, k * size, (k + 1) * size),
                    "a sample reads the same alone as in any batch, at any place");
        }
        assertArrayEquals(sample(augmentation.applyTo(data, 5), 4, 2), sample(a, 4, 2), "the same seed draws the same");
        assertFalse(Arrays.equals(sample(a, 4, 2), sample(a, 4, 3)), "another epoch draws anew");
        assertFalse(Arrays.equals(sample(a, 4, 2), sample(augmentation.applyTo(data, 6), 4, 2)), "another seed draws anew");
        assertArrayEquals(original(data, 4), sample(data, 4, 2), "the source itself is left as it is");
    }

    @Test
    void aQuarterTurnMovesEveryPixelExactly() {
        int side = 5;
        float[] picture = new float[side * side];
        for (int i = 0; i < picture.length; i++) {
            picture[i] = i + 1;
        }
        float[] turned = new float[picture.length];
        Augmentation.rotated(picture, 0, turned, 1, side, side, Math.PI / 2);
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                // Counter-clockwise on screen: what was at the right edge of a row ends at the top of its column.
                assertEquals(picture[x * side + (side - 1 - y)], turned[y * side + x], 1e-5, "(" + x + ", " + y + ")");
            }
        }
        Augmentation.rotated(picture, 0, turned, 1, side, side, 0);
        assertArrayEquals(picture, turned, "no turn, no change");
    }

    @Test
    void aRotationTurnsAnOffCentrePixelByAtMostItsAngle() {
        int side = 21;
        float[] values = new float[side * side];
        values[10 * side + 18] = 1f; // 8 pixels right of the centre
        Dataset dot = Dataset.classification("dot", new long[] {1, side, side}, values, new int[1], 2);
        BatchSource turned = Augmentation.parse("rotate:30").applyTo(dot, 4);
        double widest = 0;
        for (int epoch = 1; epoch <= 40; epoch++) {
            float[] out = sample(turned, 0, epoch);
            double mass = 0;
            double mx = 0;
            double my = 0;
            for (int i = 0; i < out.length; i++) {
                mass += out[i];
                mx += out[i] * (i % side - 10);
                my += out[i] * (i / side - 10);
            }
            assertEquals(1.0, mass, 0.2, "bilinear sampling keeps about the dot's weight, epoch " + epoch);
            double angle = Math.toDegrees(Math.atan2(-my / mass, mx / mass));
            assertTrue(Math.abs(angle) <= 30.5, "turned by " + angle + "° in epoch " + epoch);
            assertEquals(8, Math.hypot(mx / mass, my / mass), 0.5, "at the same distance from the centre");
            widest = Math.max(widest, Math.abs(angle));
        }
        assertTrue(widest > 15, "the turns spread over the range: widest " + widest);
        assertEquals("shift:1,flip,rotate:10,cutout:4", Augmentation.parse("rotate:10,cutout:4,flip,shift:1").spec());
        assertEquals("rotate needs a whole number of degrees ≥ 1, as in rotate:2, not 'rotate:-5'",
                assertThrows(IllegalArgumentException.class, () -> Augmentation.parse("rotate:-5")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Augmentation.parse("rotate:200")).getMessage().contains("1 to 180"));
    }

    @Test
    void noAugmentationLeavesTheSamplesAlone() {
        Dataset data = pictures(3);
        assertSame(data, Augmentation.NONE.applyTo(data, 1));
    }

    @Test
    void dataWithoutPicturesOrWithSmallOnesIsRefusedByName() {
        Dataset rows = Dataset.classification("rows.csv", new long[] {4}, new float[8], new int[2], 2);
        assertEquals("--augment shift:1 changes pictures, and rows.csv has no input of H×W or C×H×W values (its inputs: features 4)",
                assertThrows(IllegalArgumentException.class, () -> Augmentation.parse("shift:1").applyTo(rows, 1)).getMessage());
        assertEquals("shift:9 moves a 9×9 picture out of sight; shift by less than 9 pixels",
                assertThrows(IllegalArgumentException.class, () -> Augmentation.parse("shift:9").applyTo(pictures(1), 1)).getMessage());
        assertEquals("cutout:10 is larger than the 9×9 pictures",
                assertThrows(IllegalArgumentException.class, () -> Augmentation.parse("cutout:10").applyTo(pictures(1), 1)).getMessage());
    }
}
