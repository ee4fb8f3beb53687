package dev.dendrite.model.shape;

import static dev.dendrite.model.shape.LayerInputs.atLeast;
import static dev.dendrite.model.shape.LayerInputs.known;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.dendrite.model.network.sequence.Attention;
import dev.dendrite.model.network.sequence.CellType;
import dev.dendrite.model.network.sequence.ClassToken;
import dev.dendrite.model.network.sequence.Embedding;
import dev.dendrite.model.network.sequence.PositionalEncoding;
import dev.dendrite.model.network.sequence.Recurrent;
import dev.dendrite.model.ports.Ports;

/** Shape rules of embeddings, recurrent layers, attention and positions ([N, T, F] sequences; one-to-many from [N, F]). */
final class SequenceShapeRules {

    /** Generation longer than this is almost surely a typo. */
    static final int MAX_GENERATE_STEPS = 1 << 20;

    private SequenceShapeRules() {
    }

    static Map<String, Value> embedding(Embedding embedding, LayerInputs in) {
        atLeast("vocabularySize", embedding.getVocabularySize(), 1);
        atLeast("embeddingDim", embedding.getEmbeddingDim(), 1);
        Value ids = in.primary();
        if (ids.type() != Value.ElementType.INT64) {
            throw new ShapeException(in.primaryPort(), "expects integer token ids (an int64 input), got float values "
                    + ids.shape());
        }
        if (ids.rank() < 2) {
            throw new ShapeException(in.primaryPort(), "expects token ids [N, T], got " + ids.shape());
        }
        java.util.List<Dim> dims = new java.util.ArrayList<>(ids.shape().dims());
        dims.add(Dim.of(embedding.getEmbeddingDim()));
        Shape shape = new Shape(dims);
        return CoreShapeRules.out(new Value(shape, Value.ElementType.FLOAT, ValueKind.TENSOR));
    }

    static Map<String, Value> recurrent(Recurrent rnn, LayerInputs in) {
        atLeast("hiddenSize", rnn.getHiddenSize(), 1);
        atLeast("generateSteps", rnn.getGenerateSteps(), 0);
        if (rnn.getGenerateSteps() > MAX_GENERATE_STEPS) {
            throw new ShapeException(null, "generateSteps " + rnn.getGenerateSteps() + " is more than " + MAX_GENERATE_STEPS);
        }
        Value x = in.primary();
        Dim batch;
        Dim steps;
        if (rnn.getGenerateSteps() > 0) {
            if (x.rank() != 2) {
                throw new ShapeException(in.primaryPort(), "one-to-many generation starts from a vector [N, F], got " + x.shape());
            }
            batch = x.shape().dim(0);
            steps = Dim.of(rnn.getGenerateSteps());
        } else {
            if (x.rank() != 3) {
                throw new ShapeException(in.primaryPort(), "expects a sequence [N, T, F], got " + x.shape()
                        + (x.rank() == 2 ? " (set sequence on the Input, or generateSteps for one-to-many)" : ""));
            }
            batch = x.shape().dim(0);
            steps = x.shape().dim(1);
        }
        known(x, -1, in.primaryPort(), "the feature size (last dim)");
        long width = (long) rnn.getHiddenSize() * (rnn.isBidirectional() ? 2 : 1);
        Shape state = Shape.of(batch, Dim.of(width));
        checkState(in, "initialHidden", state);
        if (rnn.getCell() == CellType.LSTM) {
            checkState(in, "initialCell", state);
        }
        Map<String, Value> outputs = new LinkedHashMap<>();
        outputs.put(Ports.SEQUENCE, Value.tensor(Shape.of(batch, steps, Dim.of(width))));
        outputs.put(Ports.HIDDEN, Value.tensor(state));
        if (rnn.getCell() == CellType.LSTM) {
            outputs.put(Ports.CELL, Value.tensor(state));
        }
        return outputs;
    }

