package dev.dendrite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** train --teacher: a student that never reads a label learns the task from a trained teacher's probabilities; one-line refusals. */
class DistillationCommandTest {

    private final CliHarness cli = new CliHarness();

    @Test
    void aStudentLearnsFromTheTeacherAloneAndTheRunRecordsIt(@TempDir Path dir) throws Exception {
        Path dnet = dir.resolve("moons.dnet");
        assertEquals(0, cli.run("new", "mlp-classifier", "-o", dnet.toString()));
        Path teacher = dir.resolve("teacher");
        assertEquals(0, cli.run("train", dnet.toString(), "--epochs", "6", "--lr", "0.02", "--run-dir", teacher.toString(), "--json"), cli.err());
        double taught = JsonParser.parseString(cli.out()).getAsJsonObject().get("testAccuracy").getAsDouble();
        assertTrue(taught > 0.85, "the teacher learnt the moons: " + taught);
        // Weight 1: the labels never enter the loss, only the teacher's softened probabilities.
        Path student = dir.resolve("student");
        assertEquals(0, cli.run("train", dnet.toString(), "--epochs", "6", "--lr", "0.02", "--seed", "7", "--teacher", teacher.toString(),
                "--distill-temperature", "2", "--distill-weight", "1", "--run-dir", student.toString(), "--json"), cli.err());
        double learnt = JsonParser.parseString(cli.out()).getAsJsonObject().get("testAccuracy").getAsDouble();
        assertTrue(learnt > taught - 0.05, "the student reaches the teacher: " + learnt + " against " + taught);
        JsonObject config = JsonParser.parseString(Files.readString(student.resolve("config.json"))).getAsJsonObject();
        assertEquals(teacher.resolve("model.onnx").toAbsolutePath().toString(), config.get("teacher").getAsString());
        assertEquals(2, config.get("distillTemperature").getAsDouble());
        assertEquals(1, config.get("distillWeight").getAsDouble());
        assertTrue(Files.readString(student.resolve("log.txt")).contains("distilling from " + teacher.resolve("model.onnx").toAbsolutePath()
                + " at temperature 2, the soft targets' share 1:"), "the log says what the loss is");
        assertEquals(0, cli.run("runs", student.toString()));
        assertTrue(cli.out().endsWith(" seed 7 teacher teacher"), cli.out());
        // Data-parallel workers each open the teacher.
        Path parallel = dir.resolve("parallel");
        assertEquals(0, cli.run("train", dnet.toString(), "--data-parallel", "2", "--epochs", "2", "--lr", "0.02", "--teacher",
                teacher.toString(), "--distill-weight", "1", "--run-dir", parallel.toString()), cli.err());
        JsonObject parallelConfig = JsonParser.parseString(Files.readString(parallel.resolve("config.json"))).getAsJsonObject();
        assertEquals(teacher.resolve("model.onnx").toAbsolutePath().toString(), parallelConfig.get("teacher").getAsString());
        // The same student taught by a teacher that learnt nothing (0 epochs is no run: one step at a rate that moves nothing) stays
        // near chance, so what the first student learnt came from the teacher.
        Path blank = dir.resolve("blank");
        assertEquals(0, cli.run("train", dnet.toString(), "--epochs", "1", "--lr", "1e-9", "--optimizer", "sgd", "--run-dir", blank.toString()),
                cli.err());
        Path misled = dir.resolve("misled");
        assertEquals(0, cli.run("train", dnet.toString(), "--epochs", "6", "--lr", "0.02", "--seed", "7", "--teacher", blank.toString(),
                "--distill-temperature", "2", "--distill-weight", "1", "--run-dir", misled.toString(), "--json"), cli.err());
        double misledAccuracy = JsonParser.parseString(cli.out()).getAsJsonObject().get("testAccuracy").getAsDouble();
        assertTrue(misledAccuracy < learnt - 0.1, "a blank teacher teaches less: " + misledAccuracy + " against " + learnt);
    }

    @Test
    void refusesWhatItCannotDistilInOneLine(@TempDir Path dir) throws Exception {
        Path dnet = dir.resolve("moons.dnet");
        assertEquals(0, cli.run("new", "mlp-classifier", "-o", dnet.toString()));
        assertEquals(Cli.BAD_INPUT, cli.run("train", dnet.toString(), "--distill-weight", "0.5"));
        assertEquals("dendrite train: --distill-temperature and --distill-weight tune --teacher: give the teacher (a run directory or a model)",
                cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("train", dnet.toString(), "--teacher", dir.resolve("nowhere").toString()));
        assertEquals("dendrite train: --teacher " + dir.resolve("nowhere") + " does not exist", cli.lastErrorLine());
        Path teacher = dir.resolve("teacher");
        assertEquals(0, cli.run("train", dnet.toString(), "--epochs", "1", "--run-dir", teacher.toString()), cli.err());
        assertEquals(Cli.BAD_INPUT, cli.run("train", dnet.toString(), "--teacher", teacher.toString(), "--mixup", "0.2"));
        assertEquals("dendrite train: --teacher already softens the targets: leave out --mixup", cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("train", dnet.toString(), "--teacher", teacher.toString(), "--distill-weight", "0"));
        assertEquals("dendrite train: --distill-weight takes the soft targets' share in (0, 1], such as 0.5, not 0.0", cli.lastErrorLine());
        // A teacher of digits (a model file, as exported) for a student of points.
        Path digits = dir.resolve("digits.dnet");
        assertEquals(0, cli.run("new", "lenet-300-100", "-o", digits.toString()));
        Path digitModel = dir.resolve("digits.onnx");
        assertEquals(0, cli.run("export", digits.toString(), "-o", digitModel.toString()), cli.err());
        assertEquals(Cli.BAD_INPUT, cli.run("train", dnet.toString(), "--teacher", digitModel.toString(), "--epochs", "1"));
        assertEquals("dendrite train: the teacher " + digitModel.toAbsolutePath() + " does not fit the data: the model reads 784 values per "
                + "sample, the data has 2", cli.lastErrorLine());
    }
}
