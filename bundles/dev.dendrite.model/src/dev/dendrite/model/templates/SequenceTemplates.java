package dev.dendrite.model.templates;

import java.util.List;

import dev.dendrite.model.network.BlockKind;
import dev.dendrite.model.network.InputRole;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.Loss;
import dev.dendrite.model.network.LossKind;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.NetworkFactory;
import dev.dendrite.model.network.OptimizerKind;
import dev.dendrite.model.network.sequence.CellType;
import dev.dendrite.model.network.sequence.Embedding;
import dev.dendrite.model.network.sequence.Recurrent;
import dev.dendrite.model.network.sequence.SequenceFactory;
import dev.dendrite.model.network.sequence.SequenceOutput;
import dev.dendrite.model.ports.Ports;

/** Recurrent networks: many-to-one, many-to-many, one-to-many, LSTM, bidirectional LSTM, seq2seq. */
final class SequenceTemplates {

    private static final NetworkFactory F = NetworkFactory.eINSTANCE;
    /** Symbols and tags of the synthetic sequence tasks (tagging, reverse, copy, sort). */
    static final int VOCABULARY = 16;
    static final int TAGS = 4;

    private SequenceTemplates() {
    }

    static List<Template> all() {
        return List.of(
                new Template("rnn-classifier", "RNN", "Many-to-one: a tanh RNN reads a bit sequence and tells its parity",
                        SequenceTemplates::rnnClassifier),
                new Template("rnn-tagger", "RNN", "Many-to-many: an RNN tags every token of a sequence",
                        () -> tagger("rnn-tagger", CellType.RNN, false)),
                new Template("rnn-generator", "RNN", "One-to-many: an RNN unrolls a sine wave from its amplitude and phase",
                        SequenceTemplates::rnnGenerator),
                new Template("lstm-forecaster", "LSTM", "An LSTM reads a noisy sine and predicts its next value",
                        SequenceTemplates::lstmForecaster),
                new Template("lstm-generator", "LSTM", "One-to-many by feedback: an LSTM continues a sine wave from its own predictions",
                        SequenceTemplates::lstmGenerator),
                new Template("bilstm-tagger", "LSTM", "A bidirectional LSTM tags tokens using left and right context",
                        () -> tagger("bilstm-tagger", CellType.LSTM, true)),
                new Template("seq2seq", "Seq2seq", "LSTM encoder-decoder that reverses sequences (teacher forcing, greedy decoding)",
                        SequenceTemplates::seq2seq));
    }

    static Recurrent recurrent(CellType cell, int hidden, SequenceOutput output) {
        Recurrent rnn = SequenceFactory.eINSTANCE.createRecurrent();
        rnn.setCell(cell);
        rnn.setHiddenSize(hidden);
        rnn.setOutput(output);
        return rnn;
    }

    static Embedding embedding(int vocabulary, int dim) {
        Embedding embedding = SequenceFactory.eINSTANCE.createEmbedding();
        embedding.setVocabularySize(vocabulary);
        embedding.setEmbeddingDim(dim);
        return embedding;
    }

    private static Network rnnClassifier() {
        NetworkBuilder b = new NetworkBuilder("rnn-classifier", "The hidden state must carry the parity of every bit seen so far.");
        Layer x = b.add(recurrent(CellType.RNN, 32, SequenceOutput.LAST), "rnn", b.sequence("bits", 1));
        b.loss(b.dense(x, "logits", 2), LossKind.CROSS_ENTROPY);
        return b.training("synthetic:parity", 100, 64, OptimizerKind.ADAM, 3e-3).clip(1).network();
    }

    private static Network tagger(String id, CellType cell, boolean bidirectional) {
        NetworkBuilder b = new NetworkBuilder(id, "Tags each token; the tag depends on its neighbours.");
        Layer x = b.add(embedding(VOCABULARY, 16), "embed", b.tokens("tokens", InputRole.FEATURES));
        Recurrent rnn = recurrent(cell, 32, SequenceOutput.SEQUENCE);
        rnn.setBidirectional(bidirectional);
        x = b.add(rnn, cell == CellType.LSTM ? "lstm" : "rnn", x);
        b.loss(b.dense(x, "tag_logits", TAGS), LossKind.SEQUENCE_NLL);
        return b.training("synthetic:tagging", 20, 32, OptimizerKind.ADAM, 3e-3).clip(1).network();
    }

