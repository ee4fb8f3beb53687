package dev.dendrite.cli.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import dev.dendrite.analysis.prediction.PictureInput;
import dev.dendrite.cli.UsageException;

/**
 * What {@code dendrite predict} reads: image files, folders of images and CSV rows, each as one
 * input of the model's shape, with a name (the file, or the CSV file and its line) and whether the
 * picture was inverted. For a model of sequences (its dim 1 free) a CSV row is one sequence of any
 * length: token ids, or values step after step.
 */
record PredictInputs(List<String> names, List<float[]> values, List<Boolean> inverted, List<Boolean> images, long[] sampleShape,
        PictureInput pictures) {

    private static final List<String> IMAGE_TYPES = List.of(".png", ".jpg", ".jpeg", ".gif", ".bmp");

    static PredictInputs read(List<String> arguments, long[] modelShape, PictureInput.Invert invert, boolean centre, int most)
            throws UsageException {
        long[] sampleShape = java.util.Arrays.copyOfRange(modelShape, 1, modelShape.length);
        // A model of sequences leaves its steps free (dim 1); each input then holds a whole number of steps of perStep values.
        boolean sequences = sampleShape.length >= 1 && sampleShape[0] < 0;
        long perStep = 1;
        for (int d = sequences ? 1 : 0; d < sampleShape.length; d++) {
            perStep = sampleShape[d] < 0 ? -1 : perStep * sampleShape[d];
        }
        if (perStep <= 0) {
            throw new UsageException("the model's input has a free dimension besides the batch and the steps "
                    + java.util.Arrays.toString(modelShape) + ": predict feeds inputs of one fixed shape or sequences of steps of one");
        }
        List<String> names = new ArrayList<>();
        List<float[]> values = new ArrayList<>();
        List<Boolean> inverted = new ArrayList<>();
        List<Boolean> images = new ArrayList<>();
        PictureInput pictures = null;
        for (String argument : arguments) {
            Path path = Path.of(argument);
            if (!Files.exists(path)) {
                throw new UsageException(path + " does not exist");
            }
            List<Path> files = new ArrayList<>();
            if (Files.isDirectory(path)) {
                try (Stream<Path> list = Files.list(path)) {
                    list.filter(PredictInputs::isImage).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UsageException(path + " cannot be listed: " + e.getMessage());
                }
                if (files.isEmpty()) {
                    throw new UsageException(path + " holds no image (PNG, JPEG, GIF or BMP)");
                }
            } else {
                files.add(path);
            }
            for (Path file : files) {
                if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
                    rows(file, (int) perStep, sequences, names, values, inverted);
                    while (images.size() < names.size()) {
                        images.add(false);
                    }
                } else if (sequences) {
                    throw new UsageException(file + ": the model reads sequences " + java.util.Arrays.toString(modelShape) + ": give CSV rows, "
                            + "one sequence each (token ids, or " + perStep + " value(s) per step)");
                } else {
                    if (pictures == null) {
                        try {
                            pictures = PictureInput.forModelInput(modelShape, invert, centre);
                        } catch (IllegalArgumentException e) {
                            throw new UsageException(file + ": " + e.getMessage());
                        }
                    }
                    try {
                        PictureInput.Picture picture = pictures.read(file);
                        names.add(file.toString());
                        values.add(picture.values());
                        inverted.add(picture.inverted());
                        images.add(true);
                    } catch (IOException e) {
                        throw new UsageException(e.getMessage());
                    }
                }
                if (values.size() > most) {
                    throw new UsageException("more than " + most + " inputs: predict reads inputs to look at; evaluate scores a data set");
                }
            }
        }
        return new PredictInputs(List.copyOf(names), List.copyOf(values), List.copyOf(inverted), List.copyOf(images), sampleShape, pictures);
    }

    private static boolean isImage(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(file) && IMAGE_TYPES.stream().anyMatch(name::endsWith);
    }

    /**
     * One input per CSV row of {@code size} numbers (of any positive multiple of it for {@code sequences}:
     * that many steps); a first row that is not all numbers is a header.
     */
    private static void rows(Path file, int size, boolean sequences, List<String> names, List<float[]> values, List<Boolean> inverted)
            throws UsageException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UsageException(file + " cannot be read: " + e.getMessage());
        }
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] cells = line.split("\\s*,\\s*");
            float[] row = new float[cells.length];
            try {
                for (int c = 0; c < cells.length; c++) {
                    row[c] = Float.parseFloat(cells[c]);
                }
            } catch (NumberFormatException e) {
                if (n == 0) {
                    continue; // a header
                }
                throw new UsageException(file + " line " + (n + 1) + ": '" + line + "' is not a row of numbers");
            }
            if (sequences && row.length % size != 0) {
                throw new UsageException(file + " line " + (n + 1) + " has " + row.length + " numbers; the model reads " + size
                        + " per step of a sequence");
            }
            if (!sequences && row.length != size) {
                throw new UsageException(file + " line " + (n + 1) + " has " + row.length + " numbers; the model reads " + size + " per input");
            }
            names.add(file + ":" + (n + 1));
            values.add(row);
            inverted.add(false);
        }
    }

    /**
     * Writes each picture as the model read it to {@code dir} (NAME.input.png, NAME-2.input.png where
     * two inputs share a name); the file of each input, null for CSV rows.
     */
    List<Path> save(Path dir) throws UsageException {
        List<Path> written = new ArrayList<>();
        java.util.Set<String> taken = new java.util.HashSet<>();
        try {
            Files.createDirectories(dir);
            for (int i = 0; i < names.size(); i++) {
                if (!images.get(i)) {
                    written.add(null);
                    continue;
                }
                String base = Path.of(names.get(i)).getFileName().toString().replaceFirst("\\.[^.]+$", "");
                String name = base;
                for (int k = 2; !taken.add(name); k++) {
                    name = base + "-" + k;
                }
                Path file = dir.resolve(name + ".input.png");
                ImageIO.write(pictures.image(values.get(i)), "png", file.toFile());
                written.add(file);
            }
        } catch (IOException e) {
            throw new UsageException("cannot write the inputs to " + dir + ": " + e.getMessage());
        }
        return written;
    }

    /** Writes an autoencoder's reconstruction of each saved picture beside it (NAME.reconstruction.png); the files by input. */
    java.util.Map<Integer, Path> saveReconstructions(List<Path> seen, List<dev.dendrite.analysis.prediction.Predictions.Prediction> predictions)
            throws UsageException {
        java.util.Map<Integer, Path> written = new java.util.LinkedHashMap<>();
        try {
            for (int i = 0; i < predictions.size(); i++) {
                if (seen.get(i) != null && predictions.get(i).reconstructed()) {
                    Path file = seen.get(i).resolveSibling(seen.get(i).getFileName().toString().replace(".input.png", ".reconstruction.png"));
                    ImageIO.write(pictures.image(predictions.get(i).values()), "png", file.toFile());
                    written.put(i, file);
                }
            }
        } catch (IOException e) {
            throw new UsageException("cannot write the reconstructions: " + e.getMessage());
        }
        return written;
    }
}
