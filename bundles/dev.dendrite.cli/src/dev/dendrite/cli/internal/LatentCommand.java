package dev.dendrite.cli.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.dendrite.analysis.evaluation.SaliencyImages;
import dev.dendrite.analysis.features.DataRange;
import dev.dendrite.analysis.latent.LatentImages;
import dev.dendrite.analysis.latent.LatentSpace;
import dev.dendrite.analysis.latent.VariationalCode;
import dev.dendrite.cli.Arguments;
import dev.dendrite.cli.Command;
import dev.dendrite.cli.CommandContext;
import dev.dendrite.cli.UsageException;
import dev.dendrite.model.io.AtomicFiles;
import dev.dendrite.train.data.Dataset;

/** {@code dendrite latent RUN_DIR|MODEL.onnx}: a variational autoencoder's latent space, its use per dimension and what it decodes to. */
public final class LatentCommand implements Command {

    /** Codes listed in the JSON for plotting, at most. */
    private static final int LISTED_CODES = 2000;

    @Override
    public String name() {
        return "latent";
    }

    @Override
    public String summary() {
        return "a variational autoencoder's latent space: KL and activity per dimension, the decoded manifold, prior samples: latent RUN_DIR";
    }

    @Override
    public String usage() {
        return """
                Usage: dendrite latent RUN_DIR|MODEL.onnx [--samples N|all] [--grid G] [--dims I,J] [--between A,B] [--steps S]
                                      [--seed S] [--class C] [--judge RUN_DIR|MODEL.onnx [--judge-samples M]] [--data SPEC]
                                      [--split test|train|validation] [-o DIR] [--data-cache DIR] [--json]
                The latent space of a variational autoencoder (a network with a GaussianLatent layer, as the vae
                template): the split's first N samples (default 2000) encoded, and for each code dimension its KL
                term against the prior N(0, I) and its activity, the variance over samples of the code's mean (Burda
                et al., 2016: below 0.01 the dimension has collapsed to the prior and carries nothing); the decoded
                means' reconstruction error and the loss as trained (weighted error plus β times the KL term).
                Pictures, into -o DIR (default RUN_DIR/latent): manifold.png, G × G codes (default 15) decoded at the
                standard normal's quantiles of two dimensions (--dims, default the two of largest KL; the others at 0),
                as Kingma and Welling drew it; codes.png, the samples' code means over the same two dimensions coloured
                by class; prior.png, 64 codes drawn from N(0, I) by --seed and decoded; line.png, the decoded straight
                line between two samples' codes in S steps (default 10), the samples at its ends (--between, default
                sample 0 and the first of another class); traversal.png, a row per dimension (the 16 of largest KL,
                largest first): the first of those samples' code with that dimension alone set from -3 to 3 (Higgins et
                al.'s traversals: what each dimension changes). A run keeps the report (latent.json).
                A conditional autoencoder (the cvae template: its encoder and decoder read each sample's class) codes
                what the class does not say, its style: each sample reconstructs with its own class, the manifold,
                line and traversal decode with class C (--class, default the line's first sample's), and prior.png
                draws each of its codes as every class, a row per code and a column per class.
                --judge: a classifier trained on the same data judges M decoded prior samples (default 1,000, at most
                half the split) against as many of the split's, as generate --judge does a GAN's: the Fréchet distance
                beside two sets of data samples', the classifier score, the classes covered.""";
    }

