package dev.dendrite.analysis.experiment;

import java.util.Map;

/**
 * One training run of an experiment: its name (also its run directory's), the settings it
 * overrides on the network's own, and its seed. Whatever executor runs it, the same spec gives the
 * same run; it is serialisable, so a cluster task can carry it.
 *
 * @param settings keys as in a sweep file: data, epochs, batch, optimizer, lr, momentum, weightDecay, clip, patience
 */
public record RunSpec(String name, Map<String, Object> settings, long seed) implements java.io.Serializable {

    public RunSpec {
        settings = Map.copyOf(settings);
    }
}
