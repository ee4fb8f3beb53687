package dev.dendrite.analysis.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;

import dev.dendrite.analysis.evaluation.SaliencyImages;

/**
 * A token sequence as a line of its ids; with saliency scores, each token on a background tinted
 * towards red and yellow by its share of the largest score (the pictures' heat scale), so the
 * tokens a class was read from stand out wherever they stand; a signed score's evidence against the
 * class (input × gradient, integrated gradients) towards blue. A tagger's mistaken token is boxed.
 */
final class TokenLine {

    /** The colour of evidence against the class. */
    private static final int AGAINST = 0x3168D6;

    /** The line's width: about twenty ids of two digits before it wraps. */
    private static final int WIDTH = 230;

    private TokenLine() {
    }

    /**
     * A read-only line of {@code tokens} under {@code parent}; {@code scores} (one per token, or
     * null) tint it, and the token at {@code marked} (or none, -1) is boxed in red and bold.
     */
    static StyledText of(Composite parent, long[] tokens, float[] scores, int marked) {
        StyledText text = new StyledText(parent, SWT.READ_ONLY | SWT.WRAP);
        StringBuilder line = new StringBuilder();
        int[] starts = new int[tokens.length];
        for (int t = 0; t < tokens.length; t++) {
            line.append(t == 0 ? "" : " ");
            starts[t] = line.length();
            line.append(tokens[t]);
        }
        text.setText(line.toString());
        text.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        GridData layout = new GridData(SWT.LEFT, SWT.TOP, false, false);
        layout.widthHint = WIDTH;
        text.setLayoutData(layout);
        float[] shares = shares(scores, tokens.length);
        List<StyleRange> ranges = new ArrayList<>();
        if (shares == null) {
            if (marked >= 0 && marked < tokens.length) {
                ranges.add(marked(starts[marked], String.valueOf(tokens[marked]).length(), null, parent));
                text.setStyleRanges(ranges.toArray(StyleRange[]::new));
            }
            return text;
        }
        StringBuilder tip = new StringBuilder("Saliency per token (the largest 1):");
        for (int t = 0; t < tokens.length; t++) {
            Color background = tint(shares[t]);
            int length = String.valueOf(tokens[t]).length();
            ranges.add(t == marked ? marked(starts[t], length, background, parent) : new StyleRange(starts[t], length, null, background));
            tip.append(String.format(Locale.ROOT, " %d (%.2f)", tokens[t], shares[t]));
        }
        text.setStyleRanges(ranges.toArray(StyleRange[]::new));
        text.setToolTipText(tip.toString());
        return text;
    }

    /** A mistaken token's style: red, bold, boxed. */
    private static StyleRange marked(int start, int length, Color background, Composite parent) {
        StyleRange range = new StyleRange(start, length, parent.getDisplay().getSystemColor(SWT.COLOR_RED), background, SWT.BOLD);
        range.borderStyle = SWT.BORDER_SOLID;
        range.borderColor = parent.getDisplay().getSystemColor(SWT.COLOR_RED);
        return range;
    }

    /**
     * Each score's share of the largest magnitude, signed (input × gradient and integrated gradients attribute against the
     * class too), or null where there are no scores for these tokens.
     */
    static float[] shares(float[] scores, int tokens) {
        if (scores == null || scores.length != tokens) {
            return null;
        }
        float top = 0;
        for (float s : scores) {
            top = Math.max(top, Math.abs(s));
        }
        float[] shares = new float[tokens];
        for (int t = 0; t < tokens; t++) {
            shares[t] = top > 0 ? scores[t] / top : 0;
        }
        return shares;
    }

    /**
     * White tinted towards the heat scale's colour of {@code share} (0 to 1), the more the larger the share; a negative share
     * (evidence against the class) towards blue.
     */
    static Color tint(float share) {
        int heat = share >= 0 ? SaliencyImages.heat(share) : AGAINST;
        double alpha = 0.85 * Math.abs(share);
        return new Color(blend(255, heat >> 16 & 0xFF, alpha), blend(255, heat >> 8 & 0xFF, alpha), blend(255, heat & 0xFF, alpha));
    }

    private static int blend(int under, int over, double alpha) {
        return (int) Math.round((1 - alpha) * under + alpha * over);
    }
}
