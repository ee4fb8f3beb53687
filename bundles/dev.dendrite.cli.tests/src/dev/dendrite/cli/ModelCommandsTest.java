package dev.dendrite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.dendrite.model.templates.TemplateLibrary;

class ModelCommandsTest {

    private final CliHarness cli = new CliHarness();

    @Test
    void templatesListsEveryTemplateWithItsParameterCount() {
        assertEquals(0, cli.run("templates", "--json"));
        TemplateLibrary.all().forEach(t -> assertTrue(cli.out().contains("\"id\":\"" + t.id() + "\""), t.id()));
        assertTrue(cli.out().contains("{\"id\":\"lenet-5\",\"topic\":\"CNN\""), cli.out());
        assertTrue(cli.out().contains("\"parameters\":61706}"), cli.out());
        assertEquals(0, cli.run("templates"));
        assertTrue(cli.out().contains("lenet-300-100"), cli.out());
        assertTrue(cli.out().contains("266,610"), cli.out());
    }

    @Test
    void newWritesATemplateAndNeverOverwritesSilently(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("lenet.dnet");
        assertEquals(0, cli.run("new", "lenet-5", "-o", file.toString()));
        assertTrue(cli.out().startsWith("Wrote " + file), cli.out());
        String first = Files.readString(file);
        Files.writeString(file, first + "<!-- my notes -->");
        assertEquals(Cli.BAD_INPUT, cli.run("new", "conv-2", "-o", file.toString()));
        assertEquals("dendrite new: " + file + " already exists; choose another name or add --force to replace it",
                cli.err());
        assertTrue(Files.readString(file).endsWith("<!-- my notes -->"), "the user's file is untouched");
        assertEquals(0, cli.run("new", "conv-2", "-o", file.toString(), "--force"));
        assertTrue(Files.readString(file).contains("conv-2"));
    }

    @Test
    void newRejectsUnknownTemplatesAndMissingOutput() {
        assertEquals(Cli.BAD_INPUT, cli.run("new", "alexnet", "-o", "x.dnet"));
        assertEquals("dendrite new: unknown template 'alexnet' (dendrite templates lists them)",
                cli.err());
        assertEquals(Cli.BAD_INPUT, cli.run("new", "lenet-5"));
        assertEquals("dendrite new: missing -o FILE.dnet", cli.err());
    }

