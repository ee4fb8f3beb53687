package dev.dendrite.train.run;

/**
 * One thing a health rule found wrong: which layer, what kind ({@link HealthRules}' kinds), when,
 * and what to do about it, in the words the console and the views show.
 */
public record HealthWarning(String layer, String kind, int epoch, long step, String message) {

    /** The metrics record of this warning: {@code {"type":"warning","epoch","step","layer","kind","message"}}. */
    public java.util.Map<String, Object> record() {
        java.util.Map<String, Object> record = new java.util.LinkedHashMap<>();
        record.put("type", "warning");
        record.put("epoch", epoch);
        record.put("step", step);
        record.put("layer", layer);
        record.put("kind", kind);
        record.put("message", message);
        return record;
    }
}
