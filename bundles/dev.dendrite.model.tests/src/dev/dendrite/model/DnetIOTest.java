package dev.dendrite.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.dendrite.model.io.DnetFormatException;
import dev.dendrite.model.io.DnetIO;
import dev.dendrite.model.io.LoadResult;
import dev.dendrite.model.network.Dense;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.NetworkPackage;
import dev.dendrite.model.templates.TemplateLibrary;
import dev.dendrite.model.validation.NetworkValidator;

class DnetIOTest {

    @Test
    void savesAndLoadsAFileWithStableIds(@TempDir Path dir) throws Exception {
        Network network = TemplateLibrary.find("lenet-300-100").orElseThrow().create();
        Path file = dir.resolve("lenet.dnet");
        DnetIO.save(network, file);
        String text = Files.readString(file);
        assertTrue(text.contains("formatVersion=\"1\"") || !text.contains("formatVersion"), text.substring(0, 200));
        assertTrue(text.contains("id=\"fc1\""), "layers keep their ids");
        assertTrue(text.contains("source=\"fc1\""), "connections refer to layers by id");
        Network loaded = DnetIO.load(file).require();
        assertEquals(network.getLayers().size(), loaded.getLayers().size());
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no temporary file is left behind");
        }
    }

    @Test
    void savingGivesIdsToLayersWithout() throws Exception {
        Network network = TemplateLibrary.find("mlp-classifier").orElseThrow().create();
        network.getLayers().forEach(l -> l.setId(null));
        DnetIO.assignIds(network);
        assertEquals("input1", network.getLayers().get(0).getId());
        assertTrue(network.getLayers().stream().allMatch(l -> l.getId() != null));
    }

    @Test
    void aSaveThatFailsPartWayKeepsThatFilesPreviousContent(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("keep.dnet");
        Network network = TemplateLibrary.find("lenet-5").orElseThrow().create();
        DnetIO.save(network, file);
        String previous = Files.readString(file);
        byte[] next = DnetIO.toText(TemplateLibrary.find("mlp-classifier").orElseThrow().create()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        java.io.IOException full = assertThrows(java.io.IOException.class, () -> dev.dendrite.model.io.AtomicFiles.write(file, out -> {
            out.write(next, 0, next.length / 2);
            out.flush();
            throw new java.io.IOException("No space left on device");
        }));
        assertEquals("No space left on device", full.getMessage());
        assertEquals(previous, Files.readString(file), "the half-written save did not touch the file");
        assertTrue(DnetIO.load(file).ok(), "and it still loads");
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no temporary file is left behind");
        }
        Files.createDirectory(dir.resolve("blocked.dnet"));
        assertThrows(java.io.IOException.class, () -> DnetIO.save(network, dir.resolve("blocked.dnet")));
        assertTrue(Files.isDirectory(dir.resolve("blocked.dnet")), "a save that cannot replace its target leaves it as it was");
    }

    @Test
    void savesKeepTheFilesPermissions(@TempDir Path dir) throws Exception {
        // POSIX file systems only, as the builds and the product run on.
        Network network = TemplateLibrary.find("mlp-classifier").orElseThrow().create();
        // A new file gets the mode any program's new file gets here (the umask's), not owner-only.
        Path plain = Files.createFile(dir.resolve("plain.txt"));
        Path fresh = dir.resolve("fresh.dnet");
        DnetIO.save(network, fresh);
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(fresh));
        // A replaced file keeps what its owner set, here shared with the group and read-only to others.
        Path shared = dir.resolve("shared.dnet");
        DnetIO.save(network, shared);
        var groupWritable = java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-r--");
        Files.setPosixFilePermissions(shared, groupWritable);
        DnetIO.save(network, shared);
        assertEquals(groupWritable, Files.getPosixFilePermissions(shared));
        try (var files = Files.list(dir)) {
            assertEquals(3, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    void missingAndEmptyFilesAreNamed(@TempDir Path dir) throws Exception {
        LoadResult missing = DnetIO.load(dir.resolve("nope.dnet"));
        assertFalse(missing.ok());
        assertTrue(missing.firstProblem().startsWith("nope.dnet does not exist"), missing.firstProblem());
        Path empty = Files.createFile(dir.resolve("empty.dnet"));
        assertEquals("empty.dnet is empty", DnetIO.load(empty).firstProblem());
        DnetFormatException error = assertThrows(DnetFormatException.class, () -> DnetIO.load(empty).require());
        assertEquals("empty.dnet is empty", error.getMessage());
    }

    @Test
    void malformedXmlNamesTheLine() {
        LoadResult result = DnetIO.parse("<?xml version=\"1.0\"?>\n<dnet:Network xmlns:dnet=\"urn:dev.dendrite:network:1\"\n  <oops", "bad.dnet");
        assertFalse(result.ok());
        assertTrue(result.firstProblem().startsWith("bad.dnet"), result.firstProblem());
        assertTrue(result.firstProblem().contains("line 3"), result.firstProblem());
    }

    @Test
    void eachReadingProblemIsSaidOnceWithoutEmfsLocationSuffix() throws Exception {
        String text = DnetIO.toText(TemplateLibrary.find("mlp-classifier").orElseThrow().create());
        String foreign = DnetIO.parse(text.replace(NetworkPackage.eNS_URI, "urn:other"), "other.dnet").firstProblem();
        assertTrue(foreign.matches("other\\.dnet: line \\d+, column \\d+: not a Dendrite network: its elements are in the XML namespace"
                + " 'urn:other' \\(Dendrite's is '" + NetworkPackage.eNS_URI.replace(".", "\\.") + "'\\)"), foreign);
        assertEquals("plain.dnet: line 1, column 11: not a Dendrite network: its elements have no XML namespace (Dendrite's is '"
                + NetworkPackage.eNS_URI + "')", DnetIO.parse("<network/>", "plain.dnet").firstProblem());
        LoadResult typed = DnetIO.parse(text.replaceFirst("<dims>2</dims>", "<dims>two</dims>"), "typed.dnet");
        List<String> aboutTwo = typed.diagnostic().getChildren().stream().map(Diagnostic::getMessage).filter(m -> m.contains("two")).toList();
        assertEquals(1, aboutTwo.size(), aboutTwo.toString());
        assertTrue(aboutTwo.get(0).matches("typed\\.dnet: line \\d+, column \\d+: Value 'two' is not legal\\."), aboutTwo.get(0));
        LoadResult cut = DnetIO.parse(text.substring(0, text.length() / 2), "cut.dnet");
        List<String> fileProblems = cut.diagnostic().getChildren().stream().map(Diagnostic::getMessage).filter(m -> m.startsWith("cut.dnet:"))
                .toList();
        assertEquals(1, fileProblems.size(), fileProblems.toString());
        assertTrue(fileProblems.get(0).contains(": not well-formed XML ("), fileProblems.get(0));
    }

    @Test
    void filesFromANewerDendriteAreRefused() throws Exception {
        String text = DnetIO.toText(TemplateLibrary.find("mlp-regressor").orElseThrow().create())
                .replace("name=\"mlp-regressor\"", "formatVersion=\"7\" name=\"mlp-regressor\"");
        assertEquals("new.dnet was written by a newer Dendrite (format 7); this Dendrite reads formats up to 1",
                DnetIO.parse(text, "new.dnet").firstProblem());
    }

    @Test
    void wrongAttributeTypesAreErrorsNotCrashes() throws Exception {
        String text = DnetIO.toText(TemplateLibrary.find("lenet-300-100").orElseThrow().create())
                .replace("units=\"300\"", "units=\"three hundred\"");
        LoadResult result = DnetIO.parse(text, "typed.dnet");
        assertFalse(result.ok());
        assertTrue(result.firstProblem().contains("three hundred"), result.firstProblem());
    }

    @Test
    void theDiagnosticianUsesDendritesValidator() {
        NetworkValidator.register();
        Network network = TemplateLibrary.find("lenet-300-100").orElseThrow().create();
        ((Dense) network.getLayers().get(1)).setUnits(0);
        Diagnostic result = Diagnostician.INSTANCE.validate(network);
        assertEquals(Diagnostic.ERROR, result.getSeverity());
        assertTrue(result.getChildren().stream().anyMatch(d -> d.getMessage().equals("Dense 'fc1': units must be at least 1, is 0")),
                result.getChildren().toString());
        assertTrue(new BasicDiagnostic().getChildren().isEmpty());
    }
}