    @Override
    public int run(CommandContext context, List<String> args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>(ModelTarget.OPTIONS);
        for (String option : List.of("samples", "grid", "dims", "between", "steps", "seed", "class", "judge", "judge-samples")) {
            options.put("--" + option, option);
        }
        options.put("-o", "out");
        Arguments a = Arguments.parse(args, options, Set.of());
        LatentSpace.Settings d = LatentSpace.Settings.defaults();
        int grid = a.wholeNumber("grid", d.grid(), 2);
        int[] dims = pair(a, "dims");
        int[] between = pair(a, "between");
        int steps = a.wholeNumber("steps", d.steps(), 2);
        int seed = a.wholeNumber("seed", (int) d.seed(), 0);
        int decodedClass = a.wholeNumber("class", -1, 0);
        ModelTarget target = ModelTarget.resolve(a, "latent");
        Dataset data = target.samples("latent");
        LatentSpace.Settings settings = new LatentSpace.Settings(ModelTarget.samples(a.option("samples"), data.size(), d.samples()), grid, dims,
                between, steps, d.prior(), seed, decodedClass);
        DataRange range;
        try {
            range = DataRange.of(data, settings.samples());
        } catch (IllegalArgumentException e) {
            throw new UsageException(target.spec() + ": " + e.getMessage());
        }
        LatentSpace.Result result = target.analyse("latent space", model -> LatentSpace.of(model, VariationalCode.of(model, target.model()
                .toString()), data, settings));
        Path out = target.outputFolder(a, "latent");
        Map<String, Path> files = new LinkedHashMap<>();
        write(files, "manifold", LatentImages.manifold(result, range.low(), range.high()), out.resolve("manifold.png"));
        write(files, "codes", result.dims() >= 1 ? LatentImages.codes(result, data) : null, out.resolve("codes.png"));
        write(files, "prior", LatentImages.priorSamples(result, range.low(), range.high()), out.resolve("prior.png"));
        write(files, "line", LatentImages.line(result, data, range.low(), range.high()), out.resolve("line.png"));
        write(files, "traversal", LatentImages.traversal(result, range.low(), range.high()), out.resolve("traversal.png"));
        Map<String, Object> json = json(target, result, data, files);
        if (target.run() != null) {
            Path kept = target.run().resolve(LatentSpace.REPORT);
            json.put("report", kept.toString());
            AtomicFiles.write(kept, dev.dendrite.train.run.RunJson.document(json).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        StringBuilder judged = new StringBuilder();
        if (a.option("judge") != null) {
            // The prior's own samples, drawn one seed past the picture's: what the VAE generates, judged as a GAN's are.
            json.put("judge", SampleJudging.judge(a, target.samples("latent"), n -> target.analyse("prior samples", model ->
                    LatentSpace.priorSamples(model, VariationalCode.of(model, target.model().toString()), data, n, seed + 1L)), judged));
        }
        context.print(json, text(target, result, files) + (judged.isEmpty() ? "" : "\n" + judged.toString().stripTrailing()));
        return 0;
    }

    private static void write(Map<String, Path> files, String name, java.awt.image.BufferedImage picture, Path file) throws java.io.IOException {
        if (SaliencyImages.writePng(picture, file)) {
            files.put(name, file);
        }
    }

    /** {@code --NAME I,J}: two whole numbers ≥ 0, or null where not given. */
    private static int[] pair(Arguments a, String name) throws UsageException {
        String value = a.option(name);
        if (value == null) {
            return null;
        }
        String[] parts = value.split(",");
        try {
            if (parts.length == 2) {
                int[] pair = {Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip())};
                if (pair[0] >= 0 && pair[1] >= 0) {
                    return pair;
                }
            }
        } catch (NumberFormatException e) {
            // named below
        }
        throw new UsageException("--" + name + " takes two whole numbers ≥ 0 separated by a comma, not '" + value + "'");
    }

    private static Map<String, Object> json(ModelTarget target, LatentSpace.Result r, Dataset data, Map<String, Path> files) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("model", target.model().toString());
        json.put("dataset", target.spec());
        json.put("split", target.split());
        json.put("samples", r.samples());
        Map<String, Object> latent = new LinkedHashMap<>();
        latent.put("layer", r.code().latent());
        latent.put("mean", r.code().mean());
        latent.put("logVariance", r.code().logVariance());
        latent.put("dims", r.dims());
        latent.put("klWeight", r.code().klWeight());
        json.put("latent", latent);
        if (r.conditioning() != null) {
            Map<String, Object> conditional = new LinkedHashMap<>();
            conditional.put("classInput", r.conditioning().input());
            conditional.put("classes", r.conditioning().classes());
            conditional.put("decodedClass", r.conditioning().decoded());
            json.put("conditional", conditional);
        }
        json.put("reconstructionError", r.reconstructionError());
        json.put("reconstructionWeight", r.code().reconstructionWeight());
        json.put("kl", r.kl());
        json.put("loss", r.loss());
        json.put("activeDims", r.activeDims());
        List<Map<String, Object>> dims = new ArrayList<>();
        for (LatentSpace.Dimension dim : r.dimensions()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("dim", dim.dimension());
            row.put("kl", dim.kl());
            row.put("activity", dim.activity());
            row.put("meanVariance", dim.meanVariance());
            row.put("active", dim.active());
            dims.add(row);
        }
        json.put("dimensions", dims);
        Map<String, Object> manifold = new LinkedHashMap<>();
        manifold.put("dims", List.of(r.manifoldDims()[0], r.manifoldDims()[1]));
        manifold.put("grid", r.grid());
        json.put("manifold", manifold);
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("from", r.between()[0]);
        line.put("to", r.between()[1]);
        line.put("fromLabel", data.hasLabels() ? data.label(r.between()[0]) : null);
        line.put("toLabel", data.hasLabels() ? data.label(r.between()[1]) : null);
        line.put("steps", r.line().length);
        json.put("line", line);
        Map<String, Object> traversal = new LinkedHashMap<>();
        traversal.put("sample", r.between()[0]);
        traversal.put("dims", java.util.Arrays.stream(r.traversed()).boxed().toList());
        traversal.put("values", java.util.Arrays.stream(LatentSpace.TRAVERSAL).boxed().toList());
        json.put("traversal", traversal);
        List<Map<String, Object>> codes = new ArrayList<>();
        int k = r.dims();
        for (int i = 0; i < Math.min(r.samples(), LISTED_CODES); i++) {
            Map<String, Object> code = new LinkedHashMap<>();
            code.put("sample", i);
            code.put("label", data.hasLabels() ? data.label(i) : null);
            code.put("x", r.means()[i * k + r.manifoldDims()[0]]);
            code.put("y", r.manifoldDims()[1] == r.manifoldDims()[0] ? 0f : r.means()[i * k + r.manifoldDims()[1]]);
            codes.add(code);
        }
        json.put("codes", codes);
        Map<String, Object> written = new LinkedHashMap<>();
        files.forEach((name, file) -> written.put(name, file.toString()));
        json.put("files", written);
        return json;
    }

