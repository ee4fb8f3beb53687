package dev.dendrite.train.bench;

/** The bench's standard cases by name and batch, for the tests that run one. */
final class StandardCases {

    private StandardCases() {
    }

    static BenchmarkCase of(String name, int batch) {
        return Benchmark.standardCases().stream().filter(c -> c.name().equals(name) && c.batch() == batch).findFirst().orElseThrow();
    }
}
