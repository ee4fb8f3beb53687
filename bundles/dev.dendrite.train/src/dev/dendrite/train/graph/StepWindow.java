package dev.dendrite.train.graph;

import java.util.ArrayList;
import java.util.List;

import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.convolution.Convolution;
import dev.dendrite.model.network.convolution.Pooling;
import dev.dendrite.model.network.convolution.StepPadding;
import dev.dendrite.model.shape.Windows;

/**
 * Windows a layer takes of a sequence's steps, whole windows only: a valid convolution over the
 * steps (a window of d·(k−1) + 1, stride 1) or a pooling over them (its kernel and stride). A
 * sequence of L steps gives (L − window) / stride + 1 of them; in a padded batch a window is real
 * when all of its steps are.
 */
public record StepWindow(int window, int stride) {

    /** The windows {@code layer} takes of the steps it reads, or null when it keeps them one for one. */
    public static StepWindow of(Layer layer) {
        if (layer instanceof Convolution conv && conv.isSequence() && conv.getStepPadding() == StepPadding.VALID) {
            return new StepWindow(Windows.stepSpan(conv), 1);
        }
        if (layer instanceof Pooling pool && pool.isSequence()) {
            return new StepWindow(pool.getKernel(), Windows.stride(pool));
        }
        return null;
    }

    /** How many whole windows {@code length} steps hold; 0 when not one. */
    public long windows(long length) {
        return length < window ? 0 : (length - window) / stride + 1;
    }

    /** The windows the layers on the path to what {@code layer} reads take, first to last (the path {@link SequenceMasks#sourceInput} follows). */
    public static List<StepWindow> before(Layer layer) {
        return before(layer, 64);
    }

    private static List<StepWindow> before(Layer layer, int hops) {
        List<StepWindow> longest = List.of();
        // Branches that read different steps cannot meet (their step dims differ: "T−2", "T/2"); the longest chain tells.
        for (Layer source : hops == 0 ? List.<Layer>of() : SequenceMasks.primarySources(layer)) {
            List<StepWindow> chain = new ArrayList<>(before(source, hops - 1));
            StepWindow own = of(source);
            if (own != null) {
                chain.add(own);
            }
            if (chain.size() > longest.size()) {
                longest = chain;
            }
        }
        return longest;
    }
}
