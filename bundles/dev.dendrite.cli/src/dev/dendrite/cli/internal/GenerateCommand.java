package dev.dendrite.cli.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import ai.onnxruntime.OrtException;
import dev.dendrite.analysis.prediction.Continuation;
import dev.dendrite.cli.Arguments;
import dev.dendrite.cli.Command;
import dev.dendrite.cli.CommandContext;
import dev.dendrite.cli.CommandFailedException;
import dev.dendrite.cli.UsageException;
import dev.dendrite.runtime.ModelLoadException;
import dev.dendrite.train.data.TextSpec;
import dev.dendrite.train.run.RunReader;

/**
 * {@code dendrite generate RUN_DIR|MODEL.onnx --prime TEXT}: a next-step model continuing a prime on
 * its own, a character-level language model's text sampled at a temperature, or a wave's values.
 */
public final class GenerateCommand implements Command {

    /** Steps one call generates at most. */
    static final int MAX_LENGTH = 100_000;
    private static final int DEFAULT_WINDOW = 64;

    @Override
    public String name() {
        return "generate";
    }

    @Override
    public String summary() {
        return "a next-step model continues a prime on its own (text from a character model), a GAN draws samples: "
                + "generate RUN_DIR --prime \"Once\"";
    }

    @Override
    public String usage() {
        return """
                Usage: dendrite generate RUN_DIR|MODEL.onnx --prime PRIME [--length N] [--temperature T] [--top-k K]
                                        [--seed S] [--window W] [--data text:FILE[,WINDOW]] [--json]
                       dendrite generate RUN_DIR|MODEL.onnx --source IDS [--length N] [--beam K] [--start ID] [--data SPEC] [--json]
                A model trained to predict each step's successor (character-level text, text:FILE; a wave, like
                synthetic:sine-next) continues PRIME by N steps (default 200), each prediction fed back as its next
                input. A run trained on text:FILE reads PRIME as text and writes text (its characters are the
                file's, as at training); other token models read and write token ids (PRIME 3,5,7), value models
                numbers (PRIME 0.1,0.5,0.9; steps of several values separated by ';').
                Tokens are sampled from the softmax of the logits divided by T (default 0.8; 0 takes the most likely
                token every step, which tends to repeat itself), among the K most likely only with --top-k, from a
                generator seeded by S (default 42): the same seed gives the same text. The model reads the last W
                steps (default: the run's text window, else 64), as it was trained on windows.
                An encoder-decoder (seq2seq, transformer-seq2seq: its data feed the decoder the target shifted right)
                decodes --source (token ids, e.g. 3,9,4,12) greedily: the decoder input starts with the start token
                its data begin with (or --start), each next token the previous prediction, N tokens (default: until the
                end token where the data's targets end with one, as pair files' do, else as many as the source);
                --beam K keeps the K likeliest sequences at every step (beam search) and writes the
                likeliest (--json: its logProbability). A model file needs --data, the data set it was trained on.
                       dendrite generate RUN_DIR|MODEL.onnx [--count N] [--lines L] [--steps S] [--seed S] [--class K]
                                         [--judge RUN_DIR|MODEL.onnx [--judge-samples M]] [-o DIR] [--json]
                A GAN's generator draws N samples (default 64) from noise seeded by S (default 1) into samples.png, and
                L spherical interpolations (default 6) of S steps (default 10) between two noise vectors each into
                interpolation.png (RUN_DIR/generated/ by default). The samples' diversity (their root mean square distance
                from one another per value) is printed beside that of as many of the data's test samples: far below it,
                the generator has collapsed onto a few modes. A conditional generator (cgan: it reads a class) draws
                every class in turn, a column each, or only class K (--class K); each interpolation keeps its class.
                --judge: a classifier trained on the same data (a lenet-5 run) judges M generated samples (default 1,000,
                at most half the test samples) against as many test samples, in its last dense layer's input: the
                Fréchet distance (the FID's formula in that classifier's features; beside it the distance between two sets
                of test samples, the floor at that count), the classifier score (the Inception score's formula: up to the
                number of classes, high when samples are clearly of one class each and every class comes), the classes the
                samples are judged to be and how many of the data's they cover, and for a conditional generator how often
                the judge names the class asked for. A variational autoencoder (vae, conv-vae, cvae) draws the same from
                its prior N(0, I) through the decoder cut from its model (a conditional one every class in turn or
                --class K); a model file needs --data, the data set it was trained on.""";
    }