    private static String text(ModelTarget target, LatentSpace.Result r, Map<String, Path> files) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "latent space of %s (%s, %d dims): the first %,d samples of the %s split "
                + "of %s%n", target.model(), r.code().latent(), r.dims(), r.samples(), target.split(), target.spec()));
        text.append(String.format(Locale.ROOT, "reconstruction error %.5f per value (x %.4g = %.4f), KL %.4f nats per sample (x β %.4g): loss %.4f%n",
                r.reconstructionError(), r.code().reconstructionWeight(), r.code().reconstructionWeight() * r.reconstructionError(), r.kl(),
                r.code().klWeight(), r.loss()));
        text.append(String.format(Locale.ROOT, "%5s %10s %10s %10s  %s%n", "dim", "KL", "activity", "mean σ²", ""));
        for (LatentSpace.Dimension d : r.dimensions()) {
            text.append(String.format(Locale.ROOT, "%5d %10.4f %10.4f %10.4f  %s%n", d.dimension(), d.kl(), d.activity(), d.meanVariance(),
                    d.active() ? "active" : "collapsed to the prior"));
        }
        text.append(String.format(Locale.ROOT, "%d of %d dims active (activity ≥ %.2f)%n", r.activeDims(), r.dims(), LatentSpace.ACTIVE));
        if (r.conditioning() != null) {
            text.append(String.format(Locale.ROOT, "conditional on its class ('%s', %d classes): each sample reconstructed with its own, the "
                    + "manifold, line and traversal decode class %d, the prior's %d codes drawn as every class%n", r.conditioning().input(),
                    r.conditioning().classes(), r.conditioning().decoded(), r.priorSamples().length / r.conditioning().classes()));
        }
        files.forEach((name, file) -> text.append(String.format(Locale.ROOT, "%-10s %s%n", name + ":", file)));
        return text.toString().stripTrailing();
    }
}
