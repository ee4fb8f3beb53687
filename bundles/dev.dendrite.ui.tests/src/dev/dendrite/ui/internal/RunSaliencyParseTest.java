package dev.dendrite.ui.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import dev.dendrite.launching.internal.RunSaliency;

/** The view reads a picture's signed map where the saliency gives one (attributions), else its map; a sequence's scores; a graph's per node and edge. */
class RunSaliencyParseTest {

    @Test
    void attributionsKeepTheirSign() {
        RunSaliency.Maps signed = RunSaliency.parse("""
                {"mapShape": [1, 2], "samples": [{"sample": 4, "map": [0.5, 0.25], "signedMap": [-0.5, 0.25]}]}""");
        assertArrayEquals(new float[] {-0.5f, 0.25f}, signed.bySample().get(4));
        RunSaliency.Maps plain = RunSaliency.parse("""
                {"mapShape": [1, 2], "samples": [{"sample": 4, "map": [0.5, 0.25]}]}""");
        assertArrayEquals(new float[] {0.5f, 0.25f}, plain.bySample().get(4));
        RunSaliency.Maps tokens = RunSaliency.parse("""
                {"samples": [{"sample": 1, "position": 2, "tokens": [3, 4], "scores": [-1.0, 2.0]}]}""");
        assertArrayEquals(new float[] {-1f, 2f}, tokens.bySteps().get(RunSaliency.step(1, 2)));
        assertEquals(1, tokens.bySample().size());
        assertEquals(0, tokens.edgesBySample().size());
    }

    @Test
    void graphsGiveScoresPerNodeAndPerEdge() {
        RunSaliency.Maps graph = RunSaliency.parse("""
                {"unit": "node", "samples": [{"sample": 45, "graph": 1, "node": 5, "nodes": [0.1, -0.2, 0.3],
                 "edges": [[0, 1], [1, 2]], "edgeScores": [0.5, -0.25]}]}""");
        assertArrayEquals(new float[] {0.1f, -0.2f, 0.3f}, graph.bySample().get(45));
        assertArrayEquals(new float[] {0.5f, -0.25f}, graph.edgesBySample().get(45));
    }

    @Test
    void anEncoderDecodersPairGivesARowPerOutputStep() {
        RunSaliency.Maps pair = RunSaliency.parse("""
                {"method": "gradient", "samples": [{"sample": 3, "source": [5, 6], "decoderInput": [1, 6, 5], "read": [6, 5, 2],
                 "map": [[0.1, 0.9], [0.8, 0.2], [0.5, 0.5]]}]}""");
        assertArrayEquals(new float[] {0.8f, 0.2f}, pair.bySteps().get(RunSaliency.step(3, 1)));
        assertEquals(3, pair.bySteps().size());
    }
}
