package dev.dendrite.launching.ui.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * How the settings tabs of one launch dialog check a configuration: one validator (the command
 * line's rules) for the whole configuration, and which tab a problem belongs to, so that only that
 * tab is marked. The dialog asks every tab in turn about the same attributes, so the last answer is
 * kept for a moment; not longer, because a network file can change on disk while the attributes
 * stay the same.
 */
final class TabChecks {

    /** How long an answer is reused for the same attributes: one round of the dialog asking every tab. */
    private static final long REUSE_NANOS = 500_000_000L;

    private final Function<Map<String, Object>, String> validator;
    private final List<SettingsTab> tabs;
    private Map<String, Object> lastAttributes;
    private long lastAt;
    private String lastProblem;
    private SettingsTab lastOwner;

    TabChecks(Function<Map<String, Object>, String> validator, List<SettingsTab> tabs) {
        this.validator = validator;
        this.tabs = List.copyOf(tabs);
    }

    /** The configuration's first problem in the command line's words, or null. */
    String problem(Map<String, Object> attributes) {
        if (attributes.equals(lastAttributes) && System.nanoTime() - lastAt < REUSE_NANOS) {
            return lastProblem;
        }
        lastAttributes = new HashMap<>(attributes);
        lastAt = System.nanoTime();
        lastProblem = validator.apply(attributes);
        lastOwner = null;
        return lastProblem;
    }

    /**
     * The tab whose fields cause {@code problem}: the first whose fields alone, with the first tab's
     * (what is launched: the network, the sweep file), give the same problem; the first tab where
     * no single tab does (a problem of two tabs' settings together).
     */
    SettingsTab owner(Map<String, Object> attributes, String problem) {
        if (lastOwner != null && problem.equals(lastProblem) && attributes.equals(lastAttributes)) {
            return lastOwner;
        }
        SettingsTab first = tabs.get(0);
        SettingsTab owner = first;
        for (SettingsTab tab : tabs) {
            Map<String, Object> own = new HashMap<>();
            attributes.forEach((key, value) -> {
                if (first.owns(key) || tab.owns(key)) {
                    own.put(key, value);
                }
            });
            if (problem.equals(validator.apply(own))) {
                owner = tab;
                break;
            }
        }
        lastOwner = owner;
        return owner;
    }
}
