package dev.dendrite.analysis.prediction;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The names of a data set's classes where it has them: Fashion-MNIST's ten garments, an image
 * folder's class folders (in the order their labels were given: sorted), a text's characters
 * (blanks shown as signs); digits and synthetic sets are their own labels.
 */
public final class ClassNames {

    private static dev.dendrite.train.data.TextSpec textSpec(String spec) {
        try {
            return dev.dendrite.train.data.TextSpec.parse(spec);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A character as a class name: blanks and control characters as visible signs. */
    static String character(int codePoint) {
        return switch (codePoint) {
            case ' ' -> "␣";
            case '\n' -> "⏎";
            case '\t' -> "⇥";
            case '\r' -> "␍";
            default -> Character.isISOControl(codePoint) || Character.isWhitespace(codePoint) ? String.format("U+%04X", codePoint)
                    : Character.toString(codePoint);
        };
    }

    /** Fashion-MNIST's labels 0 to 9, as its authors name them. */
    static final List<String> FASHION = List.of("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag",
            "Ankle boot");

    private ClassNames() {
    }

    /** The names of {@code classes} classes of the data set {@code spec}, or an empty list where its labels are their own names. */
    public static List<String> of(String spec, int classes) {
        if (spec == null) {
            return List.of();
        }
        if (spec.equals("fashion-mnist") && classes == FASHION.size()) {
            return FASHION;
        }
        dev.dendrite.train.data.TextSpec text = textSpec(spec);
        if (text != null) {
            try {
                int[] alphabet = dev.dendrite.train.data.TextSpec.alphabet(Files.readString(text.file(), java.nio.charset.StandardCharsets.UTF_8));
                if (alphabet.length > classes) {
                    return List.of();
                }
                List<String> names = new java.util.ArrayList<>();
                for (int c = 0; c < classes; c++) {
                    // A model's vocabulary may be larger than the text's: the ids past its characters are never a target.
                    names.add(c < alphabet.length ? character(alphabet[c]) : "#" + c);
                }
                return List.copyOf(names);
            } catch (IOException e) {
                return List.of(); // the text has moved since training: ids only
            }
        }
        if (spec.startsWith("images:")) {
            Path root = Path.of(spec.substring("images:".length()).strip());
            try (Stream<Path> list = Files.list(root)) {
                List<String> folders = list.filter(Files::isDirectory).sorted().map(p -> p.getFileName().toString()).toList();
                return folders.size() == classes ? folders : List.of();
            } catch (IOException e) {
                return List.of(); // the folder has moved since training: labels only
            }
        }
        return List.of();
    }
}
