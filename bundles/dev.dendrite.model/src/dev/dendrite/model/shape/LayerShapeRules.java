package dev.dendrite.model.shape;

import java.util.Map;

import dev.dendrite.model.network.Activation;
import dev.dendrite.model.network.Add;
import dev.dendrite.model.network.Concat;
import dev.dendrite.model.network.Dense;
import dev.dendrite.model.network.Dropout;
import dev.dendrite.model.network.Flatten;
import dev.dendrite.model.network.Input;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.Loss;
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
import dev.dendrite.model.network.gnn.GraphInput;
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

/** Dispatches a layer to the shape rule of its kind (block boundaries and instances are the engine's). */
final class LayerShapeRules {

    private LayerShapeRules() {
    }

    static Map<String, Value> apply(Layer layer, LayerInputs in) {
        return switch (layer) {
            case Input input -> CoreShapeRules.input(input);
            case GraphInput graph -> GraphShapeRules.graphInput(graph);
            case Dense dense -> CoreShapeRules.dense(dense, in);
            case Activation activation -> CoreShapeRules.activation(activation, in);
            case Flatten flatten -> CoreShapeRules.flatten(in);
            case Reshape reshape -> CoreShapeRules.reshape(reshape, in);
            case Add add -> CoreShapeRules.add(add, in);
            case Concat concat -> CoreShapeRules.concat(concat, in);
            case dev.dendrite.model.network.Multiply multiply -> Broadcasts.multiply(multiply, in);
            case BatchNorm norm -> CoreShapeRules.batchNorm(in);
            case LayerNorm norm -> CoreShapeRules.layerNorm(norm, in);
            case RMSNorm norm -> CoreShapeRules.rmsNorm(norm, in);
            case InputNormalization norm -> CoreShapeRules.identity(in);
            case Dropout dropout -> CoreShapeRules.dropout(dropout, in);
            case Noise noise -> CoreShapeRules.noise(noise, in);
            case GaussianLatent latent -> CoreShapeRules.gaussianLatent(latent, in);
            case Convolution conv -> ConvolutionShapeRules.convolution(conv, in);
            case Pooling pool -> ConvolutionShapeRules.pooling(pool, in);
            case GlobalPooling pool -> ConvolutionShapeRules.globalPooling(in);
            case TransposedConvolution conv -> ConvolutionShapeRules.transposedConvolution(conv, in);
            case Upsample upsample -> ConvolutionShapeRules.upsample(upsample, in);
            case Embedding embedding -> SequenceShapeRules.embedding(embedding, in);
            case Recurrent rnn -> SequenceShapeRules.recurrent(rnn, in);
            case Attention attention -> SequenceShapeRules.attention(attention, in);
            case PositionalEncoding positions -> SequenceShapeRules.positionalEncoding(positions, in);
            case SequencePooling pool -> SequenceShapeRules.sequencePooling(in);
            case ClassToken token -> SequenceShapeRules.classToken(token, in);
            case MessagePassing mp -> GraphShapeRules.messagePassing(mp, in);
            case GraphConvolution gcn -> GraphShapeRules.graphConvolution(gcn, in);
            case GraphAttention gat -> GraphShapeRules.graphAttention(gat, in);
            case TopKPooling topK -> GraphShapeRules.topK(topK, in);
            case GraphGlobalPooling pool -> GraphShapeRules.globalPooling(pool, in);
            case Loss loss -> HeadShapeRules.loss(loss, in);
            case RBM rbm -> HeadShapeRules.rbm(rbm, in);
            case LocalResponseNorm lrn -> CoreShapeRules.localResponseNorm(lrn, in);
            case dev.dendrite.model.network.OnnxOperator operator -> CoreShapeRules.onnxOperator(operator, in);
            default -> throw new ShapeException(null, "has no shape rule (" + layer.eClass().getName() + ")");
        };
    }
}
