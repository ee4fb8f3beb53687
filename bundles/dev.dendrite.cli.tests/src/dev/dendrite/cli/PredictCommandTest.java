package dev.dendrite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.dendrite.train.data.Dataset;
import dev.dendrite.train.data.NpmDatasets;
import dev.dendrite.train.run.ModelOutputs;

/** dendrite predict: a trained model on image files and CSV rows, reading them as its data set's samples are read. */
class PredictCommandTest {

    private final CliHarness cli = new CliHarness();

    /** Sample {@code i} of a grey 28×28 set as an 8-bit PNG, inverted (dark on light) when asked. */
    private static void png(Dataset data, int i, boolean invert, Path file) throws Exception {
        float[] pixels = new float[784];
        data.features(i, pixels, 0);
        BufferedImage image = new BufferedImage(28, 28, BufferedImage.TYPE_BYTE_GRAY);
        for (int p = 0; p < 784; p++) {
            int v = Math.round((invert ? 1 - pixels[p] : pixels[p]) * 255);
            image.getRaster().setSample(p % 28, p / 28, 0, v);
        }
        ImageIO.write(image, "png", file.toFile());
    }

    @Test
    void predictsImagesAsTheModelReadsItsOwnSamples(@TempDir Path dir) throws Exception {
        Path dnet = dir.resolve("lenet.dnet");
        assertEquals(0, cli.run("new", "lenet-300-100", "-o", dnet.toString()));
        Path run = dir.resolve("run");
        assertEquals(0, cli.run("train", dnet.toString(), "--epochs", "1", "--run-dir", run.toString()));
        Dataset test = NpmDatasets.load("mnist", NpmDatasets.defaultCache())[1];
        int n = 12;
        Path images = Files.createDirectories(dir.resolve("digits"));
        Path paper = Files.createDirectories(dir.resolve("on-paper"));
        for (int i = 0; i < n; i++) {
            png(test, i, false, images.resolve(String.format("d%02d.png", i)));
            png(test, i, true, paper.resolve(String.format("d%02d.png", i)));
        }
        // What the model itself reads for those samples.
        float[] outputs = ModelOutputs.of(Files.readAllBytes(run.resolve("model.onnx")), "model", List.of(test.subset(
                java.util.stream.IntStream.range(0, n).toArray(), ""))).get(0).values();

        assertEquals(0, cli.run("predict", run.toString(), images.toString(), paper.toString(), "--json", "-o", dir.resolve("p.csv").toString(),
                "--save-inputs", dir.resolve("seen").toString()));
        JsonObject json = JsonParser.parseString(cli.out()).getAsJsonObject();
        var rows = json.getAsJsonArray("predictions");
        assertEquals(2 * n, rows.size());
        for (int r = 0; r < 2 * n; r++) {
            JsonObject row = rows.get(r).getAsJsonObject();
            int i = r % n;
            int expected = 0;
            for (int c = 1; c < 10; c++) {
                expected = outputs[i * 10 + c] > outputs[i * 10 + expected] ? c : expected;
            }
            assertEquals(expected, row.get("predicted").getAsInt(), row.toString());
            // The digits on paper were inverted back to MNIST's light ink; the PNGs of the set itself were not.
            assertEquals(r >= n, row.get("inverted").getAsBoolean(), row.toString());
            var top = row.getAsJsonArray("top");
            assertEquals(3, top.size());
            assertTrue(top.get(0).getAsJsonObject().get("probability").getAsDouble() >= top.get(1).getAsJsonObject().get("probability")
                    .getAsDouble());
        }
        assertEquals(2 * n + 1, Files.readAllLines(dir.resolve("p.csv")).size(), "a header and a row per input");
        // The same inputs named in a list file; a picture's row names the file of what the model read.
        Path list = dir.resolve("list.txt");
        Files.writeString(list, images + "\n\n" + paper + "\n");
        assertEquals(0, cli.run("predict", run.toString(), "--inputs-from", list.toString(), "--json", "--save-inputs", dir.resolve("seen2")
                .toString()));
        var listed = JsonParser.parseString(cli.out()).getAsJsonObject().getAsJsonArray("predictions");
        assertEquals(2 * n, listed.size());
        // Both folders hold a d00.png: the second one's picture gets a name of its own.
        assertEquals(dir.resolve("seen2").resolve("d00.input.png").toString(), listed.get(0).getAsJsonObject().get("seen").getAsString());
        assertEquals(dir.resolve("seen2").resolve("d00-2.input.png").toString(), listed.get(n).getAsJsonObject().get("seen").getAsString());
        BufferedImage seen = ImageIO.read(dir.resolve("seen").resolve("d00.input.png").toFile());
        assertEquals(28, seen.getWidth());

        // --centre: a digit in the corner of a large page is placed as MNIST placed its digits; without it, it stays in the corner.
        BufferedImage page = new BufferedImage(112, 112, BufferedImage.TYPE_INT_RGB);
        var g = page.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, 112, 112);
        g.drawImage(ImageIO.read(paper.resolve("d00.png").toFile()), 0, 0, null);
        g.dispose();
        Path corner = Files.createDirectories(dir.resolve("corner")).resolve("corner.png");
        ImageIO.write(page, "png", corner.toFile());
        assertEquals(0, cli.run("predict", run.toString(), corner.toString(), "--centre", "--save-inputs", dir.resolve("centred").toString()));
        assertEquals(13.5, centreOfMass(dir.resolve("centred").resolve("corner.input.png"))[0], 1.0);
        assertEquals(13.5, centreOfMass(dir.resolve("centred").resolve("corner.input.png"))[1], 1.0);
        assertEquals(0, cli.run("predict", run.toString(), corner.toString(), "--save-inputs", dir.resolve("scaled").toString()));
        assertTrue(centreOfMass(dir.resolve("scaled").resolve("corner.input.png"))[0] < 7, "scaled whole, the digit stays in the corner");

