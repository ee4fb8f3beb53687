package dev.dendrite.train.data;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded synthetic sequence tasks, each testing what a recurrent network must remember: parity
 * (a running bit), tagging (neighbours on both sides), sine forecasting and generation (phase),
 * and the seq2seq tasks reverse, copy and sort. Token ids 0 (padding) and 1 (start) are reserved;
 * symbols are 2 to {@link #VOCABULARY} − 1.
 */
public final class SequenceData {

    /** The templates' token vocabulary. */
    public static final int VOCABULARY = 16;
    public static final long START = 1;
    private static final int FIRST_SYMBOL = 2;
    private static final int TAGS = 4;

    private SequenceData() {
    }

    /** The names {@link #load} knows. */
    public static final List<String> NAMES = List.of("parity", "tagging", "sine-forecast", "sine-generation", "sine-next", "last-sign",
            "phrases", "reverse", "copy", "sort");

    /** [train, test] of a task by name, or null when the name is not a sequence task. */
    public static BatchSource[] load(String name, long seed) {
        return switch (name) {
            case "parity" -> new BatchSource[] {parity(4000, 10, seed), parity(1000, 10, seed + 1)};
            case "tagging" -> new BatchSource[] {tagging(3000, 12, seed), tagging(600, 12, seed + 1)};
            case "sine-forecast" -> new BatchSource[] {sineForecast(3000, 24, seed), sineForecast(600, 24, seed + 1)};
            case "sine-generation" -> new BatchSource[] {sineGeneration(2000, 24, seed), sineGeneration(400, 24, seed + 1)};
            case "sine-next" -> new BatchSource[] {sineNext(2000, 48, seed), sineNext(400, 48, seed + 1)};
            case "last-sign" -> new BatchSource[] {lastSign(4000, 20, seed), lastSign(1000, 20, seed + 1)};
            case "phrases" -> new BatchSource[] {PhraseData.phrases(4500, 24, seed), PhraseData.phrases(900, 24, seed + 1)};
            case "reverse", "copy", "sort" -> new BatchSource[] {transduction(name, 6000, 8, seed), transduction(name, 1000, 8, seed + 1)};
            default -> null;
        };
    }

    /**
     * Character-level language modelling from a text file: windows of {@code length} characters
     * ({@code tokens}, ids by sorted distinct character) labelled with the character after each
     * ({@code next}, many-to-many). The last tenth of the text is the test set, so no window of the
     * test text was seen in training.
     *
     * @throws IllegalArgumentException when the file is missing or too short for two windows
     */
    public static BatchSource[] text(java.nio.file.Path file, int length) throws java.io.IOException {
        if (!java.nio.file.Files.isRegularFile(file)) {
            throw new IllegalArgumentException("data file " + file + " does not exist");
        }
        if (length < 1) {
            throw new IllegalArgumentException("a text window needs at least 1 character, not " + length);
        }
        String text = java.nio.file.Files.readString(file, java.nio.charset.StandardCharsets.UTF_8);
        int[] codePoints = text.codePoints().toArray();
        int[] alphabet = TextSpec.alphabet(text);
        int cut = codePoints.length * 9 / 10;
        if (cut / (length + 1) < 1 || (codePoints.length - cut) / (length + 1) < 1) {
            throw new IllegalArgumentException(file + " has " + codePoints.length + " characters: too few for training and test windows of "
                    + length + " (at least " + 10 * (length + 1) + ")");
        }
        return new BatchSource[] {windows(file.getFileName() + "/train", codePoints, 0, cut, length, alphabet),
            windows(file.getFileName() + "/test", codePoints, cut, codePoints.length, length, alphabet)};
    }

    private static TensorDataset windows(String name, int[] text, int from, int to, int length, int[] alphabet) {
        int count = (to - from - 1) / length;
        long[][] tokens = new long[count][length];
        long[][] next = new long[count][length];
        for (int w = 0; w < count; w++) {
            for (int t = 0; t < length; t++) {
                int at = from + w * length + t;
                tokens[w][t] = java.util.Arrays.binarySearch(alphabet, text[at]);
                next[w][t] = java.util.Arrays.binarySearch(alphabet, text[at + 1]);
            }
        }
        return TensorDataset.builder(name, count).longs("tokens", Field.Role.INPUT, List.of("T"), tokens)
                .longs("next", Field.Role.TARGET, List.of("T"), next).classes(alphabet.length).build();
    }

    /** Bit sequences [T, 1] of 2 to {@code length} bits labelled with the parity of their ones (2 classes). */
    public static TensorDataset parity(int n, int length, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[][] bits = new float[n][];
        long[][] labels = new long[n][1];
        for (int s = 0; s < n; s++) {
            // Lengths 2 to T: short sequences are the curriculum that makes parity learnable by gradients;
            // padding with zero bits keeps every label, so batches pad freely.
            bits[s] = new float[2 + random.nextInt(length - 1)];
            int ones = 0;
            for (int t = 0; t < bits[s].length; t++) {
                bits[s][t] = random.nextInt(2);
                ones += (int) bits[s][t];
            }
            labels[s][0] = ones % 2;
        }
        return TensorDataset.builder("parity", n).floats("bits", Field.Role.INPUT, List.of("T", 1L), bits)
                .longs("parity", Field.Role.TARGET, List.of(), labels).classes(2).build();
    }

    /**
     * Variable-length sequences (2 to {@code length} values in [−1, 1], padded and masked:
     * {@code values:mask}) labelled with the sign of their last real value. A reader that runs on
     * over the padding must carry that value through up to {@code length} − 2 zeros; with the mask
     * its state stops at the last real step.
     */
    public static TensorDataset lastSign(int n, int length, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[][] values = new float[n][];
        long[][] labels = new long[n][1];
        for (int s = 0; s < n; s++) {
            values[s] = new float[2 + random.nextInt(length - 1)];
            for (int t = 0; t < values[s].length; t++) {
                values[s][t] = (float) (2 * random.nextDouble() - 1);
            }
            labels[s][0] = values[s][values[s].length - 1] > 0 ? 1 : 0;
        }
        return TensorDataset.builder("last-sign", n).floats("values", Field.Role.INPUT, List.of("T", 1L), values).withMask("values")
                .longs("sign", Field.Role.TARGET, List.of(), labels).classes(2).build();
    }

    /**
     * Token sequences tagged with the range (one of 4 equal ranges of the symbols) of the larger of
     * the previous and the next token: a tag needs the right context, which only a backward or
     * bidirectional reader has, and each side's contribution is additive in the scores of a linear head.
     */
    public static TensorDataset tagging(int n, int length, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        long[][] tokens = new long[n][length];
        long[][] tags = new long[n][length];
        for (int s = 0; s < n; s++) {
            for (int t = 0; t < length; t++) {
                tokens[s][t] = FIRST_SYMBOL + random.nextInt(VOCABULARY - FIRST_SYMBOL);
            }
            for (int t = 0; t < length; t++) {
                long before = t > 0 ? tokens[s][t - 1] : 0;
                long after = t + 1 < length ? tokens[s][t + 1] : 0;
                tags[s][t] = (Math.max(before, after) - FIRST_SYMBOL) * TAGS / (VOCABULARY - FIRST_SYMBOL);
            }
        }
        return TensorDataset.builder("tagging", n).longs("tokens", Field.Role.INPUT, List.of("T"), tokens)
                .longs("tags", Field.Role.TARGET, List.of("T"), tags).classes(TAGS).build();
    }

    /** T noisy samples of a sine of random frequency and phase [T, 1]; the target is the next clean value. */
    public static TensorDataset sineForecast(int n, int length, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[][] history = new float[n][length];
        float[][] next = new float[n][1];
        for (int s = 0; s < n; s++) {
            double omega = 0.2 + 0.4 * random.nextDouble();
            double phase = 2 * Math.PI * random.nextDouble();
            for (int t = 0; t < length; t++) {
                history[s][t] = (float) (Math.sin(omega * t + phase) + 0.05 * SyntheticData.gaussian(random));
            }
            next[s][0] = (float) Math.sin(omega * length + phase);
        }
        return TensorDataset.builder("sine-forecast", n).floats("history", Field.Role.INPUT, List.of("T", 1L), history)
                .floats("next", Field.Role.TARGET, List.of(1L), next).build();
    }

    /**
     * Next-step prediction of a sine wave of period 16 with random amplitude (0.5 to 1.5) and phase:
     * {@code values} [T, 1] and {@code next} [T, 1], the same wave one step later (many-to-many).
     * A model of it generates the wave by feeding each prediction back as its next input.
     */
    public static TensorDataset sineNext(int n, int length, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[][] values = new float[n][length];
        float[][] next = new float[n][length];
        for (int s = 0; s < n; s++) {
            double amplitude = 0.5 + random.nextDouble();
            double phase = 2 * Math.PI * random.nextDouble();
            for (int t = 0; t < length; t++) {
                values[s][t] = (float) (amplitude * Math.sin(2 * Math.PI * t / 16 + phase));
                next[s][t] = (float) (amplitude * Math.sin(2 * Math.PI * (t + 1) / 16 + phase));
            }
        }
        return TensorDataset.builder("sine-next", n).floats("values", Field.Role.INPUT, List.of("T", 1L), values)
                .floats("next", Field.Role.TARGET, List.of("T", 1L), next).build();
    }

    /** From (amplitude, phase) the T values a·sin(0.4·t + phase) [T, 1] (one-to-many). */
    public static TensorDataset sineGeneration(int n, int length, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[][] parameters = new float[n][2];
        float[][] values = new float[n][length];
        for (int s = 0; s < n; s++) {
            double amplitude = 0.5 + random.nextDouble();
            double phase = 2 * Math.PI * random.nextDouble();
            parameters[s][0] = (float) amplitude;
            parameters[s][1] = (float) phase;
            for (int t = 0; t < length; t++) {
                values[s][t] = (float) (amplitude * Math.sin(0.4 * t + phase));
            }
        }
        return TensorDataset.builder("sine-generation", n).floats("parameters", Field.Role.INPUT, List.of(2L), parameters)
                .floats("values", Field.Role.TARGET, List.of((long) length, 1L), values).build();
    }

    /**
     * Seq2seq transductions of random symbol sequences: "reverse", "copy" or "sort". Fields
     * {@code source}, {@code decoder_input} (the target shifted right after the start token: teacher
     * forcing) and {@code target}.
     */
    public static TensorDataset transduction(String task, int n, int length, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        long[][] source = new long[n][length];
        long[][] decoderInput = new long[n][length];
        long[][] target = new long[n][length];
        for (int s = 0; s < n; s++) {
            for (int t = 0; t < length; t++) {
                source[s][t] = FIRST_SYMBOL + random.nextInt(VOCABULARY - FIRST_SYMBOL);
            }
            for (int t = 0; t < length; t++) {
                target[s][t] = switch (task) {
                    case "reverse" -> source[s][length - 1 - t];
                    case "copy" -> source[s][t];
                    default -> 0;
                };
            }
            if (task.equals("sort")) {
                target[s] = source[s].clone();
                Arrays.sort(target[s]);
            }
            decoderInput[s][0] = START;
            System.arraycopy(target[s], 0, decoderInput[s], 1, length - 1);
        }
        return TensorDataset.builder(task, n).longs("source", Field.Role.INPUT, List.of("T"), source)
                .longs("decoder_input", Field.Role.INPUT, List.of("T"), decoderInput)
                .longs("target", Field.Role.TARGET, List.of("T"), target).classes(VOCABULARY).build();
    }
}
