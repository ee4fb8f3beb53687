package dev.dendrite.analysis.pruning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ladder.json reads back, and its summary has each control's mean and spread over seeds, the dense round shared. */
class LadderTest {

    @Test
    void aWrittenLadderReadsBackAndSummarisesOverSeeds(@TempDir Path dir) throws Exception {
        List<LadderRow> rows = List.of(
                new LadderRow(1, "dense", 0, 1.0, 0.90, 0.3, 100, Map.of("fc/weight", 1.0), "a"),
                new LadderRow(2, "dense", 0, 1.0, 0.92, 0.3, 120, Map.of("fc/weight", 1.0), "b"),
                new LadderRow(1, "imp", 1, 0.8, 0.93, 0.2, 90, Map.of("fc/weight", 0.8), "c"),
                new LadderRow(2, "imp", 1, 0.8, 0.95, 0.2, 110, Map.of("fc/weight", 0.8), "d"),
                new LadderRow(1, "reinit", 1, 0.8, 0.85, 0.4, 130, Map.of("fc/weight", 0.8), "e"));
        LotteryExperiment.write(dir, rows);
        List<LadderRow> back = Ladder.read(dir.resolve("ladder.json"));
        assertEquals(rows, back);
        Map<String, List<Ladder.Point>> summary = Ladder.summary(back);
        assertEquals(List.of("imp", "reinit"), List.copyOf(summary.keySet()));
        Ladder.Point ticket = summary.get("imp").get(1);
        assertEquals(0.94, ticket.meanAccuracy(), 1e-9);
        assertEquals(0.93, ticket.minAccuracy(), 1e-9);
        assertEquals(0.95, ticket.maxAccuracy(), 1e-9);
        assertEquals(2, ticket.seeds());
        assertEquals(0.91, summary.get("reinit").get(0).meanAccuracy(), 1e-9, "the dense round starts every control's line");
    }

    @Test
    void aDamagedLadderIsRefusedNamingWhatIsWrong(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("ladder.json");
        assertEquals(file + " is not a lottery ladder: end of input at line 1 column 11 (at $.rows[0])", refusal(file, "{\"rows\": ["));
        assertEquals(file + " is not a lottery ladder: it has no \"rows\" list", refusal(file, "{\"ladder\": []}"));
        assertEquals(file + " row 2 is not a ladder row: \"earlyStopStep\" is missing", refusal(file, """
                {"rows": [{"seed": 1, "control": "dense", "round": 0, "remaining": 1.0, "earlyStopStep": 10},
                          {"seed": 1, "control": "imp", "round": 1, "remaining": 0.8}]}"""));
        assertTrue(refusal(file, "{\"rows\": [{\"seed\": \"one\"}]}").startsWith(file + " row 1 is not a ladder row: "));
    }

    private static String refusal(Path file, String text) throws Exception {
        Files.writeString(file, text);
        return assertThrows(IOException.class, () -> Ladder.read(file)).getMessage();
    }
}
