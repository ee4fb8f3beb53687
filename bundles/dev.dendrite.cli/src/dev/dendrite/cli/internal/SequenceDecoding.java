package dev.dendrite.cli.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.dendrite.cli.Arguments;
import dev.dendrite.cli.CommandContext;
import dev.dendrite.cli.UsageException;
import dev.dendrite.runtime.OnnxRuntime;
import dev.dendrite.runtime.RuntimeSettings;
import dev.dendrite.train.data.Field;
import dev.dendrite.train.data.HostTensor;
import dev.dendrite.train.data.TensorDataset;
import dev.dendrite.train.run.BeamDecoding;
import dev.dendrite.train.run.GreedyDecoding;

/**
 * {@code dendrite generate RUN_DIR --source IDS [--beam K]}: an encoder-decoder decodes a source of
 * one's own, greedily as its test set is decoded at the end of a run, or by beam search. Which
 * model input is the decoder's, and its start token, come from the data it trained on: the input
 * fed the target shifted right.
 */
final class SequenceDecoding {

    /** Tokens one decoding writes at most: every token reruns the model over the whole sequence. */
    static final int MAX_LENGTH = 4096;

    private SequenceDecoding() {
    }

    static int run(CommandContext context, Arguments a) throws Exception {
        for (String prime : new String[] {"prime", "temperature", "top-k", "window"}) {
            if (a.option(prime) != null) {
                throw new UsageException("--" + prime + " continues a next-step model; --source decodes an encoder-decoder greedily");
            }
        }
        long[] source = ids(a.option("source"));
        ModelTarget target = ModelTarget.resolve(a, "generate");
        TensorDataset data = target.sequences();
        Optional<String> decoder = data == null ? Optional.empty() : GreedyDecoding.teacherForcedField(data);
        if (decoder.isEmpty()) {
            throw new UsageException("--source needs an encoder-decoder: a model whose data feed one input the target shifted right "
                    + "(synthetic:reverse, copy or sort); " + target.spec() + " does not");
        }
        String sourceField = data.fields(Field.Role.INPUT).stream().map(Field::name)
                .filter(name -> !name.equals(decoder.get()) && !name.endsWith(":mask")).findFirst()
                .orElseThrow(() -> new UsageException(target.spec() + " has no source besides the decoder input " + decoder.get()));
        // The data's symbols are its classes: a source id beyond them would index past the embedding.
        for (long id : source) {
            if (data.classes() > 0 && id >= data.classes()) {
                throw new UsageException("--source has token " + id + ", but " + target.spec() + " has ids 0 to " + (data.classes() - 1));
            }
        }
        HostTensor first = data.batch(new int[] {0}, 0, 1).tensors().get(decoder.get());
        long start = a.option("start") != null ? id(a.option("start"), "--start") : first.longs()[0];
        // Targets that end with an end token (pair files) decode until it, at most twice the data's longest sequence; else as many as the source.
        java.util.OptionalLong end = GreedyDecoding.endToken(data);
        int length = a.option("length") != null ? (int) Math.min(MAX_LENGTH, id(a.option("length"), "--length"))
                : end.isPresent() ? (int) Math.min(MAX_LENGTH, 2 * data.longestSequence() + 2) : source.length;
        if (length < 1) {
            throw new UsageException("--length must be at least 1");
        }
        long width = a.option("beam") == null ? 1 : id(a.option("beam"), "--beam");
        if (width < 1 || width > BeamDecoding.MAX_WIDTH) {
            throw new UsageException("--beam takes 1 (greedy) to " + BeamDecoding.MAX_WIDTH + " hypotheses, not " + width);
        }
        BeamDecoding.Decoded decoded = target.analyse("decoding", model -> {
            try (var session = OnnxRuntime.open(model.toByteArray(), target.model().toString(), RuntimeSettings.forTrainer())) {
                return BeamDecoding.decode(session, sourceField, source, decoder.get(), start, end.orElse(-1), length, (int) width);
            }
        });
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("model", target.model().toString());
        json.put("source", java.util.Arrays.stream(source).boxed().toList());
        json.put("start", start);
        json.put("end", end.isPresent() ? end.getAsLong() : null);
        json.put("beam", width);
        json.put("decoded", java.util.Arrays.stream(decoded.tokens()).boxed().toList());
        json.put("logProbability", decoded.logProbability());
        context.print(json, GenerateCommand.join(decoded.tokens()));
        return 0;
    }

    private static long[] ids(String text) throws UsageException {
        List<String> parts = List.of(text.split(","));
        long[] ids = new long[parts.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = id(parts.get(i), "--source");
        }
        if (ids.length == 0 || ids.length > MAX_LENGTH) {
            throw new UsageException("--source takes 1 to " + MAX_LENGTH + " token ids, e.g. 3,9,4,12");
        }
        return ids;
    }

    private static long id(String text, String option) throws UsageException {
        try {
            long id = Long.parseLong(text.strip());
            if (id >= 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // the message below
        }
        throw new UsageException(option + " takes token ids (whole numbers from 0), not '" + text.strip() + "'");
    }
}
