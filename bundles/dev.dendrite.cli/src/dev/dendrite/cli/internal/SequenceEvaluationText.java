package dev.dendrite.cli.internal;

import java.util.List;
import java.util.Locale;

import dev.dendrite.analysis.evaluation.SequenceReport;

/** The lines {@code dendrite evaluate} prints about a sequence model: scores by position and length, greedy decoding. */
final class SequenceEvaluationText {

    /** Points printed per line at most; longer sequences show every k-th position. */
    private static final int POINTS = 24;

    private SequenceEvaluationText() {
    }

    static void append(SequenceReport s, StringBuilder text) {
        boolean accuracy = s.accuracies();
        if (SequenceReport.PER_STEP.equals(s.unit())) {
            text.append(String.format(Locale.ROOT, "scored per real step of %,d sequences (padding not counted)%s%n", s.sequences(),
                    Double.isNaN(s.sequenceAccuracy()) ? "" : String.format(Locale.ROOT, "; every step right in %.2f%% of them",
                            100 * s.sequenceAccuracy())));
        }
        if (!s.byPosition().isEmpty()) {
            text.append(label("by position", accuracy)).append(points(s.byPosition(), accuracy)).append('\n');
        }
        if (!s.byLength().isEmpty()) {
            text.append(label("by sequence length", accuracy)).append(points(s.byLength(), accuracy)).append('\n');
        }
        SequenceReport.Greedy g = s.greedy();
        if (g != null) {
            text.append(String.format(Locale.ROOT, "greedy decoding (%s fed each prediction instead of the target): token accuracy %.2f%%, "
                    + "%.2f%% of sequences entirely right%n", g.input(), 100 * g.tokenAccuracy(), 100 * g.sequenceAccuracy()));
            text.append(label("greedy by position", true)).append(points(g.byPosition(), true)).append('\n');
        }
    }

    private static String label(String what, boolean accuracy) {
        return what + (accuracy ? " (accuracy):" : " (mean squared error):");
    }

    private static String points(List<SequenceReport.Point> points, boolean accuracy) {
        int every = Math.max(1, (points.size() + POINTS - 1) / POINTS);
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < points.size(); i += every) {
            SequenceReport.Point p = points.get(i);
            line.append(' ').append(p.at()).append(' ').append(accuracy ? String.format(Locale.ROOT, "%.1f%%", 100 * p.score())
                    : String.format(Locale.ROOT, "%.4g", p.score()));
            line.append(i + every < points.size() ? ";" : "");
        }
        return line.toString();
    }
}
