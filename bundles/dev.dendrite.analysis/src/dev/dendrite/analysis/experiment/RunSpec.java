package dev.dendrite.analysis.experiment;

import java.util.Map;

/**
 * One training run of an experiment: its name (also its run directory's), the settings it
 * overrides on the network's own, and its seed. Whatever executor runs it, the same spec gives the
 * same run; it is serialisable, so a cluster task can carry it.
 *
 * @param settings keys as in a sweep file: data, epochs, batch, optimizer, lr, momentum, weightDecay, clip, patience
 * @param untilEpoch where successive halving pauses the run (resumable, its schedule still spanning all its epochs); 0 for the whole run
 * @param bracket the Hyperband bracket the run belongs to, from 1 (the most exploratory); 0 outside Hyperband
 */
public record RunSpec(String name, Map<String, Object> settings, long seed, int untilEpoch, int bracket) implements java.io.Serializable {

    public RunSpec {
        settings = Map.copyOf(settings);
    }

    public RunSpec(String name, Map<String, Object> settings, long seed) {
        this(name, settings, seed, 0, 0);
    }

    public RunSpec(String name, Map<String, Object> settings, long seed, int untilEpoch) {
        this(name, settings, seed, untilEpoch, 0);
    }

    /** This run paused after {@code epoch} epochs (0: trained to its end). */
    public RunSpec until(int epoch) {
        return new RunSpec(name, settings, seed, epoch, bracket);
    }

    /** This run as one of Hyperband's bracket {@code index} (from 1). */
    public RunSpec inBracket(int index) {
        return new RunSpec(name, settings, seed, untilEpoch, index);
    }
}
