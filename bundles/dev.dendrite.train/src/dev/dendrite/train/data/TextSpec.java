package dev.dendrite.train.data;

import java.nio.file.Path;

/**
 * A character-level text data set's specification, {@code text:FILE[,WINDOW]}: the file and the
 * window of characters a sample holds (32 unless given).
 */
public record TextSpec(Path file, int window) {

    public static final String PREFIX = "text:";
    static final int DEFAULT_WINDOW = 32;

    /**
     * The specification {@code spec} names, or null where it is no text data set.
     *
     * @throws IllegalArgumentException where the window is not a whole number
     */
    public static TextSpec parse(String spec) {
        if (spec == null || !spec.startsWith(PREFIX)) {
            return null;
        }
        String[] parts = spec.substring(PREFIX.length()).split(",");
        try {
            return new TextSpec(Path.of(parts[0]), parts.length > 1 ? Integer.parseInt(parts[1].strip()) : DEFAULT_WINDOW);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("text: needs FILE[,WINDOW] with a whole number of characters, not '" + parts[1] + "'");
        }
    }

    /** The distinct characters (code points) of {@code text}, sorted: a character's token id is its index here. */
    public static int[] alphabet(String text) {
        return text.codePoints().distinct().sorted().toArray();
    }
}
