package dev.dendrite.train.graph;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;

import dev.dendrite.model.network.NetworkPackage;
import dev.dendrite.model.network.generative.GenerativePackage;
import dev.dendrite.model.network.normalization.NormalizationPackage;
import dev.dendrite.model.network.sequence.SequencePackage;

/**
 * The training-mode lowerings, one per layer kind (keyed by the layer's EClass); kinds without an
 * entry lower as for inference. Immutable: {@link #with} returns a registry with one more (or a
 * replaced) entry, so a build can plug in a kind's lowering without touching any other.
 */
public final class TrainingLowerings {

    private final Map<EClass, TrainingLayerLowering> byKind;

    private TrainingLowerings(Map<EClass, TrainingLayerLowering> byKind) {
        this.byKind = Collections.unmodifiableMap(byKind);
    }

    /** Dropout (and graph attention's on its coefficients) with fed masks, noise with fed noise, Gaussian latents sampled by fed noise, BatchNorm on batch statistics, recurrent layers unrolled through time. */
    public static TrainingLowerings standard() {
        Map<EClass, TrainingLayerLowering> rules = new LinkedHashMap<>();
        NetworkPackage p = NetworkPackage.eINSTANCE;
        rules.put(p.getDropout(), TrainingModeRules::dropout);
        rules.put(p.getNoise(), TrainingModeRules::noise);
        rules.put(GenerativePackage.eINSTANCE.getGaussianLatent(), TrainingModeRules::gaussianLatent);
        rules.put(NormalizationPackage.eINSTANCE.getBatchNorm(), TrainingModeRules::batchNorm);
        rules.put(SequencePackage.eINSTANCE.getRecurrent(), RecurrentTraining::lower);
        rules.put(dev.dendrite.model.network.gnn.GnnPackage.eINSTANCE.getGraphAttention(), TrainingModeRules::graphAttention);
        return new TrainingLowerings(rules);
    }

    /** No overrides: inference semantics with parameters fed as inputs (the evaluation graph). */
    public static TrainingLowerings none() {
        return new TrainingLowerings(new LinkedHashMap<>());
    }

    public TrainingLowerings with(EClass kind, TrainingLayerLowering lowering) {
        Map<EClass, TrainingLayerLowering> rules = new LinkedHashMap<>(byKind);
        rules.put(kind, lowering);
        return new TrainingLowerings(rules);
    }

    /** Whether these are training-mode lowerings (not {@link #none}'s inference semantics). */
    public boolean trains() {
        return !byKind.isEmpty();
    }

    /** The lowering registered for a kind, or null. */
    public TrainingLayerLowering get(EClass kind) {
        return byKind.get(kind);
    }
}
