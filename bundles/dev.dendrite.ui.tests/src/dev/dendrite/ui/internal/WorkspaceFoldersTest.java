package dev.dendrite.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;

import dev.dendrite.launching.ui.internal.ViewExports;

/** The scan behind the Runs view and the analysis views' run choosers, while trainers write. */
class WorkspaceFoldersTest {

    @Test
    void filesVanishingDuringTheScanAreSkipped() throws Exception {
        IProject project = EditorFixture.project("scan-tests");
        Path runs = project.getLocation().toFile().toPath().resolve("runs");
        Files.createDirectories(runs.resolve("keep"));
        Files.createDirectories(runs.resolve("zz"));
        // A trainer writes its status through temporary files renamed into place: listed, then gone before they are read.
        for (int i = 0; i < 200; i++) {
            Files.writeString(runs.resolve(".status.json" + i + ".tmp"), "{}");
        }
        boolean[] deleted = {false};
        List<Path> found = ViewExports.workspaceFolders(3, dir -> {
            if (!deleted[0] && runs.equals(dir.getParent())) {
                deleted[0] = true;
                try (Stream<Path> files = Files.list(runs)) {
                    files.filter(Files::isRegularFile).forEach(f -> f.toFile().delete());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            return runs.equals(dir.getParent());
        });
        assertEquals(List.of(runs.resolve("keep"), runs.resolve("zz")), found, "both folders, the vanished files skipped");
        project.delete(true, true, new NullProgressMonitor());
    }
}
