package dev.dendrite.train.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Random changes to training pictures, drawn afresh for every sample in every epoch: a turn by up
 * to {@code rotate} degrees either way about the centre (bilinear, zeros outside), a shift of up to
 * {@code shift} pixels in each direction (zeros fill what moves in, as a crop of the picture padded
 * by {@code shift} does), a horizontal flip with probability ½, and a {@code cutout} square of
 * zeros at a random centre (DeVries and Taylor, 2017), and {@code mutate} percent of the values
 * replaced by uniform draws between the picture's own smallest and largest value (Ren et al.'s
 * perturbation, 2019, for the background model of a likelihood ratio), and Gaussian {@code noise} of
 * standard deviation σ added to every value, unclipped (Cohen et al., 2019: the noise a smoothed
 * classifier is certified under, {@code robustness --bounds smoothing}). They apply in that order, to
 * the training samples only: validation and test data are read as they are. An autoencoder
 * reconstructs its input as changed, so one trained with mutations models the perturbed data.
 *
 * <p>The draws of a sample depend only on the run's seed, the epoch and the sample's index, so a
 * resumed run, a sliced or replicated step and any batch size see the same pictures.
 *
 * @param shift the largest shift in pixels (0: none)
 * @param cutout the side of the erased square in pixels (0: none)
 * @param rotate the largest turn in degrees (0: none)
 * @param mutate the percentage of values replaced by uniform noise (0: none)
 * @param noise the Gaussian noise's standard deviation in the input's units (0: none)
 */
public record Augmentation(int shift, boolean flip, int cutout, int rotate, int mutate, double noise) implements java.io.Serializable {

    public static final Augmentation NONE = new Augmentation(0, false, 0, 0, 0, 0);

    private static final String USE = "use shift:PIXELS, flip, rotate:DEGREES, cutout:PIXELS, mutate:PERCENT and noise:SIGMA, separated by "
            + "commas, or none";

    public Augmentation {
        if (shift < 0 || cutout < 0) {
            throw new IllegalArgumentException("augmentation sizes are pixels ≥ 0, not shift " + shift + ", cutout " + cutout);
        }
        if (rotate < 0 || rotate > 180) {
            throw new IllegalArgumentException("rotate takes degrees from 1 to 180, not " + rotate);
        }
        if (mutate < 0 || mutate > 100) {
            throw new IllegalArgumentException("mutate takes a percentage from 1 to 100, not " + mutate);
        }
        if (!(noise >= 0) || !Double.isFinite(noise)) {
            throw new IllegalArgumentException("noise takes a standard deviation > 0, not " + noise);
        }
    }

    public Augmentation(int shift, boolean flip, int cutout, int rotate, int mutate) {
        this(shift, flip, cutout, rotate, mutate, 0);
    }

    public Augmentation(int shift, boolean flip, int cutout) {
        this(shift, flip, cutout, 0, 0);
    }

    public Augmentation(int shift, boolean flip, int cutout, int rotate) {
        this(shift, flip, cutout, rotate, 0);
    }

    /**
     * Reads {@code --augment}'s value: "shift:2,flip", "cutout:8", "none"; null or blank is none.
     *
     * @throws IllegalArgumentException one line naming the part that is wrong
     */
    public static Augmentation parse(String spec) {
        if (spec == null || spec.isBlank() || spec.strip().equals("none")) {
            return NONE;
        }
        int shift = 0;
        boolean flip = false;
        int cutout = 0;
        int rotate = 0;
        int mutate = 0;
        double noise = 0;
        for (String part : spec.split(",")) {
            String[] kv = part.strip().split(":", 2);
            switch (kv[0].toLowerCase(Locale.ROOT)) {
                case "shift" -> shift = whole(kv, part, "pixels");
                case "cutout" -> cutout = whole(kv, part, "pixels");
                case "rotate" -> {
                    rotate = whole(kv, part, "degrees");
                    if (rotate > 180) {
                        throw new IllegalArgumentException("rotate takes degrees from 1 to 180, as in rotate:10, not '" + part.strip() + "'");
                    }
                }
                case "mutate" -> {
                    mutate = whole(kv, part, "percent");
                    if (mutate > 100) {
                        throw new IllegalArgumentException("mutate takes a percentage from 1 to 100, as in mutate:20, not '" + part.strip() + "'");
                    }
                }
                case "noise" -> {
                    try {
                        noise = kv.length > 1 ? Double.parseDouble(kv[1].strip()) : -1;
                    } catch (NumberFormatException e) {
                        noise = -1;
                    }
                    if (!(noise > 0) || !Double.isFinite(noise)) {
                        throw new IllegalArgumentException("noise needs a standard deviation > 0 in the input's units, as in noise:0.25, not '"
                                + part.strip() + "'");
                    }
                }
                case "flip" -> {
                    if (kv.length > 1) {
                        throw new IllegalArgumentException("flip takes no value (it mirrors half the pictures), not '" + part.strip() + "'");
                    }
                    flip = true;
                }
                default -> throw new IllegalArgumentException("unknown augmentation '" + part.strip() + "': " + USE);
            }
        }
        return new Augmentation(shift, flip, cutout, rotate, mutate, noise);
    }

