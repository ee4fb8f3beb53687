package dev.dendrite.cli.internal;

import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dev.dendrite.cli.UsageException;
import dev.dendrite.train.run.RunRecord;

/**
 * An order of {@code dendrite runs}: by a key, in the direction that puts the best first for
 * losses and accuracies. A run without the key's value (still training, no test set) comes last in
 * either direction.
 *
 * @param descending whether the natural order is from the largest value
 */
record RunOrder(String name, boolean descending, Function<RunRecord, Comparable<?>> key) {

    private static final List<RunOrder> ALL = List.of(
            new RunOrder("name", false, r -> r.directory().getFileName().toString()),
            new RunOrder("started", false, RunRecord::startedAt),
            new RunOrder("best-loss", false, r -> orNull(r.bestLoss())),
            new RunOrder("test-accuracy", true, r -> orNull(r.testAccuracy())),
            // A GAN's samples judged through training (train --judge, judged sweeps): the last Fréchet distance, lowest first.
            new RunOrder("frechet-distance", false, r -> orNull(dev.dendrite.analysis.experiment.SweepJudging.distance(r.directory(), 0))),
            new RunOrder("learning-rate", false, r -> orNull(r.setting("learningRate"))),
            new RunOrder("batch", false, r -> orNull(r.setting("batchSize"))),
            new RunOrder("seed", false, r -> orNull(r.setting("seed"))));

    static RunOrder named(String name) throws UsageException {
        for (RunOrder order : ALL) {
            if (order.name.equals(name)) {
                return order;
            }
        }
        throw new UsageException("--sort must be one of " + String.join(", ", ALL.stream().map(RunOrder::name).toList()) + ", is '"
                + name + "'");
    }

    Comparator<RunRecord> comparator(boolean reverse) {
        // Each run's value read once, not at every comparison (the Fréchet distance reads the run's metrics file).
        Map<RunRecord, Comparable<?>> values = new IdentityHashMap<>();
        Function<RunRecord, Comparable<?>> once = r -> {
            if (!values.containsKey(r)) {
                values.put(r, key.apply(r));
            }
            return values.get(r);
        };
        return RunRecord.byValue(once, descending != reverse).thenComparing(r -> r.directory().getFileName().toString());
    }

    private static Double orNull(double value) {
        return Double.isNaN(value) ? null : value;
    }
}
