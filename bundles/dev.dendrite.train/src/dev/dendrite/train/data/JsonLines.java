package dev.dendrite.train.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/** JSON Lines read line by line: every line not blank one JSON object, handed on with where it stands for messages. */
final class JsonLines {

    /** What a reader does with one line's object; {@code where} is "FILE line N: ". */
    @FunctionalInterface
    interface Line {
        void read(String where, JsonObject json);
    }

    private JsonLines() {
    }

    /** @throws IllegalArgumentException "FILE line N: not a JSON object", or what {@code line} throws */
    static void read(Path file, Line line) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String text;
            int number = 0;
            while ((text = reader.readLine()) != null) {
                number++;
                if (text.isBlank()) {
                    continue;
                }
                String where = file.getFileName() + " line " + number + ": ";
                JsonObject json;
                try {
                    json = JsonParser.parseString(text).getAsJsonObject();
                } catch (JsonParseException | IllegalStateException e) {
                    throw new IllegalArgumentException(where + "not a JSON object");
                }
                line.read(where, json);
            }
        }
    }
}
