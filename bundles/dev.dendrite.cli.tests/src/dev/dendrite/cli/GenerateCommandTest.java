package dev.dendrite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** dendrite generate: a character model continues a prime in its text's characters; a wave model continues a wave. */
class GenerateCommandTest {

    private final CliHarness cli = new CliHarness();

    /** A character-level LSTM: tokens, a 16-wide embedding, 64 LSTM units, a logit per character of a vocabulary of 32. */
    private static final String CHARACTER_MODEL = """
            <?xml version="1.0" encoding="UTF-8"?>
            <dnet:Network xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xmlns:dnet="urn:dev.dendrite:network:1" name="chars" description="next character">
              <layers xsi:type="dnet:Input" name="tokens" id="tokens" sequence="true" dataType="int64"/>
              <layers xsi:type="dnet:Embedding" name="embed" id="embed" vocabularySize="32" embeddingDim="16"/>
              <layers xsi:type="dnet:Recurrent" name="lstm" id="lstm" hiddenSize="64" cell="lstm"/>
              <layers xsi:type="dnet:Dense" name="next" id="next" units="32"/>
              <layers xsi:type="dnet:Loss" name="loss" id="loss" kind="sequence_nll"/>
              <connections source="tokens" target="embed"/>
              <connections source="embed" target="lstm"/>
              <connections source="lstm" target="next"/>
              <connections source="next" target="loss"/>
              <training epochs="20" batchSize="16" optimizer="adam" learningRate="0.01" gradientClipNorm="1.0"/>
            </dnet:Network>
            """;

    @Test
    void aCharacterModelContinuesItsTextAndSamplesBySeed(@TempDir Path dir) throws Exception {
        Path text = dir.resolve("rhyme.txt");
        Files.writeString(text, "the cat sat on the mat. ".repeat(120));
        Path dnet = dir.resolve("chars.dnet");
        Files.writeString(dnet, CHARACTER_MODEL);
        Path run = dir.resolve("run");
        // Windows of 23 over a rhyme of 24 characters start at every phase of it, as generation's sliding window does.
        assertEquals(0, cli.run("train", dnet.toString(), "--data", "text:" + text + ",23", "--run-dir", run.toString()));

        // The most likely character every step: a learnt rhyme continues as written.
        assertEquals(0, cli.run("generate", run.toString(), "--prime", "the cat ", "--length", "24", "--temperature", "0", "--json"));
        JsonObject json = JsonParser.parseString(cli.out()).getAsJsonObject();
        assertEquals("sat on the mat. the cat ", json.get("generated").getAsString(), json.toString());
        assertEquals(23, json.get("window").getAsInt(), "the run's text window");
        assertEquals(24, json.getAsJsonArray("tokens").size());
        assertEquals(0, cli.run("generate", run.toString(), "--prime", "the cat ", "--length", "24", "--temperature", "0"));
        assertEquals("the cat sat on the mat. the cat", cli.out().strip(), "text: the prime and its continuation");

        // Sampling: one seed, one text; hot sampling from other seeds differs.
        assertEquals(0, cli.run("generate", run.toString(), "--prime", "the", "--temperature", "3", "--seed", "1", "--json"));
        String first = JsonParser.parseString(cli.out()).getAsJsonObject().get("generated").getAsString();
        assertEquals(0, cli.run("generate", run.toString(), "--prime", "the", "--temperature", "3", "--seed", "1", "--json"));
        assertEquals(first, JsonParser.parseString(cli.out()).getAsJsonObject().get("generated").getAsString());
        assertEquals(0, cli.run("generate", run.toString(), "--prime", "the", "--temperature", "3", "--seed", "2", "--json"));
        assertNotEquals(first, JsonParser.parseString(cli.out()).getAsJsonObject().get("generated").getAsString());
        // Only the text's own characters come out, though the model has logits for 32.
        assertTrue(first.chars().allMatch(c -> "the casonm.".indexOf(c) >= 0), first);

        // Evaluated, its classes are the text's characters: blanks as signs, the unused ids by number.
        assertEquals(0, cli.run("evaluate", run.toString(), "--json"));
        var names = JsonParser.parseString(cli.out()).getAsJsonObject().getAsJsonArray("classNames");
        assertEquals(32, names.size());
        assertEquals("␣", names.get(0).getAsString());
        assertEquals("a", names.get(2).getAsString());
        assertEquals("#31", names.get(31).getAsString());
        assertEquals(0, cli.run("evaluate", run.toString()));
        assertTrue(cli.out().contains("class   name"), cli.out());

        assertEquals(Cli.BAD_INPUT, cli.run("generate", run.toString(), "--prime", "dog"));
        assertEquals("dendrite generate: the prime has characters the training text never had: 'dg'", cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("generate", run.toString()));
        assertEquals("dendrite generate: --prime is needed: what the model continues (text for a character model, e.g. --prime \"The \")",
                cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("generate", run.resolve("model.onnx").toString(), "--prime", "the"));
        assertEquals("dendrite generate: --prime for a token model without its text is token ids, e.g. 3,5,7, not 'the'", cli.lastErrorLine());
        assertEquals(0, cli.run("generate", run.resolve("model.onnx").toString(), "--prime", "10,4,3", "--length", "5", "--json"));
        assertEquals(5, JsonParser.parseString(cli.out()).getAsJsonObject().getAsJsonArray("tokens").size(), "ids in, ids out");
    }

