package dev.dendrite.train.data;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Token sequences of varying length, each holding the symbols 2, 3 and 4, labelled by their order:
 * 1 where they stand together as the phrase "2 3 4", 2 where as "4 3 2", 0 where they lie apart.
 * Every class has the same tokens, so a bag of words (an average of embeddings) cannot tell them
 * apart; a convolution's window over neighbouring steps can, wherever the phrase stands.
 */
public final class PhraseData {

    /** The classes: no phrase, "2 3 4", "4 3 2". */
    public static final int CLASSES = 3;
    private static final long[] FORWARD = {2, 3, 4};
    private static final long[] BACKWARD = {4, 3, 2};
    private static final int SHORTEST = 6;
    private static final int FIRST_SYMBOL = 2;

    private PhraseData() {
    }

    /** n sequences of 6 to {@code longest} symbols (padded and masked: {@code tokens:mask}), the classes in turn. */
    public static TensorDataset phrases(int n, int longest, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        long[][] tokens = new long[n][];
        long[][] labels = new long[n][1];
        for (int s = 0; s < n; s++) {
            int label = s % CLASSES;
            tokens[s] = sequence(random, SHORTEST + random.nextInt(longest - SHORTEST + 1), label);
            labels[s][0] = label;
        }
        return TensorDataset.builder("phrases", n).longs("tokens", Field.Role.INPUT, List.of("T"), tokens).withMask("tokens")
                .longs("phrase", Field.Role.TARGET, List.of(), labels).classes(CLASSES).build();
    }

    /** Drawn until it holds the phrase of its label and not the other's (rejection keeps the background uniform). */
    private static long[] sequence(SplittableRandom random, int length, int label) {
        while (true) {
            long[] tokens = new long[length];
            for (int t = 0; t < length; t++) {
                tokens[t] = FIRST_SYMBOL + random.nextInt(SequenceData.VOCABULARY - FIRST_SYMBOL);
            }
            if (label == 0) {
                // The three symbols at three steps of which no two are neighbours.
                int a = random.nextInt(length - 4);
                int b = a + 2 + random.nextInt(length - a - 4);
                int c = b + 2 + random.nextInt(length - b - 2);
                long[] order = shuffled(random);
                tokens[a] = order[0];
                tokens[b] = order[1];
                tokens[c] = order[2];
            } else {
                System.arraycopy(label == 1 ? FORWARD : BACKWARD, 0, tokens, random.nextInt(length - 2), 3);
            }
            if (label(tokens) == label) {
                return tokens;
            }
        }
    }

    /** The class a sequence belongs to, or −1 when it holds both phrases. */
    static int label(long[] tokens) {
        boolean forward = contains(tokens, FORWARD);
        boolean backward = contains(tokens, BACKWARD);
        return forward && backward ? -1 : forward ? 1 : backward ? 2 : 0;
    }

    private static boolean contains(long[] tokens, long[] phrase) {
        for (int t = 0; t + phrase.length <= tokens.length; t++) {
            if (tokens[t] == phrase[0] && tokens[t + 1] == phrase[1] && tokens[t + 2] == phrase[2]) {
                return true;
            }
        }
        return false;
    }

    private static long[] shuffled(SplittableRandom random) {
        long[] order = FORWARD.clone();
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            long swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }
}
