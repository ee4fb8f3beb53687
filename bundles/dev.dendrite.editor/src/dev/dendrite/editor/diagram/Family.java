package dev.dendrite.editor.diagram;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;

import dev.dendrite.model.network.NetworkPackage;
import dev.dendrite.model.network.convolution.ConvolutionPackage;
import dev.dendrite.model.network.generative.GenerativePackage;
import dev.dendrite.model.network.gnn.GnnPackage;
import dev.dendrite.model.network.normalization.NormalizationPackage;
import dev.dendrite.model.network.sequence.SequencePackage;

/** The palette groups and the colours of their nodes. */
public enum Family {
    CORE("Core", 0x4A6FA5),
    CONVOLUTION("Convolution", 0x2E8B57),
    RECURRENT("Recurrent", 0x8E44AD),
    ATTENTION("Attention", 0x9A7D0A),
    GRAPH("Graph", 0xC8651B),
    NORMALISATION("Normalisation", 0x16A085),
    REGULARISATION("Regularisation", 0x707B7C),
    GENERATIVE("Generative", 0xB03A2E),
    BLOCKS("Blocks", 0x34495E);

    private final String label;
    private final int rgb;

    Family(String label, int rgb) {
        this.label = label;
        this.rgb = rgb;
    }

    public String label() {
        return label;
    }

    /** 0xRRGGBB. */
    public int rgb() {
        return rgb;
    }

    /** A family package is one palette group, but for the sequence package's recurrent cells and its embedding (a core step). */
    public static Family of(EClass kind) {
        EPackage owner = kind.getEPackage();
        if (owner == ConvolutionPackage.eINSTANCE) {
            return CONVOLUTION;
        }
        if (owner == GnnPackage.eINSTANCE) {
            return GRAPH;
        }
        if (owner == NormalizationPackage.eINSTANCE) {
            return NORMALISATION;
        }
        if (owner == GenerativePackage.eINSTANCE) {
            return GENERATIVE;
        }
        SequencePackage sequence = SequencePackage.eINSTANCE;
        if (kind == sequence.getRecurrent()) {
            return RECURRENT;
        }
        if (owner == sequence && kind != sequence.getEmbedding()) {
            return ATTENTION;
        }
        NetworkPackage core = NetworkPackage.eINSTANCE;
        if (kind == core.getDropout() || kind == core.getNoise()) {
            return REGULARISATION;
        }
        if (kind == core.getBlockInstance() || kind == core.getBlockInput() || kind == core.getBlockOutput()) {
            return BLOCKS;
        }
        return CORE;
    }
}
