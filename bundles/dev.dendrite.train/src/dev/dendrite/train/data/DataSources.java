package dev.dendrite.train.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Resolves a data specification to [train, test] sets: {@code mnist}, {@code fashion-mnist},
 * {@code idx:IMAGES,LABELS[,TEST_IMAGES,TEST_LABELS]}, {@code synthetic:two-moons},
 * {@code synthetic:sine} (and cosine, abs, square, step). Unknown names and missing files are
 * one-line {@link IllegalArgumentException}s.
 */
public final class DataSources {

    private DataSources() {
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
        if (spec.equals("synthetic:two-moons")) {
            return new Dataset[] {SyntheticData.twoMoons(2000, 0.1, seed), SyntheticData.twoMoons(1000, 0.1, seed + 1)};
        }
        if (spec.startsWith("synthetic:")) {
            String function = spec.substring("synthetic:".length());
            if (!java.util.List.of("sine", "cosine", "abs", "square", "step").contains(function)) {
                throw new IllegalArgumentException("unknown synthetic data set '" + function
                        + "': use two-moons, sine, cosine, abs, square or step");
            }
            return new Dataset[] {SyntheticData.function(function, 2000, -Math.PI, Math.PI, seed),
                SyntheticData.function(function, 500, -Math.PI, Math.PI, seed + 1)};
        }
        throw new IllegalArgumentException("unknown data '" + spec + "': use mnist, fashion-mnist, idx:IMAGES,LABELS or synthetic:NAME");
    }
}
