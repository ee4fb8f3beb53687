package dev.dendrite.launching.ui.internal;

import java.text.FieldPosition;
import java.text.Format;
import java.text.ParsePosition;
import java.util.Locale;

/**
 * Tick labels for an axis that plots log10 of its values on a linear scale: the tick at -4 reads
 * "1e-4", at -4.5 "3e-5", at 1 "10". SWTChart's own log scale put its ticks at the data's first
 * value (2, 0.2, 0.02, ...) and wrote eight-decimal labels that drifted with rounding.
 */
final class PowerOfTenFormat extends Format {

    private static final long serialVersionUID = 1L;

    /** The label of the axis value {@code exponent}, that is of 10^exponent. */
    static String label(double exponent) {
        if (!Double.isFinite(exponent)) {
            return "";
        }
        long whole = (long) Math.floor(exponent + 1e-9);
        long mantissa = Math.round(Math.pow(10, exponent - whole));
        if (mantissa >= 10) {
            mantissa = 1;
            whole++;
        }
        if (whole >= -2 && whole <= 3) {
            // Small powers read better written out: 0.01, 0.5, 20, 1000.
            double value = mantissa * Math.pow(10, whole);
            return whole < 0 ? String.format(Locale.ROOT, "%." + (-whole) + "f", value) : Long.toString(Math.round(value));
        }
        return mantissa + "e" + whole;
    }

    @Override
    public StringBuffer format(Object value, StringBuffer to, FieldPosition position) {
        return to.append(label(((Number) value).doubleValue()));
    }

    /** The axis value (the exponent) of a label, as SWTChart reads its labels back. */
    @Override
    public Object parseObject(String source, ParsePosition position) {
        try {
            double value = Double.parseDouble(source.substring(position.getIndex()).trim());
            position.setIndex(source.length());
            return Math.log10(value);
        } catch (NumberFormatException e) {
            position.setErrorIndex(position.getIndex());
            return null;
        }
    }
}
