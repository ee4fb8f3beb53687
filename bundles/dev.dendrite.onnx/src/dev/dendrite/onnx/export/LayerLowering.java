package dev.dendrite.onnx.export;

import java.util.Map;

import dev.dendrite.model.network.Activation;
import dev.dendrite.model.network.Add;
import dev.dendrite.model.network.Concat;
import dev.dendrite.model.network.Dense;
import dev.dendrite.model.network.Dropout;
import dev.dendrite.model.network.Flatten;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.Noise;
import dev.dendrite.model.network.Reshape;
import dev.dendrite.model.network.convolution.Convolution;
import dev.dendrite.model.network.convolution.GlobalPooling;
import dev.dendrite.model.network.convolution.Pooling;
import dev.dendrite.model.network.convolution.TransposedConvolution;
import dev.dendrite.model.network.convolution.Upsample;
import dev.dendrite.model.network.generative.GaussianLatent;
import dev.dendrite.model.network.generative.RBM;
import dev.dendrite.model.network.gnn.GraphAttention;
import dev.dendrite.model.network.gnn.GraphConvolution;
import dev.dendrite.model.network.gnn.GraphGlobalPooling;
import dev.dendrite.model.network.gnn.MessagePassing;
import dev.dendrite.model.network.gnn.TopKPooling;
import dev.dendrite.model.network.normalization.BatchNorm;
import dev.dendrite.model.network.normalization.InputNormalization;
import dev.dendrite.model.network.normalization.LayerNorm;
import dev.dendrite.model.network.normalization.LocalResponseNorm;
import dev.dendrite.model.network.normalization.RMSNorm;
import dev.dendrite.model.network.sequence.Attention;
import dev.dendrite.model.network.sequence.ClassToken;
import dev.dendrite.model.network.sequence.Embedding;
import dev.dendrite.model.network.sequence.PositionalEncoding;
import dev.dendrite.model.network.sequence.Recurrent;
import dev.dendrite.model.network.sequence.SequencePooling;
import dev.dendrite.model.ports.Ports;
import dev.dendrite.model.shape.LayerShapes;
import dev.dendrite.onnx.graph.Attr;

/** Dispatches a layer to the lowering of its kind; returns its output tensor names by port. */
final class LayerLowering {

    private LayerLowering() {
    }

    static Map<String, String> lower(Layer layer, Map<String, String> in, LayerShapes shapes, LoweringContext ctx) {
        if (ctx.hooks() != null) {
            LayerLoweringOverride override = ctx.hooks().lowering(layer);
            if (override != null) {
                return override.lower(layer, in, shapes, ctx);
            }
        }
        String x = in.get(Ports.IN);
        String id = layer.getId();
        return switch (layer) {
            case Dense dense -> out(CoreLowering.dense(dense, x, shapes.inputs().get(Ports.IN), ctx));
            case Activation activation -> out(CoreLowering.activation(activation, x, ctx));
            case Flatten flatten -> out(ctx.op("Flatten", id, x, Attr.i("axis", 1)));
            case Reshape reshape -> out(CoreLowering.reshape(reshape, x, ctx));
            case Add add -> out(CoreLowering.add(add, in, shapes, ctx));
            case dev.dendrite.model.network.Multiply multiply -> out(CoreLowering.multiply(multiply, in, ctx));
            case Concat concat -> out(CoreLowering.concat(concat, in, ctx));
            case BatchNorm norm -> out(CoreLowering.batchNorm(norm, x, ctx));
            case LayerNorm norm -> out(CoreLowering.layerNorm(norm, x, shapes.inputs().get(Ports.IN), ctx));
            case RMSNorm norm -> out(CoreLowering.rmsNorm(norm, x, ctx));
            case InputNormalization norm -> out(CoreLowering.inputNormalization(norm, x, ctx));
            // Inference semantics: dropout and training noise are the identity.
            case Dropout dropout -> out(ctx.op("Identity", id, x));
            case Noise noise -> out(ctx.op("Identity", id, x));
            // A variational code at inference: its mean (the sampled code is training's).
            case GaussianLatent latent -> out(ctx.op("Identity", id, in.get(Ports.MEAN)));
            case Convolution conv -> out(ConvolutionLowering.convolution(conv, x, ctx));
            case TransposedConvolution conv -> out(ConvolutionLowering.transposed(conv, x, ctx));
            case Pooling pool -> out(ConvolutionLowering.pooling(pool, x, ctx));
            case GlobalPooling pool -> out(ConvolutionLowering.globalPooling(pool, x, ctx));
            case Upsample upsample -> out(ConvolutionLowering.upsample(upsample, x, shapes.inputs().get(Ports.IN).rank(),
                    ctx));
            case Embedding embedding -> out(RecurrentLowering.embedding(embedding, x, ctx));
            case Recurrent rnn -> RecurrentLowering.recurrent(rnn, in, ctx);
            case Attention attention -> out(AttentionLowering.attention(attention, x, in.get(Ports.MEMORY),
                    shapes.inputs().get(Ports.IN).shape().size(-1), ctx));
            case PositionalEncoding positions -> out(AttentionLowering.positionalEncoding(positions, x,
                    shapes.inputs().get(Ports.IN).shape().size(-1), ctx));
            case SequencePooling pool -> out(AttentionLowering.sequencePooling(pool, x, ctx));
            case ClassToken token -> out(AttentionLowering.classToken(token, x,
                    shapes.inputs().get(Ports.IN).shape().size(-1), ctx));
            case GraphConvolution gcn -> Map.of(Ports.NODES, GraphLowering.gcn(gcn, in.get(Ports.NODES), in.get(Ports.EDGES), ctx));
            case MessagePassing mp -> Map.of(Ports.NODES, GraphLowering.messagePassing(mp, in.get(Ports.NODES), in.get(Ports.EDGES),
                    in.get(Ports.EDGE_FEATURES), ctx));
            case GraphAttention gat -> Map.of(Ports.NODES, GraphAttentionLowering.lower(gat, in.get(Ports.NODES), in.get(Ports.EDGES),
                    in.get(Ports.EDGE_FEATURES), ctx));
            case TopKPooling topK -> GraphLowering.topK(topK, in.get(Ports.NODES), in.get(Ports.EDGES), in.get(Ports.BATCH),
                    in.get(Ports.EDGE_FEATURES), ctx);
            case GraphGlobalPooling pool -> out(GraphLowering.globalPooling(pool, in.get(Ports.NODES), in.get(Ports.BATCH), ctx));
            case RBM rbm -> out(CoreLowering.rbm(rbm, x, ctx));
            case LocalResponseNorm lrn -> out(OperatorLowering.localResponseNorm(lrn, x, shapes.inputs().get(Ports.IN).rank(), ctx));
            case dev.dendrite.model.network.OnnxOperator operator -> out(OperatorLowering.operator(operator, in, ctx));
            default -> throw new IllegalStateException("no ONNX lowering for " + layer.eClass().getName());
        };
    }

    private static Map<String, String> out(String name) {
        return Map.of(Ports.OUT, name);
    }
}