        // Text: each input's class and probability; --classes names them.
        List<String> names = List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine");
        assertEquals(0, cli.run("predict", run.toString(), images.resolve("d00.png").toString(), "--classes", String.join(",", names)));
        assertTrue(cli.out().lines().skip(1).findFirst().orElseThrow().matches(".*d00\\.png\\s+(" + String.join("|", names)
                + ") \\(\\d+\\.\\d%\\)   then .*"), cli.out());

        // One line for each kind of bad input.
        assertEquals(Cli.BAD_INPUT, cli.run("predict", run.toString()));
        assertEquals("dendrite predict: no input to predict: name image files, folders of images or CSV files after " + run, cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("predict", run.toString(), dir.resolve("none.png").toString()));
        assertEquals("dendrite predict: " + dir.resolve("none.png") + " does not exist", cli.lastErrorLine());
        Path notImage = dir.resolve("notes.png");
        Files.writeString(notImage, "not an image");
        assertEquals(Cli.BAD_INPUT, cli.run("predict", run.toString(), notImage.toString()));
        assertEquals("dendrite predict: " + notImage + " is not an image Dendrite reads (PNG, JPEG, GIF or BMP)", cli.lastErrorLine());
        Path rows3 = dir.resolve("rows.csv");
        Files.writeString(rows3, "1,2,3\n");
        assertEquals(Cli.BAD_INPUT, cli.run("predict", run.toString(), rows3.toString()));
        assertEquals("dendrite predict: " + rows3 + " line 1 has 3 numbers; the model reads 784 per input", cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("predict", run.toString(), images.toString(), "--classes", "a,b"));
        assertEquals("dendrite predict: --classes names 2 classes; the model gives 10 outputs", cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("predict", run.toString(), images.toString(), "--invert", "maybe"));
        assertEquals("dendrite predict: --invert must be auto, yes or no, not 'maybe'", cli.lastErrorLine());
    }

    @Test
    void scoresPicturesWithAnAutoencodersReconstructionError(@TempDir Path dir) throws Exception {
        Path dnet = dir.resolve("ae.dnet");
        assertEquals(0, cli.run("new", "autoencoder", "-o", dnet.toString()));
        Path run = dir.resolve("run");
        assertEquals(0, cli.run("train", dnet.toString(), "--epochs", "1", "--run-dir", run.toString()));
        assertEquals(0, cli.run("evaluate", run.toString(), "--json"));
        JsonObject worst = JsonParser.parseString(cli.out()).getAsJsonObject().getAsJsonArray("worst").get(0).getAsJsonObject();
        Dataset test = NpmDatasets.load("mnist", NpmDatasets.defaultCache())[1];
        Path png = dir.resolve("worst.png");
        png(test, worst.get("sample").getAsInt(), false, png);
        assertEquals(0, cli.run("predict", run.toString(), png.toString(), "--json", "--save-inputs", dir.resolve("seen").toString()));
        JsonObject row = JsonParser.parseString(cli.out()).getAsJsonObject().getAsJsonArray("predictions").get(0).getAsJsonObject();
        // The same sample, read from its PNG, scores the error evaluate gave it.
        assertEquals(worst.get("error").getAsDouble(), row.get("reconstructionError").getAsDouble(), 1e-6, row.toString());
        assertTrue(!row.has("predicted") && !row.has("values"), row.toString());
        assertTrue(Files.isRegularFile(Path.of(row.get("reconstruction").getAsString())), row.toString());
        assertEquals(0, cli.run("predict", run.toString(), png.toString()));
        assertTrue(cli.out().contains("reconstruction error "), cli.out());
    }

    /** The centre of mass (x, y) of a grey PNG's light values. */
    private static double[] centreOfMass(Path png) throws Exception {
        BufferedImage image = ImageIO.read(png.toFile());
        double mass = 0;
        double x = 0;
        double y = 0;
        for (int r = 0; r < image.getHeight(); r++) {
            for (int c = 0; c < image.getWidth(); c++) {
                double v = (image.getRGB(c, r) & 0xff) / 255.0;
                mass += v;
                x += c * v;
                y += r * v;
            }
        }
        return new double[] {x / mass, y / mass};
    }

    @Test
    void predictsCsvRowsWithAClassifierAndValuesWithARegressor(@TempDir Path dir) throws Exception {
        Path dnet = dir.resolve("moons.dnet");
        assertEquals(0, cli.run("new", "mlp-classifier", "-o", dnet.toString()));
        Path run = dir.resolve("run");
        assertEquals(0, cli.run("train", dnet.toString(), "--epochs", "20", "--lr", "0.05", "--run-dir", run.toString()));
        Path points = dir.resolve("points.csv");
        // The tips of the two moons: the upper moon's left end (class 0) and the lower moon's right end (class 1).
        Files.writeString(points, "x,y\n-1.0,0.0\n2.0,0.5\n");
        assertEquals(0, cli.run("predict", run.toString(), points.toString(), "--json", "--top", "1"));
        var rows = JsonParser.parseString(cli.out()).getAsJsonObject().getAsJsonArray("predictions");
        assertEquals(2, rows.size());
        assertEquals(points + ":2", rows.get(0).getAsJsonObject().get("input").getAsString(), "named by file and line");
        assertEquals(0, rows.get(0).getAsJsonObject().get("predicted").getAsInt());
        assertEquals(1, rows.get(1).getAsJsonObject().get("predicted").getAsInt());
        assertEquals(1, rows.get(0).getAsJsonObject().getAsJsonArray("top").size());

        Path sine = dir.resolve("sine.dnet");
        assertEquals(0, cli.run("new", "mlp-regressor", "-o", sine.toString()));
        Path sineRun = dir.resolve("sine-run");
        assertEquals(0, cli.run("train", sine.toString(), "--epochs", "30", "--run-dir", sineRun.toString()));
        Path x = dir.resolve("x.csv");
        Files.writeString(x, "1.5707964\n");
        assertEquals(0, cli.run("predict", sineRun.toString(), x.toString(), "--json"));
        JsonObject row = JsonParser.parseString(cli.out()).getAsJsonObject().getAsJsonArray("predictions").get(0).getAsJsonObject();
        assertTrue(!row.has("predicted"), "a regression model gives values: " + row);
        assertEquals(1.0, row.getAsJsonArray("values").get(0).getAsDouble(), 0.25, "sin(π/2) after 30 epochs: " + row);
        assertEquals(Cli.BAD_INPUT, cli.run("predict", sineRun.toString(), dir.resolve("points.csv").toString()));
        assertEquals("dendrite predict: " + points + " line 2 has 2 numbers; the model reads 1 per input", cli.lastErrorLine());
        Path png = dir.resolve("p.png");
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
        assertEquals(Cli.BAD_INPUT, cli.run("predict", run.toString(), png.toString()));
        assertEquals("dendrite predict: " + png + ": the model reads [2] per sample, which is no picture: give CSV rows of numbers",
                cli.lastErrorLine());
    }

    /** A text CNN's own token sequences, each as long as it is: the phrase it holds, wherever it stands. */
    /**
     * A graph network on graphs of one's own (labels optional): a GCN's prediction per node, the class its plain model's output
     * ranks first; a graph classifier's per graph; graphs that do not fit named in one line.
     */
    @Test
    void predictsGraphsPerNodeAndPerGraph(@TempDir Path dir) throws Exception {
        Path dnet = dir.resolve("gcn.dnet");
        assertEquals(0, cli.run("new", "gcn-node-classifier", "-o", dnet.toString()));
        Path run = dir.resolve("gcn-run");
        assertEquals(0, cli.run("train", dnet.toString(), "--epochs", "5", "--run-dir", run.toString()), cli.err());
        // The first test graph of the run's data, its labels left out, and a path of three nodes.
        var graph = ((dev.dendrite.train.data.GraphDataset) dev.dendrite.train.data.GraphData.load("communities", 42)[1]).graphs().get(0);
        StringBuilder line = new StringBuilder("{\"features\": [");
        for (int v = 0; v < graph.nodes(); v++) {
            line.append(v == 0 ? "[" : ", [");
            for (int f = 0; f < 8; f++) {
                line.append(f == 0 ? "" : ", ").append(graph.features()[v * 8 + f]);
            }
            line.append(']');
        }
        line.append("], \"edges\": [");
        for (int e = 0; e < graph.edges().length; e++) {
            line.append(e == 0 ? "" : ", ").append('[').append(graph.edges()[e][0]).append(", ").append(graph.edges()[e][1]).append(']');
        }
        line.append("], \"directed\": true}");
        Path file = dir.resolve("mine.jsonl");
        java.nio.file.Files.writeString(file, line + "\n{\"features\": [[1,0,0,0,0,0,0,0], [0,1,0,0,0,0,0,0], [0,0,1,0,0,0,0,0]], "
                + "\"edges\": [[0, 1], [1, 2]]}\n");
        assertEquals(0, cli.run("predict", run.toString(), file.toString(), "--json"), cli.err());
        var predictions = com.google.gson.JsonParser.parseString(cli.out()).getAsJsonObject().getAsJsonArray("predictions");
        assertEquals(graph.nodes() + 3, predictions.size(), "a prediction per node of both graphs");
        assertEquals(file + " graph 1 node 2", predictions.get(graph.nodes() + 2).getAsJsonObject().get("input").getAsString());
        var outputs = dev.dendrite.train.run.GraphOutputs.of(java.nio.file.Files.readAllBytes(run.resolve("model.onnx")), "plain",
                new dev.dendrite.train.data.GraphDataset("one", java.util.List.of(graph), 8, 4, true));
        for (int v = 0; v < graph.nodes(); v++) {
            int best = 0;
            for (int c = 1; c < 4; c++) {
                best = outputs.values()[v * 4 + c] > outputs.values()[v * 4 + best] ? c : best;
            }
            assertEquals(best, predictions.get(v).getAsJsonObject().get("predicted").getAsInt(), "node " + v);
        }

        Path cycles = dir.resolve("cycles.dnet");
        assertEquals(0, cli.run("new", "mp-graph-classifier", "-o", cycles.toString()));
        Path cyclesRun = dir.resolve("cycles-run");
        assertEquals(0, cli.run("train", cycles.toString(), "--epochs", "1", "--run-dir", cyclesRun.toString()), cli.err());
        Path triangle = dir.resolve("triangle.jsonl");
        java.nio.file.Files.writeString(triangle, "{\"features\": [[1, 0.5, 0, 0], [1, 0.5, 0, 0], [1, 0.5, 0, 0]], \"edges\": [[0, 1], [1, 2], "
                + "[2, 0]], \"label\": 1}\n");
        assertEquals(0, cli.run("predict", cyclesRun.toString(), triangle.toString()), cli.err());
        assertTrue(cli.out().contains(triangle + " graph 0  "), cli.out());
        assertEquals(Cli.BAD_INPUT, cli.run("predict", cyclesRun.toString(), file.toString()));
        assertEquals("dendrite predict: " + cyclesRun.resolve("model.onnx") + ": graph 0 has 8 features per node; the model reads 4",
                cli.lastErrorLine());
        Path broken = dir.resolve("broken.jsonl");
        java.nio.file.Files.writeString(broken, "{\"features\": [[1, 0, 0, 0]], \"edges\": [[0, 3]]}\n");
        assertEquals(Cli.BAD_INPUT, cli.run("predict", cyclesRun.toString(), broken.toString()));
        assertEquals("dendrite predict: " + broken + " line 1: edge [0, 3] does not join two of the graph's 1 nodes (0 to 0)", cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("predict", cyclesRun.toString(), dir.resolve("none.jsonl").toString()));
        assertTrue(cli.lastErrorLine().contains("is not a file: a graph network predicts graphs from JSON Lines files"), cli.lastErrorLine());
    }

    /**
     * A network reading bond types: graphs of one's own with their "edgeFeatures" predicted as the run's model outputs them;
     * graphs without them, or with another width, named in one line by predict and by train.
     */
    @Test
    void predictsGraphsWithEdgeFeatures(@TempDir Path dir) throws Exception {
        Path dnet = dir.resolve("bonds.dnet");
        assertEquals(0, cli.run("new", "mp-bond-classifier", "-o", dnet.toString()));
        Path run = dir.resolve("bonds-run");
        assertEquals(0, cli.run("train", dnet.toString(), "--epochs", "2", "--run-dir", run.toString()), cli.err());
        // Two test molecules, written with one row of bond types per listed edge (each bond listed once, both ways implied).
        var molecules = dev.dendrite.train.data.MoleculeData.bonds(2, 11).graphs();
        StringBuilder file = new StringBuilder();
        StringBuilder unbonded = new StringBuilder();
        for (var g : molecules) {
            StringBuilder atoms = new StringBuilder();
            for (int v = 0; v < g.nodes(); v++) {
                atoms.append(v == 0 ? "[" : ", [").append(g.features()[3 * v]).append(", ").append(g.features()[3 * v + 1]).append(", ")
                        .append(g.features()[3 * v + 2]).append(']');
            }
            StringBuilder edges = new StringBuilder();
            StringBuilder types = new StringBuilder();
            for (int e = 0; e < g.edges().length; e += 2) {
                edges.append(e == 0 ? "" : ", ").append('[').append(g.edges()[e][0]).append(", ").append(g.edges()[e][1]).append(']');
                types.append(e == 0 ? "[" : ", [").append(g.edgeFeatures()[3 * e]).append(", ").append(g.edgeFeatures()[3 * e + 1])
                        .append(", ").append(g.edgeFeatures()[3 * e + 2]).append(']');
            }
            file.append("{\"features\": [").append(atoms).append("], \"edges\": [").append(edges).append("], \"edgeFeatures\": [")
                    .append(types).append("]}\n");
            unbonded.append("{\"features\": [").append(atoms).append("], \"edges\": [").append(edges).append("], \"label\": 0}\n");
        }
        Path mine = dir.resolve("molecules.jsonl");
        java.nio.file.Files.writeString(mine, file);
        assertEquals(0, cli.run("predict", run.toString(), mine.toString(), "--json"), cli.err());
        var predictions = com.google.gson.JsonParser.parseString(cli.out()).getAsJsonObject().getAsJsonArray("predictions");
        assertEquals(2, predictions.size());
        var outputs = dev.dendrite.train.run.GraphOutputs.of(java.nio.file.Files.readAllBytes(run.resolve("model.onnx")), "plain",
                new dev.dendrite.train.data.GraphDataset("two", molecules, 3, 3, 2, false));
        for (int g = 0; g < 2; g++) {
            int best = outputs.values()[2 * g + 1] > outputs.values()[2 * g] ? 1 : 0;
            assertEquals(best, predictions.get(g).getAsJsonObject().get("predicted").getAsInt(), "molecule " + g);
        }
        Path plain = dir.resolve("unbonded.jsonl");
        java.nio.file.Files.writeString(plain, unbonded);
        assertEquals(Cli.BAD_INPUT, cli.run("predict", run.toString(), plain.toString()));
        assertEquals("dendrite predict: " + run.resolve("model.onnx") + ": graph 0 has no edge features (\"edgeFeatures\"); the model reads 3",
                cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("train", dnet.toString(), "--data", "graphs:" + plain, "--epochs", "1", "--run-dir",
                dir.resolve("plain-run").toString()));
        assertTrue(cli.lastErrorLine().contains("the network reads edge features ('molecules:edgeFeatures', E×3), but the data set "
                + "unbonded.jsonl/train carries none"), cli.lastErrorLine());
        Path narrow = dir.resolve("narrow.jsonl");
        java.nio.file.Files.writeString(narrow, ("{\"features\": [[1, 0, 0], [0, 1, 0]], \"edges\": [[0, 1]], \"edgeFeatures\": [[1, 0]], "
                + "\"label\": 1}\n").repeat(4));
        assertEquals(Cli.BAD_INPUT, cli.run("train", dnet.toString(), "--data", "graphs:" + narrow, "--epochs", "1", "--run-dir",
                dir.resolve("narrow-run").toString()));
        assertTrue(cli.lastErrorLine().contains("has samples of E×2, but input 'molecules:edgeFeatures' expects E×3 (3 values per edge)"),
                cli.lastErrorLine());
    }

    @Test
    void predictsTokenSequencesOfAnyLength(@TempDir Path dir) throws Exception {
        Path dnet = dir.resolve("text.dnet");
        assertEquals(0, cli.run("new", "text-cnn", "-o", dnet.toString()));
        Path run = dir.resolve("run");
        assertEquals(0, cli.run("train", dnet.toString(), "--epochs", "4", "--run-dir", run.toString()));
        Path sequences = dir.resolve("sequences.csv");
        // "2 3 4" (class 1) early in six tokens and late in eleven, "4 3 2" (class 2), and the three apart (class 0).
        Files.writeString(sequences, "2,3,4,9,9,9\n9,8,7,6,5,9,8,7,2,3,4\n5,4,3,2,5,6,7\n2,9,9,3,9,9,4,9\n");
        assertEquals(0, cli.run("predict", run.toString(), sequences.toString(), "--json", "--top", "1"));
        var rows = JsonParser.parseString(cli.out()).getAsJsonObject().getAsJsonArray("predictions");
        assertEquals(4, rows.size());
        int[] expected = {1, 1, 2, 0};
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], rows.get(i).getAsJsonObject().get("predicted").getAsInt(), "sequence " + (i + 1) + ": " + rows.get(i));
        }
        Path fractions = dir.resolve("fractions.csv");
        Files.writeString(fractions, "2,3.5,4\n");
        assertEquals(Cli.BAD_INPUT, cli.run("predict", run.toString(), fractions.toString()));
        assertEquals("dendrite predict: " + run.resolve("model.onnx") + ": input 1 has 3.5 at step 2: the model reads token ids, whole "
                + "numbers from 0", cli.lastErrorLine());
        Path png = dir.resolve("p.png");
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
        assertEquals(Cli.BAD_INPUT, cli.run("predict", run.toString(), png.toString()));
        assertEquals("dendrite predict: " + png + ": the model reads sequences [-1, -1]: give CSV rows, one sequence each (token ids, or 1 "
                + "value(s) per step)", cli.lastErrorLine());
    }
}