    @Test
    void aWaveModelContinuesTheWave(@TempDir Path dir) throws Exception {
        Path dnet = dir.resolve("wave.dnet");
        assertEquals(0, cli.run("new", "lstm-generator", "-o", dnet.toString()));
        Path run = dir.resolve("run");
        assertEquals(0, cli.run("train", dnet.toString(), "--epochs", "3", "--run-dir", run.toString()));
        // The data's waves have period 16: twelve steps of one, then eight more by feedback.
        StringBuilder prime = new StringBuilder();
        for (int t = 0; t < 12; t++) {
            prime.append(t == 0 ? "" : ",").append(Math.sin(2 * Math.PI * t / 16));
        }
        assertEquals(0, cli.run("generate", run.toString(), "--prime", prime.toString(), "--length", "8", "--json"));
        var generated = JsonParser.parseString(cli.out()).getAsJsonObject().getAsJsonArray("generated");
        assertEquals(8, generated.size());
        double squared = 0;
        for (int s = 0; s < 8; s++) {
            double d = generated.get(s).getAsJsonArray().get(0).getAsDouble() - Math.sin(2 * Math.PI * (12 + s) / 16);
            squared += d * d / 8;
        }
        assertTrue(squared < 0.05, "the continuation follows the wave: MSE " + squared + " " + generated);
        assertEquals(Cli.BAD_INPUT, cli.run("generate", run.toString(), "--prime", "up"));
        assertEquals("dendrite generate: --prime for a value model is numbers, e.g. 0.1,0.5,0.9, not 'up'", cli.lastErrorLine());
    }

    /** An encoder-decoder trained to reverse decodes a source of one's own, greedily, into its reverse. */
    @Test
    void anEncoderDecoderDecodesASourceOfOnesOwn(@TempDir Path dir) throws Exception {
        Path dnet = dir.resolve("reverser.dnet");
        assertEquals(0, cli.run("new", "transformer-seq2seq", "-o", dnet.toString()));
        Path run = dir.resolve("run");
        assertEquals(0, cli.run("train", dnet.toString(), "--epochs", "12", "--seed", "7", "--run-dir", run.toString()), cli.err());
        long[] source = {3, 9, 4, 12, 15, 2, 7, 10};
        assertEquals(0, cli.run("generate", run.toString(), "--source", "3,9,4,12,15,2,7,10", "--json"), cli.err());
        var json = JsonParser.parseString(cli.out()).getAsJsonObject();
        var decoded = json.getAsJsonArray("decoded");
        assertEquals(8, decoded.size(), "as many tokens as the source");
        assertEquals(1, json.get("start").getAsLong(), "synthetic:reverse's start token, read from its data");
        int right = 0;
        for (int t = 0; t < 8; t++) {
            right += decoded.get(t).getAsLong() == source[7 - t] ? 1 : 0;
        }
        assertTrue(right >= 6, "the source reversed: " + decoded);
        assertEquals(0, cli.run("generate", run.toString(), "--source", "3,9,4,12,15,2,7,10", "--beam", "4", "--json"), cli.err());
        var beam = JsonParser.parseString(cli.out()).getAsJsonObject();
        assertEquals(4, beam.get("beam").getAsInt());
        assertEquals(8, beam.getAsJsonArray("decoded").size());
        assertTrue(beam.get("logProbability").getAsDouble() >= json.get("logProbability").getAsDouble() - 1e-6,
                "the beam's sequence at least as likely as greedy's here: " + beam + " " + json);
        assertEquals(Cli.BAD_INPUT, cli.run("generate", run.toString(), "--source", "3,9", "--beam", "0"));
        assertEquals("dendrite generate: --beam takes 1 (greedy) to 64 hypotheses, not 0", cli.lastErrorLine());
        assertEquals(0, cli.run("generate", run.toString(), "--source", "3,9", "--length", "5", "--json"));
        assertEquals(5, JsonParser.parseString(cli.out()).getAsJsonObject().getAsJsonArray("decoded").size(), "--length tokens");
        assertEquals(Cli.BAD_INPUT, cli.run("generate", run.toString(), "--source", "3,99"));
        assertEquals("dendrite generate: --source has token 99, but synthetic:reverse has ids 0 to 15", cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("generate", run.toString(), "--source", "3,9", "--temperature", "1"));
        assertEquals("dendrite generate: --temperature continues a next-step model; --source decodes an encoder-decoder greedily",
                cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("generate", run.toString(), "--source", "3,9", "--data", "synthetic:tagging"));
        assertTrue(cli.lastErrorLine().startsWith("dendrite generate: --source needs an encoder-decoder"), cli.lastErrorLine());
    }

    /** Trained on pairs of their own lengths, whose targets end with an end token, decoding stops there: a source of 4 comes back as 4. */
    @Test
    void pairsOfTheirOwnLengthsDecodeUntilTheEndToken(@TempDir Path dir) throws Exception {
        Path pairs = ReversalPairs.write(dir.resolve("pairs.jsonl"), 3000, 5);
        Path dnet = dir.resolve("reverser.dnet");
        assertEquals(0, cli.run("new", "transformer-seq2seq", "-o", dnet.toString()));
        Path run = dir.resolve("run");
        assertEquals(0, cli.run("train", dnet.toString(), "--data", "sequences:" + pairs, "--epochs", "15", "--seed", "7", "--run-dir",
                run.toString()), cli.err());
        for (String beam : new String[] {"1", "3"}) {
            assertEquals(0, cli.run("generate", run.toString(), "--source", "3,9,4,12", "--beam", beam, "--json"), cli.err());
            var json = JsonParser.parseString(cli.out()).getAsJsonObject();
            assertEquals(15, json.get("end").getAsLong(), "the two ids after the largest (13): start 14, end 15");
            assertEquals("[12,4,9,3]", json.getAsJsonArray("decoded").toString(), "reversed, and stopped at the end token (beam " + beam + ")");
        }
    }
}
