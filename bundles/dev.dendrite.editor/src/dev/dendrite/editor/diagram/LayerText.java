package dev.dendrite.editor.diagram;

import java.util.stream.Collectors;

import dev.dendrite.model.network.Activation;
import dev.dendrite.model.network.Add;
import dev.dendrite.model.network.BlockInstance;
import dev.dendrite.model.network.Concat;
import dev.dendrite.model.network.Dense;
import dev.dendrite.model.network.Dropout;
import dev.dendrite.model.network.Input;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.Loss;
import dev.dendrite.model.network.Noise;
import dev.dendrite.model.network.Reshape;
import dev.dendrite.model.network.convolution.Convolution;
import dev.dendrite.model.network.convolution.GlobalPooling;
import dev.dendrite.model.network.convolution.Pooling;
import dev.dendrite.model.network.convolution.StepPadding;
import dev.dendrite.model.network.convolution.TransposedConvolution;
import dev.dendrite.model.network.convolution.Upsample;
import dev.dendrite.model.network.generative.GaussianLatent;
import dev.dendrite.model.network.generative.RBM;
import dev.dendrite.model.network.gnn.GraphAttention;
import dev.dendrite.model.network.gnn.GraphConvolution;
import dev.dendrite.model.network.gnn.GraphGlobalPooling;
import dev.dendrite.model.network.gnn.GraphInput;
import dev.dendrite.model.network.gnn.MessagePassing;
import dev.dendrite.model.network.gnn.TopKPooling;
import dev.dendrite.model.network.normalization.BatchNorm;
import dev.dendrite.model.network.normalization.LocalResponseNorm;
import dev.dendrite.model.network.sequence.Attention;
import dev.dendrite.model.network.sequence.ClassToken;
import dev.dendrite.model.network.sequence.Embedding;
import dev.dendrite.model.network.sequence.PositionalEncoding;
import dev.dendrite.model.network.sequence.Recurrent;
import dev.dendrite.model.network.sequence.SequencePooling;

/** The text of a layer's node: its name, and its kind with the settings that matter (e.g. {@code Conv 5×5, 16, s1 p2}). */
public final class LayerText {

    private LayerText() {
    }

    public static String title(Layer layer) {
        if (layer.getName() != null && !layer.getName().isBlank()) {
            return layer.getName();
        }
        return layer.getId() != null ? layer.getId() : layer.eClass().getName();
    }

