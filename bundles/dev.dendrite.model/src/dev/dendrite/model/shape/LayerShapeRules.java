package dev.dendrite.model.shape;

import java.util.Map;

import dev.dendrite.model.network.Activation;
import dev.dendrite.model.network.Add;
import dev.dendrite.model.network.BatchNorm;
import dev.dendrite.model.network.Concat;
import dev.dendrite.model.network.Convolution;
import dev.dendrite.model.network.Dense;
import dev.dendrite.model.network.Dropout;
import dev.dendrite.model.network.Embedding;
import dev.dendrite.model.network.Flatten;
import dev.dendrite.model.network.GlobalPooling;
import dev.dendrite.model.network.GraphConvolution;
import dev.dendrite.model.network.GraphGlobalPooling;
import dev.dendrite.model.network.GraphInput;
import dev.dendrite.model.network.Input;
import dev.dendrite.model.network.InputNormalization;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.LayerNorm;
import dev.dendrite.model.network.Loss;
import dev.dendrite.model.network.MessagePassing;
import dev.dendrite.model.network.Noise;
import dev.dendrite.model.network.Pooling;
import dev.dendrite.model.network.RBM;
import dev.dendrite.model.network.RMSNorm;
import dev.dendrite.model.network.Recurrent;
import dev.dendrite.model.network.Reshape;
import dev.dendrite.model.network.TopKPooling;

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
            case dev.dendrite.model.network.GaussianLatent latent -> CoreShapeRules.gaussianLatent(latent, in);
            case Convolution conv -> ConvolutionShapeRules.convolution(conv, in);
            case Pooling pool -> ConvolutionShapeRules.pooling(pool, in);
            case GlobalPooling pool -> ConvolutionShapeRules.globalPooling(in);
            case dev.dendrite.model.network.TransposedConvolution conv -> ConvolutionShapeRules.transposedConvolution(conv, in);
            case dev.dendrite.model.network.Upsample upsample -> ConvolutionShapeRules.upsample(upsample, in);
            case Embedding embedding -> SequenceShapeRules.embedding(embedding, in);
            case Recurrent rnn -> SequenceShapeRules.recurrent(rnn, in);
            case dev.dendrite.model.network.Attention attention -> SequenceShapeRules.attention(attention, in);
            case dev.dendrite.model.network.PositionalEncoding positions -> SequenceShapeRules.positionalEncoding(positions, in);
            case dev.dendrite.model.network.SequencePooling pool -> SequenceShapeRules.sequencePooling(in);
            case dev.dendrite.model.network.ClassToken token -> SequenceShapeRules.classToken(token, in);
            case MessagePassing mp -> GraphShapeRules.messagePassing(mp, in);
            case GraphConvolution gcn -> GraphShapeRules.graphConvolution(gcn, in);
            case TopKPooling topK -> GraphShapeRules.topK(topK, in);
            case GraphGlobalPooling pool -> GraphShapeRules.globalPooling(pool, in);
            case Loss loss -> HeadShapeRules.loss(loss, in);
            case RBM rbm -> HeadShapeRules.rbm(rbm, in);
            case dev.dendrite.model.network.LocalResponseNorm lrn -> CoreShapeRules.localResponseNorm(lrn, in);
            case dev.dendrite.model.network.OnnxOperator operator -> CoreShapeRules.onnxOperator(operator, in);
            default -> throw new ShapeException(null, "has no shape rule (" + layer.eClass().getName() + ")");
        };
    }
}
