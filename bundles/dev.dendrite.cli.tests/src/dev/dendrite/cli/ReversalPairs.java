package dev.dendrite.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/** A pair file of reversals for the encoder-decoder tests: sources of 3 to 8 tokens of ids 2 to 13 (start 14 and end 15 fit 16). */
final class ReversalPairs {

    private ReversalPairs() {
    }

    static Path write(Path file, int count, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < count; i++) {
            List<Long> source = new ArrayList<>();
            for (int t = 0, length = 3 + random.nextInt(6); t < length; t++) {
                source.add(2L + random.nextInt(12));
            }
            List<Long> target = new ArrayList<>(source);
            Collections.reverse(target);
            lines.append("{\"source\": ").append(source).append(", \"target\": ").append(target).append("}\n");
        }
        return Files.writeString(file, lines);
    }
}
