package dev.dendrite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.dendrite.analysis.manifold.RepresentationSimilarity;

/** dendrite similarity: CKA, SVCCA and PWCCA within one network and across two, the pictures, and one-line refusals. */
class SimilarityCommandTest {

    private final CliHarness cli = new CliHarness();

    @Test
    void comparesLayersWithinANetworkAndAcrossTwoSeeds(@TempDir Path dir) throws Exception {
        Path dnet = dir.resolve("moons.dnet");
        assertEquals(0, cli.run("new", "mlp-classifier", "-o", dnet.toString()));
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");
        assertEquals(0, cli.run("train", dnet.toString(), "--epochs", "4", "--seed", "1", "--run-dir", first.toString()), cli.err());
        assertEquals(0, cli.run("train", dnet.toString(), "--epochs", "4", "--seed", "2", "--run-dir", second.toString()), cli.err());
        assertEquals(0, cli.run("similarity", first.toString(), "--samples", "200", "--json"), cli.err());
        JsonObject within = JsonParser.parseString(cli.out()).getAsJsonObject();
        JsonArray rows = within.getAsJsonArray("rows");
        assertEquals("[\"points\",\"standardize\",\"hidden1\",\"tanh1\",\"hidden2\",\"tanh2\",\"logits\"]", rows.toString(), "the input first");
        assertEquals(rows, within.getAsJsonArray("columns"));
        JsonArray matrix = within.getAsJsonArray("cka");
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(1, matrix.get(i).getAsJsonArray().get(i).getAsDouble(), 1e-9, "a layer is itself");
            for (int j = 0; j < rows.size(); j++) {
                assertEquals(matrix.get(i).getAsJsonArray().get(j).getAsDouble(), matrix.get(j).getAsJsonArray().get(i).getAsDouble(), 1e-12);
            }
        }
        assertEquals(200, within.get("samples").getAsInt());
        assertTrue(within.get("against").isJsonNull() && !within.has("bestMatch"));
        Path picture = Path.of(within.get("file").getAsString());
        assertEquals(first.resolve("similarity").resolve("similarity.png"), picture);
        assertEquals(rows.size() * 16, javax.imageio.ImageIO.read(picture.toFile()).getWidth());

        // Two seeds of one network: each layer is most like its own counterpart, the input exactly.
        assertEquals(0, cli.run("similarity", first.toString(), "--against", second.toString(), "--samples", "200", "--json"), cli.err());
        JsonObject across = JsonParser.parseString(cli.out()).getAsJsonObject();
        JsonArray best = across.getAsJsonArray("bestMatch");
        assertEquals(rows.size(), best.size());
        assertEquals(1, best.get(0).getAsJsonObject().get("cka").getAsDouble(), 1e-9, "both read the same samples");
        int last = rows.size() - 1;
        assertEquals(rows.get(last).getAsString(), best.get(last).getAsJsonObject().get("match").getAsString(),
                "the logits of two seeds are most alike: " + best);
        assertTrue(Files.isRegularFile(first.resolve("similarity").resolve("similarity-against-second.png")));
        assertEquals(0, cli.run("similarity", first.toString(), "--against", second.toString(), "--layers", "points,logits",
                "--against-layers", "logits"), cli.err());
        assertTrue(cli.out().contains("logits is most like logits ("), cli.out());

        // An RBF kernel: its own picture, the kernel named, a layer still itself, and a matrix of its own.
        assertEquals(0, cli.run("similarity", first.toString(), "--samples", "200", "--kernel", "rbf:0.4", "--json"), cli.err());
        JsonObject rbf = JsonParser.parseString(cli.out()).getAsJsonObject();
        assertEquals("rbf:0.4", rbf.get("kernel").getAsString());
        assertEquals("linear", within.get("kernel").getAsString());
        assertEquals(first.resolve("similarity").resolve("similarity-rbf.png"), Path.of(rbf.get("file").getAsString()));
        JsonArray rbfMatrix = rbf.getAsJsonArray("cka");
        assertEquals(1, rbfMatrix.get(1).getAsJsonArray().get(1).getAsDouble(), 1e-9);
        assertTrue(Math.abs(rbfMatrix.get(0).getAsJsonArray().get(last).getAsDouble() - matrix.get(0).getAsJsonArray().get(last)
                .getAsDouble()) > 1e-3, "the kernel changes how alike the input and the logits read");
        assertEquals(0, cli.run("similarity", first.toString(), "--samples", "200", "--kernel", "rbf"), cli.err());
        assertTrue(cli.out().startsWith("RBF CKA (σ = 0.8 × the median distance) of "), cli.out());
        assertEquals(Cli.BAD_INPUT, cli.run("similarity", first.toString(), "--kernel", "cosine"));
        assertTrue(cli.lastErrorLine().startsWith("dendrite similarity: --kernel: unknown kernel 'cosine': use linear, rbf or rbf:WIDTH"),
                cli.lastErrorLine());

