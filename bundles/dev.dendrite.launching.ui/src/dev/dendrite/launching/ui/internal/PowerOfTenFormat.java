package dev.dendrite.launching.ui.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.FieldPosition;
import java.text.Format;
import java.text.ParsePosition;

/**
 * Tick labels for an axis that plots log10 of its values on a linear scale: the tick at -4 reads
 * "1e-4", at -4.5 "3.2e-5", at 1 "10". SWTChart's own log scale put its ticks at the data's first
 * value (2, 0.2, 0.02, ...) and wrote eight-decimal labels that drifted with rounding.
 */
final class PowerOfTenFormat extends Format {

    private static final long serialVersionUID = 1L;

    /**
     * The label of the axis value {@code exponent}, that is of 10^exponent, to two significant digits:
     * a narrow range ticks at tenths of a decade (1.3, 1, 0.79, 0.63), which one digit wrote twice.
     */
    static String label(double exponent) {
        if (!Double.isFinite(exponent)) {
            return "";
        }
        long whole = (long) Math.floor(exponent + 1e-9);
        BigDecimal mantissa = new BigDecimal(Math.pow(10, exponent - whole)).round(new MathContext(2));
        if (mantissa.compareTo(BigDecimal.TEN) >= 0) {
            mantissa = BigDecimal.ONE;
            whole++;
        }
        mantissa = mantissa.stripTrailingZeros();
        if (whole >= -2 && whole <= 3) {
            // Small powers read better written out: 0.01, 0.5, 20, 1000.
            return mantissa.scaleByPowerOfTen((int) whole).stripTrailingZeros().toPlainString();
        }
        return mantissa.toPlainString() + "e" + whole;
    }

    /**
     * The exponent each recent label was written for. SWTChart reads every label back and writes
     * "..." where the value read lies more than 2 pixels from its tick: read as log10 of the rounded
     * label ("1.3" for 10^0.1), a narrow range's ticks all became "...".
     */
    private final transient java.util.Map<String, Double> written = new java.util.LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<String, Double> eldest) {
            return size() > 256;
        }
    };

    @Override
    public StringBuffer format(Object value, StringBuffer to, FieldPosition position) {
        double exponent = ((Number) value).doubleValue();
        String label = label(exponent);
        written.put(label, exponent);
        return to.append(label);
    }

    /** The axis value (the exponent) of a label, as SWTChart reads its labels back. */
    @Override
    public Object parseObject(String source, ParsePosition position) {
        Double exponent = written.get(source.substring(position.getIndex()).trim());
        if (exponent != null) {
            position.setIndex(source.length());
            return exponent;
        }
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
