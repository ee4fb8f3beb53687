package dev.dendrite.train.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Resolves a data specification to [train, test] sets: {@code mnist}, {@code fashion-mnist},
 * {@code idx:IMAGES,LABELS[,TEST_IMAGES,TEST_LABELS]}, {@code cifar10[:DIR]} (binary batches),
 * {@code csv:FILE}, {@code npy:FEATURES,LABELS}, {@code images:DIR} (PNG folders per class), and
 * {@code synthetic:} two-moons, spirals, swiss-roll, s-curve, sphere, teacher, modular, sine, cosine, abs, square, step.
 * Files without their own test set are split 80/20 with a fixed seed. Unknown names and missing files are
 * one-line {@link IllegalArgumentException}s.
 */
public final class DataSources {

    private DataSources() {
    }

    /**
     * As {@link #load}, and also the typed sequence tasks {@code synthetic:} parity, tagging,
     * sine-forecast, sine-generation, reverse, copy and sort ({@link SequenceData}), the graph sets
     * {@code synthetic:} communities, motifs, cycles, bonds and lookup, {@code graphs:FILE.jsonl[,TEST.jsonl]}
     * ({@link GraphData}), and character-level text {@code text:FILE[,WINDOW]}.
     */
    public static BatchSource[] loadAny(String spec, Path cache, long seed) throws IOException {
        if (spec.startsWith("synthetic:")) {
            String name = spec.substring("synthetic:".length());
            BatchSource[] sets = SequenceData.load(name, seed);
            if (sets == null) {
                sets = GraphData.load(name, seed);
            }
            if (sets != null) {
                return sets;
            }
        }
        TextSpec text = TextSpec.parse(spec);
        if (text != null) {
            return SequenceData.text(text.file(), text.window());
        }
        if (spec.startsWith("sequences:")) {
            return SequenceFiles.load(spec.substring("sequences:".length()));
        }
        if (spec.startsWith("graphs:")) {
            String[] files = spec.substring("graphs:".length()).split(",");
            if (files.length > 2) {
                throw new IllegalArgumentException("graphs: needs FILE.jsonl or TRAIN.jsonl,TEST.jsonl");
            }
            GraphDataset train = GraphData.read(existing(files[0]));
            return files.length == 2 ? new BatchSource[] {train, GraphData.read(existing(files[1]))}
                    : train.split(0.2, NpmDatasets.SPLIT_SEED, "/train", "/test");
        }
        return load(spec, cache, seed);
    }

