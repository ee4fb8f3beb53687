package dev.dendrite.analysis.prediction;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The names of a data set's classes where it has them: Fashion-MNIST's ten garments, an image
 * folder's class folders (in the order their labels were given: sorted); digits and synthetic
 * sets are their own labels.
 */
public final class ClassNames {

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