        // SVCCA and PWCCA: their own pictures and keys, each layer itself, directions kept no more than its units, the two seeds'
        // logits alike; a kernel is refused with them.
        assertEquals(0, cli.run("similarity", first.toString(), "--samples", "300", "--measure", "svcca", "--json"), cli.err());
        JsonObject svcca = JsonParser.parseString(cli.out()).getAsJsonObject();
        assertEquals("svcca", svcca.get("measure").getAsString());
        assertEquals(0.99, svcca.get("keptVariance").getAsDouble());
        assertTrue(svcca.get("kernel").isJsonNull() && !svcca.has("cka"), svcca.toString());
        assertEquals(first.resolve("similarity").resolve("similarity-svcca.png"), Path.of(svcca.get("file").getAsString()));
        JsonArray dimensions = svcca.getAsJsonArray("rowDimensions");
        assertEquals(rows.size(), dimensions.size());
        assertTrue(dimensions.get(0).getAsInt() >= 1 && dimensions.get(0).getAsInt() <= 2, "two input units: " + dimensions);
        assertTrue(dimensions.get(last).getAsInt() <= 3, "three logits: " + dimensions);
        JsonArray svccaMatrix = svcca.getAsJsonArray("similarity");
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(1, svccaMatrix.get(i).getAsJsonArray().get(i).getAsDouble(), 1e-6, "a layer is itself");
        }
        // Standardising is an invertible linear map of the points: SVCCA 1 (CKA, not invariant to the stretch, reads less).
        assertEquals(1, svccaMatrix.get(0).getAsJsonArray().get(1).getAsDouble(), 1e-4);
        assertTrue(matrix.get(0).getAsJsonArray().get(1).getAsDouble() < 0.9999, "linear CKA: " + matrix.get(0));
        assertEquals(svcca.get("chanceSquared").getAsDouble(), RepresentationSimilarity.chanceSquared(max(dimensions), max(dimensions), 300),
                1e-12);
        assertEquals(0, cli.run("similarity", first.toString(), "--against", second.toString(), "--samples", "300", "--measure", "pwcca:0.9"),
                cli.err());
        assertTrue(cli.out().startsWith("PWCCA (90% of the variance) of "), cli.out());
        assertTrue(cli.out().contains("\nchance: random subspaces of these dimensions read a mean squared correlation of up to "), cli.out());
        assertTrue(Files.isRegularFile(first.resolve("similarity").resolve("similarity-against-second-pwcca.png")));
        assertEquals(Cli.BAD_INPUT, cli.run("similarity", first.toString(), "--measure", "svcca", "--kernel", "rbf"));
        assertEquals("dendrite similarity: --kernel is CKA's: svcca compares the layers' main directions, with no kernel", cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("similarity", first.toString(), "--measure", "svcca:2"));
        assertEquals("dendrite similarity: --measure: the share of the variance kept is above 0 and at most 1, not 2.0", cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("similarity", first.toString(), "--measure", "mutual"));
        assertTrue(cli.lastErrorLine().startsWith("dendrite similarity: --measure: unknown measure 'mutual': use cka (with --kernel), svcca"),
                cli.lastErrorLine());

        assertEquals(Cli.BAD_INPUT, cli.run("similarity", first.toString(), "--layers", "conv9"));
        assertTrue(cli.lastErrorLine().contains(": the model has no layer 'conv9'; its layers are points, standardize, "), cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("similarity", first.toString(), "--samples", "2"));
        assertEquals("dendrite similarity: --samples takes 3 to 2000 samples (CKA centres each unit over them and holds an n × n matrix per "
                + "layer), not 2", cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("similarity", first.toString(), "--against-layers", "logits"));
        assertEquals("dendrite similarity: --against-layers names layers of the --against model: give it", cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("similarity", first.toString(), "--against", dir.resolve("nowhere").toString()));
        assertTrue(cli.lastErrorLine().startsWith("dendrite similarity: --against "), cli.lastErrorLine());
    }

    private static int max(JsonArray numbers) {
        int most = 0;
        for (var n : numbers) {
            most = Math.max(most, n.getAsInt());
        }
        return most;
    }
}
