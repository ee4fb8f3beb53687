package dev.dendrite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CliTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        CommandContext context = new CommandContext(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false, List::of);
        return new Cli(Commands.all(), context).run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8).strip();
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8).strip();
    }

    @Test
    void helpListsEveryCommand() {
        assertEquals(0, run("--help"));
        for (Command command : Commands.all()) {
            assertTrue(out().contains(command.name()), out());
        }
        assertTrue(out().contains("--json"));
    }

    @Test
    void helpAsJsonIsOneObject() {
        assertEquals(0, run("--help", "--json"));
        assertTrue(out().startsWith("{\"commands\":{\"version\":"), out());
        assertEquals(1, out().lines().count());
    }

    @Test
    void versionNamesDendriteAndOnnxRuntime() {
        assertEquals(0, run("version"));
        assertTrue(out().startsWith("Dendrite "), out());
        assertTrue(out().contains("ONNX Runtime 1.29"), out());
        assertTrue(out().contains("CPU"), out());
    }

    @Test
    void versionAsJsonHasStableKeys() {
        assertEquals(0, run("version", "--json"));
        String json = out();
        for (String key : new String[] {"\"dendrite\":", "\"onnxruntime\":\"1.29", "\"providers\":[", "\"java\":", "\"os\":"}) {
            assertTrue(json.contains(key), key + " in " + json);
        }
    }

    @Test
    void unknownCommandIsOneLineAndExitCodeTwo() {
        assertEquals(Cli.BAD_INPUT, run("frobnicate"));
        assertEquals("dendrite frobnicate: unknown command 'frobnicate' (dendrite --help lists them)", err());
        assertEquals("", out());
    }

    @Test
    void badArgumentsAreOneLineUnderJsonToo() {
        assertEquals(Cli.BAD_INPUT, run("version", "extra", "--json"));
        assertEquals("{\"command\":\"version\",\"error\":\"version takes no arguments, got 'extra'\",\"exitCode\":2}", out());
    }

    @Test
    void commandHelpShowsUsage() {
        assertEquals(0, run("help", "doctor"));
        assertTrue(out().startsWith("Usage: dendrite doctor"), out());
        assertEquals(0, run("doctor", "--help"));
    }

    @Test
    void doctorPassesHereAndReportsCudaWithoutFailing() {
        assertEquals(0, run("doctor", "--json"), out());
        assertTrue(out().startsWith("{\"ok\":true,\"checks\":["), out());
        assertTrue(out().contains("{\"name\":\"cuda\",\"ok\":true,\"detail\":\"CUDA requested, but"), out());
        // Whether trainers flush denormals on every thread, as this JVM and platform allow.
        assertTrue(out().contains("{\"name\":\"denormals\",\"ok\":true,\"detail\":\"trainers flush denormal floats "
                + (dev.dendrite.runtime.Denormals.settableOnThreads() ? "to zero on every thread" : "on ONNX Runtime's own threads only")), out());
        assertTrue(out().contains("\"everyThread\":" + dev.dendrite.runtime.Denormals.settableOnThreads() + "}"), out());
        // x86-64 processors (AVX-512, AVX2) have blocks; the check says which, or that there are none.
        int block = dev.dendrite.runtime.ConvolutionBlocks.size();
        String arch = System.getProperty("os.arch");
        if (!arch.equals("amd64") && !arch.equals("x86_64")) {
            assertTrue(block == 0 && out().contains("blocked CPU kernels are not used on this machine (" + arch + ")"), out());
            return;
        }
        assertTrue(block > 0, "block " + block);
        assertTrue(out().contains("{\"name\":\"blocked-convolutions\",\"ok\":true,\"detail\":\"convolutions with fed kernels and "
                + "channels in multiples of " + block + " run in ONNX Runtime's blocked CPU kernels"), out());
        assertTrue(out().contains("\"block\":" + block + "}"), out());
    }

    @Test
    void doctorFailsWhenABundleDoesNotStart() {
        CommandContext context = new CommandContext(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false,
                () -> List.of(Map.of("bundle", "dev.dendrite.x", "state", "INSTALLED", "ok", false, "problem", "missing requirement")));
        assertEquals(1, new Cli(Commands.all(), context).run("doctor"));
        assertTrue(out().contains("[FAIL] bundles"), out());
        assertTrue(out().contains("dev.dendrite.x INSTALLED: missing requirement"), out());
    }

    @Test
    void unexpectedFailuresAreDescribedOnOneLine() {
        String line = Cli.describe(new IllegalStateException("outer\nsecond", new java.io.IOException("disk full")));
        assertEquals("IllegalStateException: outer second (caused by IOException: disk full)", line);
    }
}
