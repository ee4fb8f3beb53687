package dev.dendrite.analysis.evaluation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.dendrite.train.data.Field;
import dev.dendrite.train.data.HostTensor;
import dev.dendrite.train.run.SequenceOutputs;

/** Sequence scoring: padded steps never count; scores by position and length; mistakes name the sequence and the step. */
class SequenceScoringTest {

    private static final Field TAGS = new Field("tags", Field.Role.TARGET, Field.ElementType.INT64, List.of("T"));

    /** Two sequences padded to 3 steps, in the batch as samples 1 and 0: sample 1 has 2 real steps, sample 0 three. */
    private static SequenceOutputs.Batch taggedBatch() {
        float[] logits = {
            0, 3, 0, 1, 5, 0, // sample 1: predicts 1, 1, (padding: 0)
            2, 0, 0, 2, 2, 0}; // sample 0: predicts 0, 1, 0
        long[] labels = {1, 1, 0, 0, 0, 0};
        return new SequenceOutputs.Batch(new int[] {1, 0}, 2, logits, new long[] {2, 3, 2}, HostTensor.of(new long[] {2, 3}, labels),
                new int[] {2, 3}, new int[] {2, 3});
    }

    @Test
    void scoresRealStepsByPositionAndLength() {
        SequenceScoring scoring = new SequenceScoring(TAGS);
        scoring.add(taggedBatch());
        Evaluation e = scoring.evaluation("m", "d", "test", null, null);
        ClassificationReport c = e.classification();
        // Five real steps, four right; the padded step (right by chance) is not among them.
        assertEquals(5, c.samples());
        assertEquals(0.8, c.accuracy(), 1e-12);
        SequenceReport s = e.sequence();
        assertEquals(SequenceReport.PER_STEP, s.unit());
        assertEquals(2, s.sequences());
        assertEquals(0.5, s.sequenceAccuracy(), 1e-12, "only sample 1 is right at every step");
        assertEquals(List.of(new SequenceReport.Point(0, 2, 1.0), new SequenceReport.Point(1, 2, 0.5), new SequenceReport.Point(2, 1, 1.0)),
                s.byPosition());
        assertEquals(List.of(new SequenceReport.Point(2, 2, 1.0), new SequenceReport.Point(3, 3, 2.0 / 3)), s.byLength());
        // The one mistake: sample 0 (the batch's second row), step 1, a 0 read as 1.
        assertEquals(1, c.mistakes().size());
        assertEquals(0, c.mistakes().get(0).sample());
        assertEquals(0, c.mistakes().get(0).actual());
        assertEquals(1, c.mistakes().get(0).predicted());
        assertArrayEquals(new int[] {1}, s.mistakePositions());
        assertNull(s.greedy());
    }

    @Test
    void keepsTheSequenceReportThroughItsJson() {
        SequenceScoring scoring = new SequenceScoring(TAGS);
        scoring.add(taggedBatch());
        Evaluation e = scoring.evaluation("m", "d", "test", new dev.dendrite.train.run.GreedyDecoding.Result(0.6, 0.25, 6, 2,
                new double[] {1, 0.5, 0.25}), "decoder_input");
        Evaluation back = Evaluation.fromJson(e.toJson());
        assertEquals(e.sequence().byPosition(), back.sequence().byPosition());
        assertEquals(e.sequence().byLength(), back.sequence().byLength());
        assertArrayEquals(e.sequence().mistakePositions(), back.sequence().mistakePositions());
        assertEquals(e.sequence().greedy(), back.sequence().greedy());
        assertEquals("decoder_input", back.sequence().greedy().input());
        assertEquals(0.25, back.sequence().greedy().byPosition().get(2).score(), 1e-12);
        assertEquals(e.sequence().sequenceAccuracy(), back.sequence().sequenceAccuracy(), 1e-12);
        assertEquals(1, e.toJson().getAsJsonArray("mistakes").get(0).getAsJsonObject().get("position").getAsInt());
        // Vector and image evaluations say so with a null member.
        Evaluation plain = new Evaluation("m", "d", "test", e.classification(), null);
        assertTrue(plain.toJson().get("sequence").isJsonNull());
        assertNull(Evaluation.fromJson(plain.toJson()).sequence());
    }

    @Test
    void scoresValuesPerStepAsSquaredErrorsByPosition() {
        Field next = new Field("next", Field.Role.TARGET, Field.ElementType.FLOAT, List.of("T", 1L));
        SequenceScoring scoring = new SequenceScoring(next);
        // Sample 0: 2 real steps off by 1 and 0; sample 1: 1 real step off by 2, its padded step off by 9 (not scored).
        scoring.add(new SequenceOutputs.Batch(new int[] {0, 1}, 2, new float[] {1, 0, 2, 9}, new long[] {2, 2, 1},
                HostTensor.of(new long[] {2, 2, 1}, new float[] {0, 0, 0, 0}), new int[] {2, 1}, new int[] {2, 1}));
        Evaluation e = scoring.evaluation("m", "d", "test", null, null);
        assertEquals(3, e.regression().samples());
        assertEquals((1 + 0 + 4) / 3.0, e.regression().meanSquaredError(), 1e-12);
        SequenceReport s = e.sequence();
        assertEquals(SequenceReport.MEAN_SQUARED_ERROR, s.score());
        assertEquals(List.of(new SequenceReport.Point(0, 2, 2.5), new SequenceReport.Point(1, 1, 0.0)), s.byPosition());
        assertTrue(Double.isNaN(s.sequenceAccuracy()));
    }

    @Test
    void scoresOneClassPerSequenceByLength() {
        Field parity = new Field("parity", Field.Role.TARGET, Field.ElementType.INT64, List.of());
        SequenceScoring scoring = new SequenceScoring(parity);
        // A binary classifier's single logit: 2 (class 1), -1 (class 0), 3 (class 1).
        scoring.add(new SequenceOutputs.Batch(new int[] {2, 0, 1}, 3, new float[] {2, -1, 3}, new long[] {3, 1},
                HostTensor.of(new long[] {3}, new long[] {1, 1, 1}), new int[] {4, 2, 4}, new int[] {1, 1, 1}));
        Evaluation e = scoring.evaluation("m", "d", "test", null, null);
        assertEquals(2.0 / 3, e.classification().accuracy(), 1e-12);
        assertEquals(SequenceReport.PER_SEQUENCE, e.sequence().unit());
        assertTrue(e.sequence().byPosition().isEmpty());
        assertEquals(List.of(new SequenceReport.Point(2, 1, 0.0), new SequenceReport.Point(4, 2, 1.0)), e.sequence().byLength());
        // The mistake is the batch's second row: sample 0.
        assertEquals(0, e.classification().mistakes().get(0).sample());
        assertEquals(0, e.sequence().mistakePositions().length);
    }
}
