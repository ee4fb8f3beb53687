package dev.dendrite.editor.diagram;

import org.eclipse.emf.ecore.EClass;

import dev.dendrite.model.network.NetworkPackage;

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

    public static Family of(EClass kind) {
        NetworkPackage p = NetworkPackage.eINSTANCE;
        if (kind == p.getConvolution() || kind == p.getPooling() || kind == p.getGlobalPooling() || kind == p.getUpsample()
                || kind == p.getTransposedConvolution()) {
            return CONVOLUTION;
        }
        if (kind == p.getRecurrent()) {
            return RECURRENT;
        }
        if (kind == p.getAttention() || kind == p.getPositionalEncoding() || kind == p.getSequencePooling() || kind == p.getClassToken()) {
            return ATTENTION;
        }
        if (kind == p.getGraphInput() || kind == p.getMessagePassing() || kind == p.getGraphConvolution()
                || kind == p.getTopKPooling() || kind == p.getGraphGlobalPooling()) {
            return GRAPH;
        }
        if (kind == p.getBatchNorm() || kind == p.getLayerNorm() || kind == p.getRMSNorm() || kind == p.getInputNormalization()
                || kind == p.getLocalResponseNorm()) {
            return NORMALISATION;
        }
        if (kind == p.getDropout() || kind == p.getNoise()) {
            return REGULARISATION;
        }
        if (kind == p.getRBM() || kind == p.getGaussianLatent()) {
            return GENERATIVE;
        }
        if (kind == p.getBlockInstance() || kind == p.getBlockInput() || kind == p.getBlockOutput()) {
            return BLOCKS;
        }
        return CORE;
    }
}