    static Map<String, Value> attention(Attention attention, LayerInputs in) {
        atLeast("heads", attention.getHeads(), 1);
        Value x = floatSequence(in);
        long width = x.shape().size(-1);
        if (width % attention.getHeads() != 0) {
            throw new ShapeException(in.primaryPort(), "has " + width + " features, which " + attention.getHeads()
                    + " heads cannot share equally (the width must be a multiple of heads)");
        }
        Value memory = in.value(Ports.MEMORY);
        if (memory != null) {
            checkMemory(attention, x, memory);
        }
        return CoreShapeRules.out(x);
    }

    /** Cross-attention's memory: a float sequence [N, S, M] of the queries' batch, any length S and width M. */
    private static void checkMemory(Attention attention, Value x, Value memory) {
        if (memory.type() != Value.ElementType.FLOAT || memory.rank() != 3) {
            throw new ShapeException(Ports.MEMORY, "expects a float sequence [N, S, F] to attend to, got "
                    + (memory.type() == Value.ElementType.FLOAT ? "" : "token ids ") + memory.shape());
        }
        known(memory, -1, Ports.MEMORY, "the memory's feature size (last dim)");
        Dim batch = x.shape().dim(0);
        Dim memoryBatch = memory.shape().dim(0);
        if (batch.isFixed() && memoryBatch.isFixed() && batch.size() != memoryBatch.size()) {
            throw new ShapeException(Ports.MEMORY, "has a batch of " + memoryBatch.size() + ", the queries " + batch.size());
        }
        if (attention.isCausal()) {
            throw new ShapeException(Ports.MEMORY, "is read whole by every step: causal hides a sequence's later steps from its own "
                    + "steps, which cross-attention does not read (untick causal, or disconnect the memory for self-attention)");
        }
    }

    static Map<String, Value> positionalEncoding(PositionalEncoding positions, LayerInputs in) {
        atLeast("maxLength", positions.getMaxLength(), 1);
        Value x = floatSequence(in);
        Dim steps = x.shape().dim(1);
        if (steps.isFixed() && steps.size() > positions.getMaxLength()) {
            throw new ShapeException(in.primaryPort(), "reads sequences of " + steps.size() + " steps, more than maxLength "
                    + positions.getMaxLength());
        }
        return CoreShapeRules.out(x);
    }

    static Map<String, Value> classToken(ClassToken token, LayerInputs in) {
        atLeast("count", token.getCount(), 1);
        Value x = floatSequence(in);
        Dim steps = x.shape().dim(1);
        if (!steps.isFixed()) {
            throw new ShapeException(in.primaryPort(), "puts tokens before sequences of fixed length (patches of a picture); got "
                    + x.shape() + ", of varying length");
        }
        return CoreShapeRules.out(x.withShape(Shape.of(x.shape().dim(0), Dim.of(steps.size() + token.getCount()), x.shape().dim(2))));
    }

    static Map<String, Value> sequencePooling(LayerInputs in) {
        Value x = floatSequence(in);
        return CoreShapeRules.out(x.withShape(Shape.of(x.shape().dim(0), x.shape().dim(2))));
    }

    /** The primary input as a float sequence [N, T, F] with a known F. */
    static Value floatSequence(LayerInputs in) {
        return floatSequence(in, "");
    }

    /** As {@link #floatSequence(LayerInputs)}; {@code otherRank} is said after an input of rank 4 or more. */
    static Value floatSequence(LayerInputs in, String otherRank) {
        Value x = in.primary();
        if (x.type() != Value.ElementType.FLOAT) {
            throw new ShapeException(in.primaryPort(), "expects float features, got token ids " + x.shape() + " (add an Embedding before it)");
        }
        if (x.rank() != 3) {
            throw new ShapeException(in.primaryPort(), "expects a sequence [N, T, F], got " + x.shape()
                    + (x.rank() == 2 ? " (set sequence on the Input)" : x.rank() > 3 ? otherRank : ""));
        }
        known(x, -1, in.primaryPort(), "the feature size (last dim)");
        return x;
    }

    private static void checkState(LayerInputs in, String port, Shape expected) {
        Value state = in.value(port);
        if (state != null && !state.shape().dims().equals(expected.dims())) {
            throw new ShapeException(port, "expects an initial state " + expected + ", got " + state.shape());
        }
    }
}
