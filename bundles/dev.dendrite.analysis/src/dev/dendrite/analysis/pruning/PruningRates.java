package dev.dendrite.analysis.pruning;

/**
 * How much of the remaining weights one pruning round removes, by layer type: Frankle & Carbin
 * (2019) pruned 20% per round of fully connected layers, 10% of the output layer and 10-15% of
 * convolutions. {@code global} ranks all non-output weights together instead of layer by layer.
 */
public record PruningRates(double dense, double output, double convolution, boolean global) implements java.io.Serializable {

    public PruningRates {
        for (double rate : new double[] {dense, output, convolution}) {
            if (!(rate >= 0 && rate < 1)) {
                throw new IllegalArgumentException("pruning rates are fractions in [0, 1), got " + rate);
            }
        }
    }

    /** The lottery-ticket paper's rates: dense 20%, output 10%, convolutions 15%, layer-wise. */
    public static PruningRates lotteryTicketPaper() {
        return new PruningRates(0.2, 0.1, 0.15, false);
    }

    public PruningRates withGlobal(boolean globalRanking) {
        return new PruningRates(dense, output, convolution, globalRanking);
    }

    /** Parses "dense=0.2,output=0.1,conv=0.15" (any subset; others keep the paper's). */
    public static PruningRates parse(String text, boolean global) {
        PruningRates base = lotteryTicketPaper();
        double dense = base.dense();
        double output = base.output();
        double conv = base.convolution();
        for (String part : text.split(",")) {
            String[] kv = part.strip().split("=");
            if (kv.length != 2) {
                throw new IllegalArgumentException("--rate takes dense=R,output=R,conv=R, got '" + part.strip() + "'");
            }
            double value;
            try {
                value = Double.parseDouble(kv[1].strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--rate needs numbers, got '" + kv[1].strip() + "'");
            }
            switch (kv[0].strip()) {
                case "dense" -> dense = value;
                case "output" -> output = value;
                case "conv", "convolution" -> conv = value;
                default -> throw new IllegalArgumentException("unknown layer type '" + kv[0].strip() + "' in --rate: use dense, output or conv");
            }
        }
        return new PruningRates(dense, output, conv, global);
    }
}