    @Override
    public int run(CommandContext context, List<String> args) throws Exception {
        Map<String, String> valued = new LinkedHashMap<>();
        for (String option : new String[] {"prime", "length", "temperature", "top-k", "seed", "window", "data", "source", "start", "beam",
                "split", "data-cache", "count", "lines", "steps", "class", "judge", "judge-samples"}) {
            valued.put("--" + option, option);
        }
        valued.put("-o", "out");
        Arguments a = Arguments.parse(args, valued, Set.of());
        if (a.option("source") != null) {
            return SequenceDecoding.run(context, a);
        }
        Path given = Path.of(a.single("RUN_DIR|MODEL.onnx"));
        Path model = ModelTarget.modelFile(given, "");
        if (a.option("prime") == null && (dev.dendrite.analysis.latent.GeneratorSpace.isGenerator(model) || dev.dendrite.analysis.latent.VariationalCode.isVariational(model))) {
            return GeneratorSampling.run(context, a, given, model);
        }
        if (a.option("prime") == null) {
            throw new UsageException("--prime is needed: what the model continues (text for a character model, e.g. --prime \"The \")");
        }
        int length = whole(a.option("length"), 200, "--length", 1, MAX_LENGTH);
        double temperature = number(a.option("temperature"), 0.8, "--temperature");
        int topK = whole(a.option("top-k"), 0, "--top-k", 0, Integer.MAX_VALUE);
        long seed = whole(a.option("seed"), 42, "--seed", 0, Integer.MAX_VALUE);
        String spec = a.option("data") != null ? a.option("data") : Files.isDirectory(given)
                && RunReader.readWithoutMetrics(given).config().get("dataset") instanceof String s ? s : null;
        TextSpec text;
        try {
            text = TextSpec.parse(spec);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        int window = whole(a.option("window"), text != null ? text.window() : DEFAULT_WINDOW, "--window", 1, MAX_LENGTH);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("model", model.toString());
        String shown;
        try (Continuation continuation = Continuation.open(Files.readAllBytes(model), model.toString())) {
            if (continuation.readsTokens()) {
                int[] alphabet = text == null ? null : alphabet(text, given);
                long[] prime = alphabet == null ? ids(a.option("prime")) : encode(a.option("prime"), alphabet);
                long[] generated = continuation.tokens(prime, length, window, temperature, topK, alphabet == null ? Integer.MAX_VALUE
                        : alphabet.length, seed);
                json.put("prime", a.option("prime"));
                json.put("generated", alphabet == null ? null : decode(generated, alphabet));
                json.put("tokens", java.util.Arrays.stream(generated).boxed().toList());
                json.put("temperature", temperature);
                json.put("topK", topK);
                json.put("seed", seed);
                shown = alphabet == null ? join(generated) : a.option("prime") + decode(generated, alphabet);
            } else {
                float[][] prime = values(a.option("prime"), continuation.features());
                float[][] generated = continuation.values(prime, length, window);
                List<List<Double>> steps = new ArrayList<>();
                StringBuilder line = new StringBuilder();
                for (float[] step : generated) {
                    List<Double> row = new ArrayList<>();
                    for (float v : step) {
                        row.add((double) v);
                        line.append(String.format(Locale.ROOT, "%.4f ", v));
                    }
                    steps.add(row);
                    line.setCharAt(line.length() - 1, step.length > 1 ? ';' : ' ');
                }
                json.put("prime", a.option("prime"));
                json.put("generated", steps);
                shown = line.toString().strip();
            }
            json.put("window", window);
        } catch (IllegalArgumentException e) {
            throw new UsageException(model + ": " + e.getMessage());
        } catch (ModelLoadException e) {
            throw new UsageException(model + " cannot be loaded: " + e.getMessage());
        } catch (OrtException e) {
            throw new CommandFailedException("the model failed while generating: " + e.getMessage());
        }
        context.print(json, shown);
        return 0;
    }

    /** The text file's characters, as its data set numbered them. */
    private static int[] alphabet(TextSpec text, Path run) throws UsageException {
        Path file = text.file();
        if (!Files.isRegularFile(file) && !file.isAbsolute() && Files.isRegularFile(run.resolveSibling(file.toString()))) {
            file = run.resolveSibling(file.toString());
        }
        try {
            return TextSpec.alphabet(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UsageException("the text " + text.file() + " the model was trained on cannot be read (" + e.getMessage()
                    + "): its characters number the tokens; give --data text:FILE");
        }
    }

    private static long[] encode(String prime, int[] alphabet) throws UsageException {
        int[] points = prime.codePoints().toArray();
        long[] ids = new long[points.length];
        StringBuilder unknown = new StringBuilder();
        for (int i = 0; i < points.length; i++) {
            ids[i] = java.util.Arrays.binarySearch(alphabet, points[i]);
            if (ids[i] < 0 && unknown.indexOf(Character.toString(points[i])) < 0) {
                unknown.appendCodePoint(points[i]);
            }
        }
        if (!unknown.isEmpty()) {
            throw new UsageException("the prime has characters the training text never had: '" + unknown + "'");
        }
        return ids;
    }

    private static String decode(long[] ids, int[] alphabet) {
        StringBuilder text = new StringBuilder();
        for (long id : ids) {
            text.appendCodePoint(alphabet[(int) id]);
        }
        return text.toString();
    }

    private static long[] ids(String prime) throws UsageException {
        try {
            return java.util.Arrays.stream(prime.split(",")).map(String::strip).mapToLong(Long::parseLong).toArray();
        } catch (NumberFormatException e) {
            throw new UsageException("--prime for a token model without its text is token ids, e.g. 3,5,7, not '" + prime + "'");
        }
    }

    private static float[][] values(String prime, int features) throws UsageException {
        String[] steps = features == 1 ? prime.split(",") : prime.split(";");
        float[][] values = new float[steps.length][];
        for (int s = 0; s < steps.length; s++) {
            String[] cells = features == 1 ? new String[] {steps[s]} : steps[s].split(",");
            if (cells.length != features) {
                throw new UsageException("step " + (s + 1) + " of --prime has " + cells.length + " values; the model reads " + features + " per step");
            }
            values[s] = new float[features];
            try {
                for (int f = 0; f < features; f++) {
                    values[s][f] = Float.parseFloat(cells[f].strip());
                }
            } catch (NumberFormatException e) {
                throw new UsageException("--prime for a value model is numbers, e.g. 0.1,0.5,0.9, not '" + prime + "'");
            }
        }
        return values;
    }

    /** Token ids as "3,9,4". */
    static String join(long[] ids) {
        StringBuilder text = new StringBuilder();
        for (long id : ids) {
            text.append(text.isEmpty() ? "" : ",").append(id);
        }
        return text.toString();
    }

    private static int whole(String text, int otherwise, String option, int least, int most) throws UsageException {
        if (text == null) {
            return otherwise;
        }
        try {
            int value = Integer.parseInt(text);
            if (value >= least && value <= most) {
                return value;
            }
        } catch (NumberFormatException e) {
            // the message below
        }
        throw new UsageException(option + " must be a whole number from " + least + " to " + most + ", not '" + text + "'");
    }

    private static double number(String text, double otherwise, String option) throws UsageException {
        if (text == null) {
            return otherwise;
        }
        try {
            double value = Double.parseDouble(text);
            if (value >= 0 && Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // the message below
        }
        throw new UsageException(option + " must be a number of 0 or more, not '" + text + "'");
    }
}