    @Test
    void inspectShowsShapesParametersAndValidity(@TempDir Path dir) {
        Path file = dir.resolve("lenet.dnet");
        assertEquals(0, cli.run("new", "lenet-5", "-o", file.toString()));
        assertEquals(0, cli.run("inspect", file.toString()));
        assertTrue(cli.out().startsWith("Network 'lenet-5' (lenet.dnet): 61,706 parameters"), cli.out());
        assertTrue(cli.out().contains("N×16×10×10"), cli.out());
        assertTrue(cli.out().endsWith("Valid."), cli.out());
        // Forward operations per sample: conv1 2·6·25·784, conv2 2·16·6·25·100, the dense layers 2·in·out; every output's values.
        assertTrue(java.util.regex.Pattern.compile("conv1 +Convolution +N×6×28×28 +156 +235k\n").matcher(cli.out()).find(), cli.out());
        assertTrue(java.util.regex.Pattern.compile("fc1 +Dense +N×120 +48,120 +96.0k\n").matcher(cli.out()).find(), cli.out());
        assertTrue(java.util.regex.Pattern.compile("relu1 +Activation +N×6×28×28 +0 *\n").matcher(cli.out()).find(), cli.out());
        assertTrue(cli.out().contains("Cost per sample: 833k FLOP forward, about 2.26M in a training step; 15,002 activation values "
                + "(58.6 KiB in float32, kept for the backward pass)"), cli.out());
        assertEquals(0, cli.run("inspect", file.toString(), "--json"));
        assertTrue(cli.out().contains("\"valid\":true,\"parameters\":61706"), cli.out());
        assertTrue(cli.out().contains("\"forwardFlops\":833040.0,"), cli.out());
        assertTrue(cli.out().contains("\"activationValues\":15002,"), cli.out());
        assertTrue(cli.out().contains("{\"id\":\"conv1\",\"name\":\"conv1\",\"kind\":\"Convolution\",\"outputs\":{\"out\":\"N×6×28×28\"},"
                + "\"parameters\":156,\"weights\":150,\"flops\":235200.0}"), cli.out());
        // Blocks count their own layers: the autoencoder's encoder 784→128 (and its ReLU)→32, decoder 32→128 (ReLU)→784, then the sigmoid.
        Path autoencoder = dir.resolve("autoencoder.dnet");
        assertEquals(0, cli.run("new", "autoencoder", "-o", autoencoder.toString()));
        assertEquals(0, cli.run("inspect", autoencoder.toString(), "--json"));
        var blocks = com.google.gson.JsonParser.parseString(cli.out()).getAsJsonObject();
        assertEquals(2.0 * (784 * 128 + 128 * 32 + 32 * 128 + 128 * 784), blocks.get("forwardFlops").getAsDouble(), 1e-6);
        assertEquals(128 + 128 + 32 + 128 + 128 + 784 + 784, blocks.get("activationValues").getAsLong());
        // Sequences of any length: the cost depends on it.
        Path rnn = dir.resolve("rnn.dnet");
        assertEquals(0, cli.run("new", "rnn-classifier", "-o", rnn.toString()));
        assertEquals(0, cli.run("inspect", rnn.toString()));
        assertTrue(cli.out().contains("Cost per sample: depends on the sequence length"), cli.out());
        // Graphs of any size: the cost as a formula in their nodes and edges; the GCN's at 40 nodes and 120 edges is its hand count
        // (FlopCounterTest: 10,240 + 1,920 + 5,120 + 960).
        Path gcn = dir.resolve("gcn.dnet");
        assertEquals(0, cli.run("new", "gcn-node-classifier", "-o", gcn.toString()));
        assertEquals(0, cli.run("inspect", gcn.toString()));
        assertTrue(cli.out().contains("Cost per graph of V nodes and E edges: 384·V + 24·E FLOP forward, about "), cli.out());
        assertEquals(0, cli.run("inspect", gcn.toString(), "--json"));
        var graphFlops = com.google.gson.JsonParser.parseString(cli.out()).getAsJsonObject().getAsJsonObject("graphFlops");
        assertEquals(10_240 + 1_920 + 5_120 + 960, 40 * graphFlops.get("perNode").getAsDouble() + 120 * graphFlops.get("perEdge").getAsDouble()
                + graphFlops.get("perGraph").getAsDouble(), 1e-6);
        Path pooled = dir.resolve("pooled.dnet");
        assertEquals(0, cli.run("new", "mp-graph-classifier", "-o", pooled.toString()));
        assertEquals(0, cli.run("inspect", pooled.toString()));
        assertTrue(cli.out().matches("(?s).*Cost per graph of V nodes and E edges: [\\d,]+·V \\+ [\\d,]+·E \\+ 128 FLOP forward.*"), cli.out());
    }

    @Test
    void inspectExitsOneOnAnInvalidNetwork(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("broken.dnet");
        assertEquals(0, cli.run("new", "lenet-5", "-o", file.toString()));
        Files.writeString(file, Files.readString(file).replace("kernel=\"5\"", "kernel=\"50\""));
        assertEquals(1, cli.run("inspect", file.toString()));
        assertTrue(cli.out().contains("error: Convolution 'conv1', port 'in': the kernel (50 wide) is larger than its input"), cli.out());
        assertTrue(cli.out().endsWith("broken.dnet is invalid: 1 error(s), 0 warning(s)."), cli.out());
    }

    @Test
    void inspectExitsTwoWithOneLineOnAnUnreadableFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("garbage.dnet");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<oops");
        assertEquals(Cli.BAD_INPUT, cli.run("inspect", file.toString()));
        String message = cli.err();
        assertTrue(message.startsWith("dendrite inspect: garbage.dnet"), message);
        assertEquals(1, message.lines().count());
        assertEquals(Cli.BAD_INPUT, cli.run("inspect", dir.resolve("none.dnet").toString()));
        assertTrue(cli.err().contains("none.dnet does not exist"));
    }
}
