package dev.dendrite.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DoctorCommandTest {

    @TempDir
    Path tmp;

    @Test
    void theTemporaryFolderCheckReportsWhatOnnxRuntimesOwnUnpackingLeftAndRemovesNothing() throws IOException {
        Map<String, Object> clean = DoctorCommand.tempDirectoryCheck(tmp);
        assertEquals(true, clean.get("ok"));
        assertEquals(tmp + " is writable", clean.get("detail"));
        assertEquals(0L, clean.get("onnxRuntimeFolders"));

        Files.createDirectory(tmp.resolve("onnxruntime-java123"));
        Path killed = Files.createDirectory(tmp.resolve("onnxruntime-java456"));
        Files.write(killed.resolve("libonnxruntime.so"), new byte[1_500_000]);
        Files.createDirectory(tmp.resolve("other-folder"));
        Files.writeString(tmp.resolve("onnxruntime-java-a-file"), "not a folder");
        Map<String, Object> leftovers = DoctorCommand.tempDirectoryCheck(tmp);
        assertEquals(true, leftovers.get("ok"), "leftovers are reported, not a failure");
        assertEquals(2L, leftovers.get("onnxRuntimeFolders"));
        assertEquals(1_500_000L, leftovers.get("onnxRuntimeBytes"));
        assertEquals(tmp + " is writable; it holds 2 onnxruntime-java* folders (1.5 MB) that ONNX Runtime's own unpacking left,"
                + " safe to delete while no Java program using ONNX Runtime is starting", leftovers.get("detail"));
        assertTrue(Files.exists(killed), "nothing is removed");
    }

    @Test
    void aTemporaryFolderThatCannotBeWrittenFailsTheCheck() {
        Map<String, Object> missing = DoctorCommand.tempDirectoryCheck(tmp.resolve("missing"));
        assertEquals(false, missing.get("ok"));
        assertTrue(missing.get("detail").toString().startsWith(tmp.resolve("missing") + " is not writable: "), missing.toString());
    }
}
