package dev.dendrite.analysis.prediction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Class names: Fashion-MNIST's garments, an image folder's class folders in label order, none for digits. */
class ClassNamesTest {

    @Test
    void namesTheClassesOfDataSetsThatNameThem(@TempDir Path dir) throws Exception {
        assertEquals("Ankle boot", ClassNames.of("fashion-mnist", 10).get(9));
        assertEquals(List.of(), ClassNames.of("mnist", 10));
        assertEquals(List.of(), ClassNames.of(null, 10));
        for (String name : new String[] {"dog", "cat", "bird"}) {
            Files.createDirectories(dir.resolve(name));
        }
        // The images: reader labels its folders in sorted order.
        assertEquals(List.of("bird", "cat", "dog"), ClassNames.of("images:" + dir, 3));
        assertEquals(List.of(), ClassNames.of("images:" + dir, 4), "another count of classes: not this folder's");
        assertEquals(List.of(), ClassNames.of("images:" + dir.resolve("moved"), 3));
        // A text's characters, in the order that numbers its tokens, blanks as signs; ids past them by number.
        Path text = dir.resolve("t.txt");
        Files.writeString(text, "ba a\n");
        assertEquals(List.of("⏎", "␣", "a", "b", "#4"), ClassNames.of("text:" + text + ",2", 5));
        assertEquals(List.of(), ClassNames.of("text:" + text, 3), "fewer classes than characters: not this text's model");
    }
}