    public static Dataset[] load(String spec, Path cache, long seed) throws IOException {
        if (spec.equals("mnist") || spec.equals("fashion-mnist")) {
            return NpmDatasets.load(spec, cache);
        }
        if (spec.startsWith("idx:")) {
            String[] files = spec.substring(4).split(",");
            if (files.length != 2 && files.length != 4) {
                throw new IllegalArgumentException("idx: needs IMAGES,LABELS or IMAGES,LABELS,TEST_IMAGES,TEST_LABELS");
            }
            for (String file : files) {
                if (!Files.isRegularFile(Path.of(file))) {
                    throw new IllegalArgumentException("data file " + file + " does not exist");
                }
            }
            Dataset train = IdxFiles.read(Path.of(files[0]), Path.of(files[1]), "idx");
            if (files.length == 4) {
                return new Dataset[] {train, IdxFiles.read(Path.of(files[2]), Path.of(files[3]), "idx/test")};
            }
            return train.split(0.2, NpmDatasets.SPLIT_SEED, "/train", "/test");
        }
        if (spec.startsWith("csv:")) {
            return FileReaders.csv(existing(spec.substring(4))).split(0.2, NpmDatasets.SPLIT_SEED, "/train", "/test");
        }
        if (spec.startsWith("npy:")) {
            String[] files = spec.substring(4).split(",");
            if (files.length != 2) {
                throw new IllegalArgumentException("npy: needs FEATURES.npy,LABELS.npy");
            }
            return FileReaders.npy(existing(files[0]), existing(files[1])).split(0.2, NpmDatasets.SPLIT_SEED, "/train", "/test");
        }
        if (spec.equals("cifar10") || spec.startsWith("cifar10:")) {
            Path dir = spec.equals("cifar10") ? cache.resolve("cifar10") : Path.of(spec.substring("cifar10:".length()));
            if (!Files.isDirectory(dir)) {
                throw new IllegalArgumentException("CIFAR-10 is not in a registry Dendrite can reach: put its binary version"
                        + " (data_batch_1.bin ... test_batch.bin) in " + dir + " or give --data cifar10:DIR");
            }
            java.util.List<Path> batches = new java.util.ArrayList<>();
            for (int i = 1; i <= 5; i++) {
                batches.add(existing(dir.resolve("data_batch_" + i + ".bin").toString()));
            }
            return new Dataset[] {FileReaders.cifar10(batches, "cifar10/train"),
                FileReaders.cifar10(java.util.List.of(existing(dir.resolve("test_batch.bin").toString())), "cifar10/test")};
        }
        if (spec.startsWith("images:")) {
            Path dir = Path.of(spec.substring("images:".length()));
            if (!Files.isDirectory(dir)) {
                throw new IllegalArgumentException("image folder " + dir + " does not exist");
            }
            return FileReaders.imageFolders(dir).split(0.2, NpmDatasets.SPLIT_SEED, "/train", "/test");
        }
        if (spec.equals("synthetic:spirals")) {
            return new Dataset[] {SyntheticData.spirals(2000, 3, 0.03, seed), SyntheticData.spirals(1000, 3, 0.03, seed + 1)};
        }
        if (spec.equals("synthetic:swiss-roll")) {
            return new Dataset[] {SyntheticData.swissRoll(2000, 0.02, seed), SyntheticData.swissRoll(500, 0.02, seed + 1)};
        }
        if (spec.equals("synthetic:s-curve")) {
            return new Dataset[] {SyntheticData.sCurve(2000, 0.02, seed), SyntheticData.sCurve(500, 0.02, seed + 1)};
        }
        if (spec.equals("synthetic:sphere")) {
            return new Dataset[] {SyntheticData.sphere(2000, 0.0, seed), SyntheticData.sphere(500, 0.0, seed + 1)};
        }
        if (spec.equals("synthetic:teacher")) {
            return new Dataset[] {SyntheticData.teacher(4000, 10, 4, seed), SyntheticData.teacher(1000, 10, 4, seed + 1)};
        }
        if (spec.equals("synthetic:modular")) {
            // The split is the data set's own (a fixed shuffle), not the run's seed: runs of every seed meet the same held-out pairs.
            return SyntheticData.modularAddition(97, 0.5, 97);
        }
        if (spec.equals("synthetic:two-moons")) {
            return new Dataset[] {SyntheticData.twoMoons(2000, 0.1, seed), SyntheticData.twoMoons(1000, 0.1, seed + 1)};
        }
        if (spec.startsWith("synthetic:")) {
            String function = spec.substring("synthetic:".length());
            if (!java.util.List.of("sine", "cosine", "abs", "square", "step").contains(function)) {
                throw new IllegalArgumentException("unknown synthetic data set '" + function
                        + "': use two-moons, spirals, swiss-roll, s-curve, sphere, teacher, modular, sine, cosine, abs, square, step, "
                        + String.join(", ", SequenceData.NAMES) + ", " + String.join(", ", GraphData.NAMES));
            }
            return new Dataset[] {SyntheticData.function(function, 2000, -Math.PI, Math.PI, seed),
                SyntheticData.function(function, 500, -Math.PI, Math.PI, seed + 1)};
        }
        throw new IllegalArgumentException("unknown data '" + spec
                + "': use mnist, fashion-mnist, cifar10[:DIR], idx:IMAGES,LABELS, csv:FILE, npy:X,Y, images:DIR, graphs:FILE.jsonl or synthetic:NAME");
    }

    /**
     * One line on what a loaded data set holds, for previews: counts, every field's per-sample shape
     * and type, and the class count ("7,200 training and 2,000 test samples; image 1×28×28 float →
     * label, 10 classes").
     */
    public static String describe(BatchSource[] data) {
        BatchSource train = data[0];
        StringBuilder text = new StringBuilder(String.format(java.util.Locale.ROOT, "%,d training and %,d test samples; ", train.size(),
                data.length > 1 ? data[1].size() : 0));
        text.append(fields(train, Field.Role.INPUT)).append(" → ").append(fields(train, Field.Role.TARGET));
        if (train.classes() > 0) {
            text.append(", ").append(train.classes()).append(" classes");
        }
        return text.toString();
    }

    private static String fields(BatchSource data, Field.Role role) {
        java.util.List<String> described = new java.util.ArrayList<>();
        for (Field field : data.fields(role)) {
            if (field.name().endsWith(":mask")) {
                continue;
            }
            described.add(field.name() + " " + field.shapeText() + " " + field.type().name().toLowerCase(java.util.Locale.ROOT));
        }
        return described.isEmpty() ? "(none)" : String.join(", ", described);
    }

    private static Path existing(String file) {
        if (!Files.isRegularFile(Path.of(file))) {
            throw new IllegalArgumentException("data file " + file + " does not exist");
        }
        return Path.of(file);
    }
}
