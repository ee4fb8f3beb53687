package dev.dendrite.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;

import dev.dendrite.model.io.DnetIO;
import dev.dendrite.model.io.LoadResult;
import dev.dendrite.model.templates.TemplateLibrary;

/**
 * Over a thousand malformed and hostile .dnet files: each must give diagnostics (errors where the
 * file is broken), never an exception, a crash or a hang.
 */
class HostileFilesTest {

    private static final Pattern NUMBER_ATTRIBUTE = Pattern.compile("(\\w+)=\"(-?[0-9.]+(E-?[0-9]+)?)\"");
    private static final Pattern ID_ATTRIBUTE = Pattern.compile(" id=\"([^\"]+)\"");
    private static final Pattern REFERENCE = Pattern.compile("(source|target|block)=\"([^\"]+)\"");
    private static final String[] BAD_NUMBERS = {"99999999999999999999", "-2147483649", "abc", "1e400", "NaN", "-1", "0", "2147483647",
        "", "0x10", "1.5"};

    private final Random random = new Random(20261126);
    private int cases;

    /** Where a mutation must make the file or the network invalid. */
    private enum Expect { ERROR, ANYTHING }

    private final List<String> bases = List.of(text("lenet-5"), text("seq2seq"), text("mp-graph-classifier"), text("resnet-small"),
            text("dbn"), text("transformer-seq2seq"));

    private static String text(String template) {
        try {
            return DnetIO.toText(TemplateLibrary.find(template).orElseThrow().create());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void thousandsOfMutatedFilesGiveDiagnosticsNeverExceptions() {
        for (String base : bases) {
            for (int i = 0; i < 60; i++) {
                check("truncated", base.substring(0, random.nextInt(base.length() - 10)), Expect.ERROR);
            }
            for (int i = 0; i < 50; i++) {
                check("byte flips", flip(base, 1 + random.nextInt(5)), Expect.ANYTHING);
            }
            for (int i = 0; i < 40; i++) {
                check("bad number", replaceRandom(base, NUMBER_ATTRIBUTE, m -> m.group(1) + "=\""
                        + BAD_NUMBERS[random.nextInt(BAD_NUMBERS.length)] + "\""), Expect.ANYTHING);
            }
            for (int i = 0; i < 20; i++) {
                String missing = "no-such-layer-" + i;
                check("removed id", replaceRandom(base, ID_ATTRIBUTE, m -> ""), Expect.ANYTHING);
                check("dangling reference", replaceRandom(base, REFERENCE, m -> m.group(1) + "=\"" + missing + "\""),
                        Expect.ERROR);
            }
            for (int i = 0; i < 20; i++) {
                check("duplicated element", duplicateLine(base), Expect.ANYTHING);
                check("unknown element", insertLine(base, "<bogus" + i + " weird=\"1\"><inner/></bogus" + i + ">"), Expect.ERROR);
                check("unknown type", base.replaceFirst("xsi:type=\"dnet:\\w+\"", "xsi:type=\"dnet:NoSuchLayer" + i + "\""),
                        Expect.ERROR);
            }
            check("deep nesting", insertLine(base, "<a>".repeat(20_000) + "</a>".repeat(20_000)), Expect.ERROR);
            check("deep unclosed nesting", insertLine(base, "<a>".repeat(50_000)), Expect.ERROR);
            check("newer format", base.replace("name=", "formatVersion=\"999\" name="), Expect.ERROR);
            check("format zero", base.replace("name=", "formatVersion=\"0\" name="), Expect.ERROR);
            check("doctype", "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;\">]>"
                    + base.substring(base.indexOf("?>") + 2), Expect.ERROR);
            check("external entity", "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                    + base.substring(base.indexOf("?>") + 2).replace("name=\"", "name=\"&e;"), Expect.ERROR);
        }
        for (String garbage : List.of("", " ", "\u0000\u0001\u0002", "<", "<?xml version=\"1.0\"?>", "not xml at all", "<network/>",
                "<?xml version=\"1.0\"?><dnet:Network xmlns:dnet=\"urn:other\"/>", "{\"json\": true}")) {
            check("garbage", garbage, Expect.ERROR);
        }
        check("recursive block", recursiveBlock(), Expect.ERROR);
        check("huge dims", bases.get(0).replaceFirst("<dims>1</dims>", "<dims>2147483647</dims><dims>2147483647</dims>"),
                Expect.ERROR);
        assertTrue(cases >= 1000, "only " + cases + " hostile files were tried");
    }

    private void check(String kind, String text, Expect expect) {
        cases++;
        String name = kind.replace(' ', '-') + "-" + cases + ".dnet";
        try {
            LoadResult loaded = DnetIO.parse(text, name);
            List<Diagnostic> problems = new ArrayList<>(loaded.diagnostic().getChildren());
            if (loaded.network().isPresent()) {
                problems.addAll(Networks.inspect(loaded.network().get()).diagnostic().getChildren());
            }
            for (Diagnostic problem : problems) {
                assertFalse(problem.getMessage() == null || problem.getMessage().isBlank(), kind + ": empty message");
                assertFalse(problem.getMessage().contains("\n"), kind + ": multi-line message " + problem.getMessage());
            }
            if (expect == Expect.ERROR) {
                assertTrue(problems.stream().anyMatch(p -> p.getSeverity() >= Diagnostic.ERROR),
                        kind + " was accepted without an error: " + (text.length() > 300 ? text.substring(0, 300) : text));
            }
        } catch (AssertionError e) {
            throw e;
        } catch (Throwable e) {
            fail(kind + " threw " + e + " instead of giving diagnostics", e);
        }
    }

    private String flip(String base, int flips) {
        char[] chars = base.toCharArray();
        for (int i = 0; i < flips; i++) {
            chars[random.nextInt(chars.length)] = (char) (32 + random.nextInt(95));
        }
        return new String(chars);
    }

    private String replaceRandom(String base, Pattern pattern, java.util.function.Function<Matcher, String> replacement) {
        Matcher matcher = pattern.matcher(base);
        List<int[]> matches = new ArrayList<>();
        while (matcher.find()) {
            matches.add(new int[] {matcher.start(), matcher.end()});
        }
        assertFalse(matches.isEmpty(), "pattern " + pattern + " found nothing to mutate");
        int[] chosen = matches.get(random.nextInt(matches.size()));
        Matcher one = pattern.matcher(base.substring(chosen[0], chosen[1]));
        assertTrue(one.matches());
        return base.substring(0, chosen[0]) + replacement.apply(one) + base.substring(chosen[1]);
    }

    private String duplicateLine(String base) {
        String[] lines = base.split("\n");
        int i = 2 + random.nextInt(lines.length - 3);
        List<String> out = new ArrayList<>(List.of(lines));
        out.add(i, lines[i]);
        return String.join("\n", out);
    }

    private String insertLine(String base, String line) {
        String[] lines = base.split("\n");
        List<String> out = new ArrayList<>(List.of(lines));
        out.add(2 + random.nextInt(lines.length - 3), line);
        return String.join("\n", out);
    }

    private static String recursiveBlock() {
        String base = text("autoencoder");
        // Make the encoder use itself: an instance of the encoder inside the encoder.
        String withInstance = base.replaceFirst("(<blocks name=\"encoder\"[^>]*>)",
                "$1\n    <layers xsi:type=\"dnet:BlockInstance\" name=\"self\" id=\"encoder.self\" block=\"encode\"/>");
        assertEquals(false, withInstance.equals(base), "the autoencoder text has an encoder block to mutate");
        return withInstance;
    }
}