    public static String detail(Layer layer) {
        if (layer instanceof Convolution c && c.isSequence()) {
            // Short enough for a node: "Conv 4 over T, 32 valid d2".
            String padding = c.getStepPadding() == StepPadding.SAME ? "" : " " + c.getStepPadding().getLiteral();
            return "Conv " + dev.dendrite.model.shape.Windows.stepKernel(c) + " over T, " + c.getOutChannels() + padding
                    + (c.getDilation() > 1 ? " d" + c.getDilation() : "") + (c.getGroups() > 1 ? " g" + c.getGroups() : "");
        }
        if (layer instanceof Convolution c) {
            String kernel = dev.dendrite.model.shape.Windows.text(dev.dendrite.model.shape.Windows.kernel(c));
            String in = c.getInChannels() > 0 ? c.getInChannels() + "→" : "";
            return "Conv" + (c.getDimensions() == 2 ? "" : c.getDimensions() + "d") + " " + kernel + ", " + in + c.getOutChannels()
                    + ", s" + c.getStride() + " p" + c.getPadding() + (c.getGroups() > 1 ? " g" + c.getGroups() : "") + (c.isSpectralNorm() ? ", SN" : "");
        }
        if (layer instanceof TransposedConvolution t) {
            int[] sizes = new int[t.getDimensions()];
            java.util.Arrays.fill(sizes, t.getKernel());
            String kernel = dev.dendrite.model.shape.Windows.text(sizes);
            String in = t.getInChannels() > 0 ? t.getInChannels() + "→" : "";
            return "ConvT" + (t.getDimensions() == 2 ? "" : t.getDimensions() + "d") + " " + kernel + ", " + in + t.getOutChannels() + ", s"
                    + t.getStride() + " p" + t.getPadding() + (t.getOutputPadding() > 0 ? " op" + t.getOutputPadding() : "");
        }
        if (layer instanceof Pooling p && p.isSequence()) {
            return (p.getPoolType().getValue() == 0 ? "MaxPool " : "AvgPool ") + p.getKernel() + " over T, s" + dev.dendrite.model.shape.Windows.stride(p);
        }
        if (layer instanceof Pooling p) {
            // Stride 0 means "the kernel size", as in PyTorch's pooling layers.
            int stride = p.getStride() > 0 ? p.getStride() : p.getKernel();
            return (p.getPoolType().getValue() == 0 ? "MaxPool " : "AvgPool ") + p.getKernel() + "×" + p.getKernel() + ", s" + stride
                    + (p.getPadding() > 0 ? " p" + p.getPadding() : "");
        }
        if (layer instanceof Dense d) {
            return "Dense " + d.getUnits() + (d.isBias() ? "" : ", no bias") + (d.isSpectralNorm() ? ", SN" : "");
        }
        if (layer instanceof Activation a) {
            return a.getFunction().getLiteral();
        }
        if (layer instanceof Input i) {
            String dims = i.getDims().stream().map(String::valueOf).collect(Collectors.joining("×"));
            return "Input" + (dims.isEmpty() ? "" : " " + dims) + (i.isSequence() ? ", sequence" : "") + ", "
                    + i.getRole().getLiteral().replace('_', ' ');
        }
        if (layer instanceof Recurrent r) {
            return r.getCell().getName() + " " + r.getHiddenSize() + (r.isBidirectional() ? ", bidirectional" : "") + ", " + r.getOutput().getLiteral();
        }
        if (layer instanceof Attention a) {
            boolean cross = dev.dendrite.model.ports.Ports.source(a, dev.dendrite.model.ports.Ports.MEMORY).isPresent();
            return a.getHeads() + "-head " + (cross ? "cross-attention" : a.isCausal() ? "causal" : "attention");
        }
        if (layer instanceof PositionalEncoding p) {
            return (p.isLearned() ? "Learned" : "Sinusoids") + ", ≤ " + p.getMaxLength();
        }
        if (layer instanceof ClassToken t) {
            return t.getCount() == 1 ? "1 learned token first" : t.getCount() + " learned tokens first";
        }
        if (layer instanceof SequencePooling p) {
            return (p.getPoolType().getValue() == 0 ? "Max" : "Average") + " over steps";
        }
        if (layer instanceof Loss l) {
            return "Loss " + l.getKind().getLiteral().replace('_', '-');
        }
        if (layer instanceof Dropout d) {
            return "Dropout " + d.getRate();
        }
        if (layer instanceof Upsample u) {
            return "Upsample ×" + u.getScale() + (u.isBilinear() ? ", bilinear" : "");
        }
        if (layer instanceof GaussianLatent latent) {
            return "Gaussian latent" + (latent.getKlWeight() == 1 ? "" : ", β " + latent.getKlWeight())
                    + (latent.getKlWarmupSteps() == 0 ? "" : ", warm-up " + latent.getKlWarmupSteps());
        }
        if (layer instanceof Noise n) {
            return n.getKind().getLiteral() + " noise " + n.getAmount();
        }
        if (layer instanceof Add a) {
            return "Add " + a.getInputs() + (a.getProjection().getValue() == 0 ? "" : ", projection " + a.getProjection().getLiteral());
        }
        if (layer instanceof dev.dendrite.model.network.Multiply m) {
            return "Multiply " + m.getInputs();
        }
        if (layer instanceof Concat c) {
            return "Concat " + c.getInputs() + ", axis " + c.getAxis();
        }
        if (layer instanceof Reshape r) {
            return "Reshape " + r.getDims();
        }
        if (layer instanceof Embedding e) {
            return "Embedding " + e.getVocabularySize() + "→" + e.getEmbeddingDim();
        }
        if (layer instanceof GlobalPooling g) {
            return "Global " + g.getPoolType().getLiteral() + " pool";
        }
        if (layer instanceof BatchNorm) {
            return "BatchNorm";
        }
        if (layer instanceof GraphInput g) {
            return "Graph input, " + g.getNodeFeatures() + " node features";
        }
        if (layer instanceof MessagePassing m) {
            return "MessagePassing " + m.getOutFeatures() + ", " + (m.isActivateMessages() ? m.getActivation().getLiteral() + " messages, " : "")
                    + m.getAggregation().getLiteral();
        }
        if (layer instanceof GraphConvolution g) {
            return "GCN " + g.getOutFeatures();
        }
        if (layer instanceof GraphAttention g) {
            return (g.isDynamic() ? g.isShareWeights() ? "GATv2 shared " : "GATv2 " : "GAT ") + g.getOutFeatures() + (g.getHeads() > 1 ? " × " + g.getHeads() + " heads" + (g.isConcat() ? "" : ", mean") : "")
                    + (g.getDropout() > 0 ? ", dropout " + g.getDropout() : "");
        }
        if (layer instanceof TopKPooling t) {
            return "TopK pool " + (t.getK() > 0 ? "k=" + t.getK() : "ratio " + t.getRatio());
        }
        if (layer instanceof GraphGlobalPooling g) {
            return "Graph " + g.getAggregation().getLiteral() + " pool";
        }
        if (layer instanceof RBM r) {
            return "RBM " + (r.getVisibleUnits() > 0 ? r.getVisibleUnits() + "→" : "") + r.getHiddenUnits() + ", CD-" + r.getCdSteps();
        }
        if (layer instanceof LocalResponseNorm l) {
            return "LRN " + l.getSize() + ", α " + l.getAlpha() + " β " + l.getBeta();
        }
        if (layer instanceof dev.dendrite.model.network.OnnxOperator o) {
            // A generic operator shows as what it is in ONNX; the domain only when it is not the standard one.
            return "ONNX " + o.getOpType() + (o.getDomain() == null || o.getDomain().isEmpty() ? "" : " (" + o.getDomain() + ")");
        }
        if (layer instanceof BlockInstance b) {
            // The block's name says what it is (an encoder, "(BN·relu·Conv)×2"); the header already looks like a block's.
            return b.getBlock() != null && b.getBlock().getName() != null ? b.getBlock().getName() : "Block (none)";
        }
        return layer.eClass().getName();
    }

    /** {@code 1,234 params}, or empty for parameter-free layers. */
    public static String parameters(long count) {
        return count == 0 ? "" : String.format(java.util.Locale.ROOT, "%,d params", count);
    }
}
