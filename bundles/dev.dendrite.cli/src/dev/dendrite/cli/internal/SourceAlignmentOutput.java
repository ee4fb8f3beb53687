package dev.dendrite.cli.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import dev.dendrite.analysis.evaluation.AlignmentImages;
import dev.dendrite.analysis.evaluation.Saliency;
import dev.dendrite.analysis.evaluation.SourceAlignment;
import dev.dendrite.cli.Arguments;
import dev.dendrite.cli.CommandContext;
import dev.dendrite.cli.UsageException;
import dev.dendrite.train.data.Batch;
import dev.dendrite.train.data.Field;
import dev.dendrite.train.data.TensorDataset;

/**
 * {@code dendrite saliency} of an encoder-decoder (pairs of a source and a decoder input): per pair a T×S map, each output
 * step's scores over the source tokens, as text (each step's strongest three), JSON ("map": a row per step) and a PNG.
 */
final class SourceAlignmentOutput {

    /** Source tokens the text names per output step. */
    private static final int NAMED = 3;

    private SourceAlignmentOutput() {
    }

    /** Whether the data are pairs an encoder-decoder reads: two inputs of token ids (masks aside), the first its source. */
    static boolean holdsPairs(List<Field> inputs) {
        return inputs.size() == 2 && inputs.stream().allMatch(f -> f.type() == Field.ElementType.INT64);
    }

    static int run(CommandContext context, Arguments a, ModelTarget target, List<Field> inputs, int[] samples, Saliency.Method method)
            throws Exception {
        TensorDataset data = target.sequences();
        Field source = inputs.get(0);
        Field decoder = inputs.get(1);
        List<long[]> sources = new ArrayList<>();
        List<long[]> decoderInputs = new ArrayList<>();
        for (int sample : samples) {
            if (sample >= data.size()) {
                throw new UsageException("sample " + sample + " is outside the " + target.split() + " split of " + target.spec() + " (0-"
                        + (data.size() - 1) + ")");
            }
            Batch one = data.batch(new int[] {sample}, 0, 1);
            sources.add(Arrays.copyOf(one.tensors().get(source.name()).longs(), data.steps(sample, source.name())));
            decoderInputs.add(Arrays.copyOf(one.tensors().get(decoder.name()).longs(), data.steps(sample, decoder.name())));
        }
        SourceAlignment.Result result = target.analyse("saliency", model -> SourceAlignment.of(model, source.name(), samples, sources,
                decoderInputs, method));
        Path out = target.outputFolder(a, "saliency");
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%s saliency of %s over its source, on the %s split of %s: per "
                + "output step (teacher-forced) the source tokens it was read from (position: token, share of the largest)%n", method.word(),
                target.model(), target.split(), target.spec()));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (SourceAlignment.Sample sample : result.samples()) {
            Path file = out.resolve(String.format(Locale.ROOT, "sample-%d-alignment.png", sample.sample()));
            AlignmentImages.write(sample, file);
            int s = sample.source().length;
            List<List<Double>> map = new ArrayList<>();
            text.append(String.format(Locale.ROOT, "sample %d: source %s, read %s (alignment %+.2f), %s%n", sample.sample(),
                    words(sample.source()), words(sample.read()), sample.alignment(), file));
            for (int t = 0; t < sample.read().length; t++) {
                int step = t;
                double top = IntStream.range(0, s).mapToDouble(j -> Math.abs(sample.map()[step * s + j])).max().orElse(0);
                List<Double> row = new ArrayList<>();
                for (int j = 0; j < s; j++) {
                    row.add((double) sample.map()[t * s + j]);
                }
                map.add(row);
                text.append(String.format(Locale.ROOT, "  step %d reads %d from %s%n", t, sample.read()[t], String.join(", ",
                        IntStream.range(0, s).boxed().sorted(Comparator.comparingDouble(j -> -Math.abs(sample.map()[step * s + j]))).limit(NAMED)
                                .map(j -> String.format(Locale.ROOT, "%d: %d %.2f", j, sample.source()[j], top > 0 ? sample.map()[step * s + j]
                                        / top : 0)).toList())));
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("sample", sample.sample());
            row.put("source", longs(sample.source()));
            row.put("decoderInput", longs(sample.decoderInput()));
            row.put("read", longs(sample.read()));
            row.put("map", map);
            row.put("alignment", sample.alignment());
            row.put("file", file.toString());
            rows.add(row);
        }
        text.append(String.format(Locale.ROOT, "alignment over all steps %+.2f: the correlation of each output step with the source position "
                + "it reads most (+1 in order, -1 in reverse)", result.alignment()));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("model", target.model().toString());
        json.put("dataset", target.spec());
        json.put("split", target.split());
        json.put("method", method.word());
        json.put("alignment", result.alignment());
        json.put("samples", rows);
        context.print(json, text.toString());
        return 0;
    }

    private static String words(long[] ids) {
        return String.join(" ", Arrays.stream(ids).mapToObj(String::valueOf).toList());
    }

    private static List<Long> longs(long[] ids) {
        return Arrays.stream(ids).boxed().toList();
    }
}