    private static int whole(String[] kv, String part, String unit) {
        try {
            int value = kv.length > 1 ? Integer.parseInt(kv[1].strip()) : -1;
            if (value >= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // named below
        }
        throw new IllegalArgumentException(kv[0] + " needs a whole number of " + unit + " ≥ 1, as in " + kv[0] + ":2, not '" + part.strip() + "'");
    }

    public boolean none() {
        return shift == 0 && !flip && cutout == 0 && rotate == 0 && mutate == 0 && noise == 0;
    }

    /** As {@link #parse} reads it: "shift:2,flip,rotate:10,cutout:8,mutate:20,noise:0.25", or "none". */
    public String spec() {
        List<String> parts = new ArrayList<>();
        if (shift > 0) {
            parts.add("shift:" + shift);
        }
        if (flip) {
            parts.add("flip");
        }
        if (rotate > 0) {
            parts.add("rotate:" + rotate);
        }
        if (cutout > 0) {
            parts.add("cutout:" + cutout);
        }
        if (mutate > 0) {
            parts.add("mutate:" + mutate);
        }
        if (noise > 0) {
            parts.add("noise:" + noise);
        }
        return parts.isEmpty() ? "none" : String.join(",", parts);
    }

    /**
     * The picture input of {@code data} this augmentation changes: its one float input with a
     * fixed per-sample shape H×W or C×H×W.
     *
     * @throws IllegalArgumentException naming why the data has none, or why the pictures are too small
     */
    public Field pictureField(BatchSource data) {
        List<Field> pictures = data.fields(Field.Role.INPUT).stream().filter(Augmentation::isPicture).toList();
        if (pictures.size() != 1) {
            throw new IllegalArgumentException("--augment " + spec() + " changes pictures, and " + data.name() + (pictures.isEmpty()
                    ? " has no input of H×W or C×H×W values (its inputs: " + describe(data.fields(Field.Role.INPUT)) + ")"
                    : " has " + pictures.size() + " picture inputs (" + describe(pictures) + "); augmentation takes one"));
        }
        Field field = pictures.get(0);
        List<Object> dims = field.sampleDims();
        long height = (Long) dims.get(dims.size() - 2);
        long width = (Long) dims.get(dims.size() - 1);
        if (shift >= Math.min(height, width)) {
            throw new IllegalArgumentException("shift:" + shift + " moves a " + height + "×" + width + " picture out of sight; shift by less than "
                    + Math.min(height, width) + " pixels");
        }
        if (cutout > Math.max(height, width)) {
            throw new IllegalArgumentException("cutout:" + cutout + " is larger than the " + height + "×" + width + " pictures");
        }
        return field;
    }

    private static boolean isPicture(Field field) {
        int rank = field.sampleDims().size();
        return field.type() == Field.ElementType.FLOAT && field.fixedSize() > 0 && (rank == 2 || rank == 3)
                && (Long) field.sampleDims().get(rank - 1) >= 2 && (Long) field.sampleDims().get(rank - 2) >= 2;
    }

    private static String describe(List<Field> fields) {
        return fields.isEmpty() ? "none" : String.join(", ", fields.stream().map(f -> f.name() + " " + f.shapeText()).toList());
    }

    /**
     * The training samples as the steps read them: {@code train}'s pictures changed by this
     * augmentation, with draws from {@code seed}; {@code train} itself where there is nothing to do.
     */
    public BatchSource applyTo(BatchSource train, long seed) {
        return none() ? train : new AugmentedSource(train, this, pictureField(train), seed, 0);
    }

    /**
     * Every sample of {@code data} as draw {@code draw} of this augmentation changes it (the draws of
     * epoch {@code draw}), with its labels or targets: what test-time augmentation runs a model over.
     */
    public Dataset drawn(Dataset data, long seed, int draw) {
        int[] all = new int[data.size()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        float[] features = applyTo(data, seed).forEpoch(draw).batch(all, 0, all.length).tensors().get(Dataset.FEATURES).floats();
        String name = data.name() + " (" + spec() + ", draw " + draw + ")";
        if (data.hasLabels()) {
            int[] labels = new int[data.size()];
            for (int i = 0; i < labels.length; i++) {
                labels[i] = data.label(i);
            }
            return Dataset.classification(name, data.sampleShape(), features, labels, data.classes());
        }
        float[] targets = new float[data.size() * data.targetSize()];
        for (int i = 0; i < data.size(); i++) {
            data.targets(i, targets, i * data.targetSize());
        }
        return Dataset.regression(name, data.sampleShape(), features, targets, data.targetSize());
    }

    /**
     * Changes one picture of {@code channels} planes of {@code height}×{@code width} values, read at
     * {@code from} in {@code source} and written at {@code to} in {@code target} (a different array,
     * zero there).
     */
    void augment(float[] source, int from, float[] target, int to, int channels, int height, int width, SplittableRandom random) {
        // Every draw first, in an order that new kinds of change only extend: the earlier kinds keep their pictures.
        int dy = shift > 0 ? random.nextInt(2 * shift + 1) - shift : 0;
        int dx = shift > 0 ? random.nextInt(2 * shift + 1) - shift : 0;
        boolean mirrored = flip && random.nextBoolean();
        int top = cutout > 0 ? random.nextInt(height) - cutout / 2 : 0;
        int left = cutout > 0 ? random.nextInt(width) - cutout / 2 : 0;
        double angle = rotate > 0 ? Math.toRadians((random.nextDouble() * 2 - 1) * rotate) : 0;
        int plane = height * width;
        float[] read = source;
        int at = from;
        if (rotate > 0) {
            read = new float[channels * plane];
            rotated(source, from, read, channels, height, width, angle);
            at = 0;
        }
        // Columns x in [first, last) read inside the picture; the rest of the row is zero (the target starts as zeros).
        int first = Math.max(0, dx);
        int last = Math.min(width, width + dx);
        for (int c = 0; c < channels; c++) {
            for (int y = Math.max(0, dy); y < Math.min(height, height + dy); y++) {
                int row = at + c * plane + (y - dy) * width;
                int out = to + c * plane + y * width;
                if (mirrored) {
                    for (int x = first; x < last; x++) {
                        target[out + x] = read[row + width - 1 - (x - dx)];
                    }
                } else {
                    System.arraycopy(read, row + first - dx, target, out + first, last - first);
                }
            }
        }
        if (cutout > 0) {
            for (int c = 0; c < channels; c++) {
                for (int y = Math.max(0, top); y < Math.min(height, top + cutout); y++) {
                    for (int x = Math.max(0, left); x < Math.min(width, left + cutout); x++) {
                        target[to + c * plane + y * width + x] = 0f;
                    }
                }
            }
        }
        if (mutate > 0) {
            mutated(source, from, target, to, channels * plane, mutate / 100.0, random);
        }
        if (noise > 0) {
            for (int i = to, end = to + channels * plane; i < end; i++) {
                target[i] += (float) (noise * random.nextGaussian());
            }
        }
    }

    /**
     * Replaces each of the {@code size} values at {@code to} with probability {@code share} by a uniform draw between the smallest and
     * largest value of the source picture at {@code from} (its own range, so pixels in [0, 1] stay there).
     */
    static void mutated(float[] source, int from, float[] target, int to, int size, double share, SplittableRandom random) {
        float low = Float.POSITIVE_INFINITY;
        float high = Float.NEGATIVE_INFINITY;
        for (int i = 0; i < size; i++) {
            low = Math.min(low, source[from + i]);
            high = Math.max(high, source[from + i]);
        }
        for (int i = 0; i < size; i++) {
            if (random.nextDouble() < share) {
                target[to + i] = (float) (low + random.nextDouble() * (high - low));
            }
        }
    }

    /**
     * One picture turned by {@code angle} radians (counter-clockwise on screen) about its centre into
     * {@code target} at 0: each target pixel reads the source bilinearly where the inverse turn takes
     * it, zero outside.
     */
    static void rotated(float[] source, int from, float[] target, int channels, int height, int width, double angle) {
        double cy = (height - 1) / 2.0;
        double cx = (width - 1) / 2.0;
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        int plane = height * width;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                // Screen y points down, so a counter-clockwise turn on screen is clockwise in (x, y).
                double sx = cos * (x - cx) - sin * (y - cy) + cx;
                double sy = sin * (x - cx) + cos * (y - cy) + cy;
                int x0 = (int) Math.floor(sx);
                int y0 = (int) Math.floor(sy);
                double fx = sx - x0;
                double fy = sy - y0;
                for (int c = 0; c < channels; c++) {
                    int base = from + c * plane;
                    double value = (1 - fy) * ((1 - fx) * pixel(source, base, x0, y0, height, width) + fx * pixel(source, base, x0 + 1, y0, height, width))
                            + fy * ((1 - fx) * pixel(source, base, x0, y0 + 1, height, width) + fx * pixel(source, base, x0 + 1, y0 + 1, height, width));
                    target[c * plane + y * width + x] = (float) value;
                }
            }
        }
    }

    private static float pixel(float[] source, int base, int x, int y, int height, int width) {
        return x >= 0 && x < width && y >= 0 && y < height ? source[base + y * width + x] : 0f;
    }
}
