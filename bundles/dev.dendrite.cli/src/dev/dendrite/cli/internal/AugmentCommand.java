package dev.dendrite.cli.internal;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.imageio.ImageIO;

import dev.dendrite.cli.Arguments;
import dev.dendrite.cli.Command;
import dev.dendrite.cli.CommandContext;
import dev.dendrite.cli.UsageException;
import dev.dendrite.model.io.DnetIO;
import dev.dendrite.model.io.LoadResult;
import dev.dendrite.train.data.Augmentation;
import dev.dendrite.train.data.AugmentedExamples;
import dev.dendrite.train.data.BatchSource;
import dev.dendrite.train.data.DataSources;
import dev.dendrite.train.data.NpmDatasets;

/**
 * {@code dendrite augment --data SPEC --augment SPEC}: a picture of what {@code train --augment}
 * does to a data set's training pictures, before a run spends its time on them.
 */
public final class AugmentCommand implements Command {

    private static final Map<String, String> VALUED = Map.of("--data", "data", "--augment", "augment", "--samples", "samples", "--epochs",
            "epochs", "--seed", "seed", "-o", "out", "--data-cache", "data-cache");

    /** Pixels between pictures in the grid. */
    private static final int GAP = 2;

    @Override
    public String name() {
        return "augment";
    }

    @Override
    public String summary() {
        return "preview what train --augment does to the training pictures, as a PNG grid: augment --data mnist --augment shift:2";
    }

    @Override
    public String usage() {
        return """
                Usage: dendrite augment [FILE.dnet] [--data SPEC] --augment shift:P,flip,cutout:P [--samples N] [--epochs E]
                                        [--seed S] [-o FILE.png] [--data-cache DIR] [--json]
                Draws the first N training pictures (default 8) of the data set (--data, or the network's) in the top row
                and, below, each as the augmentation changes it in epochs 1 to E (default 3), one row per epoch, into
                FILE.png (default augment.png), scaled up to at least 56 pixels a side. The draws follow train's rules
                (seed, epoch and sample; --seed default 42).""";
    }

    @Override
    public int run(CommandContext context, List<String> args) throws Exception {
        Arguments a = Arguments.parse(args, VALUED, Set.of());
        String data = a.option("data");
        if (!a.positionals().isEmpty()) {
            LoadResult loaded = DnetIO.load(Path.of(a.single("FILE.dnet")));
            if (!loaded.ok()) {
                throw new UsageException(loaded.firstProblem());
            }
            var training = loaded.network().get().getTraining();
            data = data != null ? data : training == null ? null : training.getDataset();
        }
        if (data == null || data.isBlank()) {
            throw new UsageException("no data set: give --data (mnist, fashion-mnist, images:DIR, ...) or a network that names one");
        }
        if (a.option("augment") == null) {
            throw new UsageException("--augment is needed: the changes to preview, e.g. --augment shift:2,flip");
        }
        Augmentation augmentation;
        try {
            augmentation = Augmentation.parse(a.option("augment"));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--augment: " + e.getMessage());
        }
        int samples = positive(a, "samples", 8, 64);
        int epochs = positive(a, "epochs", 3, 16);
        long seed = a.option("seed") == null ? 42 : (long) TrainCommand.number(a, "seed").doubleValue();
        Path cache = a.option("data-cache") != null ? Path.of(a.option("data-cache")) : NpmDatasets.defaultCache();
        AugmentedExamples examples;
        try {
            BatchSource train = DataSources.loadAny(data, cache, seed)[0];
            examples = AugmentedExamples.of(train, augmentation, seed, samples, epochs);
        } catch (IllegalArgumentException | IOException e) {
            throw new UsageException(e.getMessage());
        }
        Path out = Path.of(a.option("out") == null ? "augment.png" : a.option("out"));
        if (!ImageIO.write(grid(examples), "png", out.toFile())) {
            throw new UsageException("no PNG writer for " + out);
        }
        String picture = examples.channels() + "×" + examples.height() + "×" + examples.width();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("png", out.toString());
        json.put("data", data);
        json.put("augment", augmentation.spec());
        json.put("picture", picture);
        json.put("samples", examples.originals().size());
        json.put("epochs", epochs);
        context.print(json, String.format(Locale.ROOT, "Wrote %s: %d training pictures of %s (%s) in the top row, below them as %s changes "
                + "them in epochs 1 to %d", out, examples.originals().size(), data, picture, augmentation.spec(), epochs));
        return 0;
    }

    private static int positive(Arguments a, String option, int fallback, int most) throws UsageException {
        Integer value = TrainCommand.integer(a, option);
        if (value == null) {
            return fallback;
        }
        if (value < 1 || value > most) {
            throw new UsageException("--" + option + " needs a whole number from 1 to " + most + ", got " + value);
        }
        return value;
    }

    /** Originals in the top row, each epoch's draws below, every picture scaled by a whole factor. */
    static BufferedImage grid(AugmentedExamples examples) {
        int scale = Math.max(1, (56 + examples.height() - 1) / examples.height());
        int w = examples.width() * scale;
        int h = examples.height() * scale;
        int columns = examples.originals().size();
        int rows = 1 + examples.epochs().size();
        BufferedImage image = new BufferedImage(columns * (w + GAP) + GAP, rows * (h + GAP) + GAP, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D background = image.createGraphics();
        background.setColor(java.awt.Color.GRAY);
        background.fillRect(0, 0, image.getWidth(), image.getHeight());
        background.dispose();
        for (int row = 0; row < rows; row++) {
            List<float[]> pictures = row == 0 ? examples.originals() : examples.epochs().get(row - 1);
            for (int column = 0; column < columns; column++) {
                int[] rgb = examples.rgb(pictures.get(column));
                int left = GAP + column * (w + GAP);
                int top = GAP + row * (h + GAP);
                for (int y = 0; y < h; y++) {
                    for (int x = 0; x < w; x++) {
                        image.setRGB(left + x, top + y, rgb[(y / scale) * examples.width() + x / scale]);
                    }
                }
            }
        }
        return image;
    }
}