    private static Network rnnGenerator() {
        NetworkBuilder b = new NetworkBuilder("rnn-generator", "From one vector, the RNN generates 24 steps.");
        Recurrent rnn = recurrent(CellType.RNN, 32, SequenceOutput.SEQUENCE);
        rnn.setGenerateSteps(24);
        Layer x = b.add(rnn, "rnn", b.input("parameters", 2));
        b.loss(b.dense(x, "value", 1), LossKind.MSE);
        return b.training("synthetic:sine-generation", 50, 32, OptimizerKind.ADAM, 3e-3).clip(1).network();
    }

    private static Network lstmForecaster() {
        NetworkBuilder b = new NetworkBuilder("lstm-forecaster", "An LSTM's cell state remembers the phase of the wave.");
        Layer x = b.add(recurrent(CellType.LSTM, 64, SequenceOutput.LAST), "lstm", b.sequence("history", 1));
        b.loss(b.dense(x, "next", 1), LossKind.MSE);
        return b.training("synthetic:sine-forecast", 30, 64, OptimizerKind.ADAM, 3e-3).clip(1).network();
    }

    /** Trained on the next step of every step (teacher forcing); after training it generates by feeding its outputs back. */
    private static Network lstmGenerator() {
        NetworkBuilder b = new NetworkBuilder("lstm-generator", "Predicts each next value of a wave; fed its own predictions, "
                + "it continues the wave from a short prime.");
        Layer x = b.add(recurrent(CellType.LSTM, 32, SequenceOutput.SEQUENCE), "lstm", b.sequence("values", 1));
        b.loss(b.dense(x, "next", 1), LossKind.MSE);
        return b.training("synthetic:sine-next", 30, 32, OptimizerKind.ADAM, 3e-3).clip(1).network();
    }

    /** Encoder and decoder are blocks; the decoder starts from the encoder's final hidden and cell states. */
    private static Network seq2seq() {
        NetworkBuilder b = new NetworkBuilder("seq2seq", "Reverses token sequences; in training the decoder reads the "
                + "shifted target (teacher forcing), in inference its own previous output (greedy decoding).");
        var encoder = b.block("encoder", BlockKind.ENCODER, body -> {
            Layer lstm = body.add(recurrent(CellType.LSTM, 64, SequenceOutput.LAST), "lstm",
                    body.add(embedding(VOCABULARY, 32), "embed", body.blockInput("tokens")));
            body.connect(lstm, Ports.HIDDEN, body.add(F.createBlockOutput(), "hidden", null), "");
            body.connect(lstm, Ports.CELL, body.add(F.createBlockOutput(), "cell", null), "");
        });
        var decoder = b.block("decoder", BlockKind.DECODER, body -> {
            Layer lstm = body.add(recurrent(CellType.LSTM, 64, SequenceOutput.SEQUENCE), "lstm",
                    body.add(embedding(VOCABULARY, 32), "embed", body.blockInput("tokens")));
            body.connect(body.blockInput("hidden"), "", lstm, "initialHidden");
            body.connect(body.blockInput("cell"), "", lstm, "initialCell");
            body.blockOutput(body.dense(lstm, "projection", VOCABULARY), "logits");
        });
        Layer source = b.tokens("source", InputRole.FEATURES);
        Layer decoderInput = b.tokens("decoder_input", InputRole.DECODER_INPUT);
        Layer target = b.tokens("target", InputRole.TARGET);
        Layer encoded = b.use(encoder, "encode", source);
        Layer decoded = b.use(decoder, "decode", decoderInput);
        b.connect(encoded, "hidden", decoded, "hidden");
        b.connect(encoded, "cell", decoded, "cell");
        Loss loss = b.loss(decoded, LossKind.SEQUENCE_NLL);
        b.connect(target, "", loss, Ports.TARGET);
        return b.training("synthetic:reverse", 40, 64, OptimizerKind.ADAM, 3e-3).clip(1).network();
    }
}
