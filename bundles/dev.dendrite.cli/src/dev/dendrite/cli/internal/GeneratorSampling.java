package dev.dendrite.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import dev.dendrite.analysis.evaluation.SaliencyImages;
import dev.dendrite.analysis.latent.GeneratorSpace;
import dev.dendrite.analysis.latent.LatentImages;
import dev.dendrite.analysis.latent.LatentSpace;
import dev.dendrite.analysis.latent.VariationalCode;
import dev.dendrite.cli.Arguments;
import dev.dendrite.cli.CommandContext;
import dev.dendrite.cli.UsageException;
import dev.dendrite.train.data.DataSources;
import dev.dendrite.train.data.Dataset;
import dev.dendrite.train.data.NpmDatasets;
import dev.dendrite.train.run.RunReader;

/**
 * {@code dendrite generate} of a GAN's generator, or of a variational autoencoder's decoder on codes of its prior: samples and
 * spherical interpolations between noise vectors (codes) as pictures, and how varied the samples are beside as many of the
 * data's test samples.
 */
final class GeneratorSampling {

    private GeneratorSampling() {
    }

    static int run(CommandContext context, Arguments a, Path given, Path model) throws Exception {
        GeneratorSpace.Settings d = GeneratorSpace.Settings.defaults();
        GeneratorSpace.Settings settings = new GeneratorSpace.Settings(a.wholeNumber("count", d.count(), 2),
                a.wholeNumber("lines", d.lines(), 1), a.wholeNumber("steps", d.steps(), 2), a.wholeNumber("seed", (int) d.seed(), 0),
                a.option("class") == null ? -1 : a.wholeNumber("class", 0, 0));
        Dataset data = data(a, given);
        var parsed = ai.onnx.proto.OnnxMl.ModelProto.parseFrom(Files.readAllBytes(model));
        var code = GeneratorSpace.isGenerator(parsed) ? null : VariationalCode.find(parsed, model.toString());
        GeneratorSpace space;
        try {
            if (code != null) {
                if (data == null) {
                    throw new UsageException(model + " is a variational autoencoder: give --data, the data set it was trained on (its "
                            + "samples tell the code's width and the pictures' range)");
                }
                // The decoder cut from the model reads codes of the prior as a generator reads noise.
                parsed = LatentSpace.decoder(parsed, code, data);
            }
            space = GeneratorSpace.of(parsed, settings);
        } catch (IllegalArgumentException e) {
            throw new UsageException(model + ": " + e.getMessage());
        } catch (dev.dendrite.runtime.ModelLoadException e) {
            throw new UsageException(model + " cannot be loaded: " + e.getMessage());
        }
        Double dataDiversity = null;
        double low = 0;
        double high = 1;
        if (data != null && data.sampleSize() == space.samples()[0].length) {
            int n = Math.min(settings.count(), data.size());
            float[][] real = new float[n][data.sampleSize()];
            for (int i = 0; i < n; i++) {
                data.features(i, real[i], 0);
            }
            dataDiversity = GeneratorSpace.diversity(real);
            var range = dev.dendrite.analysis.features.DataRange.of(data, n);
            low = range.low();
            high = range.high();
        }
        Path out = a.option("out") != null ? Path.of(a.option("out")) : Files.isDirectory(given) ? given.resolve("generated")
                : model.toAbsolutePath().resolveSibling("generated");
        Map<String, String> files = new LinkedHashMap<>();
        write(files, "samples", LatentImages.grid(space.samples(), space.columns(), space.sampleShape(), low, high), out.resolve("samples.png"));
        write(files, "interpolation", LatentImages.grid(space.interpolation(), space.steps(), space.sampleShape(), low, high),
                out.resolve("interpolation.png"));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("model", model.toString());
        json.put("noise", Map.of("input", space.input(), "dims", space.dims()));
        json.put("source", code == null ? "noise" : "prior");
        json.put("count", space.samples().length);
        json.put("lines", settings.lines());
        json.put("steps", settings.steps());
        json.put("seed", settings.seed());
        json.put("conditional", space.classCount() == 0 ? null : conditional(space, settings));
        json.put("diversity", space.diversity());
        json.put("dataDiversity", dataDiversity);
        json.put("files", files);
        String compared = dataDiversity == null ? ""
                : String.format(Locale.ROOT, " (the data's %.4f: %.0f%%)", dataDiversity, 100 * space.diversity() / dataDiversity);
        String drawn = space.classCount() == 0 ? "" : settings.onlyClass() >= 0 ? " of class " + settings.onlyClass()
                : " of its " + space.classCount() + " classes in turn (a column each)";
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%d samples%s of %s from %d-dimensional %s (seed %d): diversity "
                + "%.4f%s%n", space.samples().length, drawn, model, space.dims(), code == null ? "noise" : "codes of its prior N(0, I), decoded",
                settings.seed(), space.diversity(), compared));
        if (a.option("judge") != null) {
            json.put("judge", SampleJudging.judge(a, parsed, data, settings.seed(), text));
        }
        files.forEach((name, file) -> text.append(String.format(Locale.ROOT, "%-14s %s%n", name + ":", file)));
        context.print(json, text.toString().stripTrailing());
        return 0;
    }

    private static Map<String, Object> conditional(GeneratorSpace space, GeneratorSpace.Settings settings) {
        Map<String, Object> conditional = new LinkedHashMap<>();
        conditional.put("classes", space.classCount());
        conditional.put("class", settings.onlyClass() >= 0 ? settings.onlyClass() : null);
        return conditional;
    }

    /** The data set's test split the run trained on (or --data), for the comparison; null for a model file without --data. */
    private static Dataset data(Arguments a, Path given) throws UsageException, IOException {
        String spec = a.option("data") != null ? a.option("data") : Files.isDirectory(given)
                && RunReader.readWithoutMetrics(given).config().get("dataset") instanceof String s ? s : null;
        if (spec == null) {
            return null;
        }
        try {
            Path cache = a.option("data-cache") != null ? Path.of(a.option("data-cache")) : NpmDatasets.defaultCache();
            return DataSources.loadAny(spec, cache, 42L)[1] instanceof Dataset test ? test : null;
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static void write(Map<String, String> files, String name, java.awt.image.BufferedImage picture, Path file) throws IOException {
        if (SaliencyImages.writePng(picture, file)) {
            files.put(name, file.toString());
        }
    }
}
