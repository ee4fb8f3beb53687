package dev.dendrite.analysis.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

import dev.dendrite.launching.internal.RunPrediction;

/** A run's model on files the user chooses: the file dialog, the prediction job and the dialog that shows its results. */
final class Predicting {

    private Predicting() {
    }

    /** Asks for image, CSV or graph files and predicts them with {@code run}'s model. */
    static void ask(Shell shell, Path run) {
        FileDialog ask = new FileDialog(shell, SWT.OPEN | SWT.MULTI);
        ask.setText("Predict with " + run.getFileName());
        ask.setFilterExtensions(new String[] {"*.png;*.jpg;*.jpeg;*.gif;*.bmp;*.csv;*.jsonl", "*.*"});
        ask.setFilterNames(new String[] {"Images, CSV rows and graphs (JSON Lines)", "All files"});
        if (ask.open() != null) {
            start(shell, run, Arrays.stream(ask.getFileNames()).map(f -> Path.of(ask.getFilterPath(), f)).toList());
        }
    }

    /** Predicts {@code files} in a trainer JVM and shows them in a non-modal dialog, which can predict them again with the ink centred. */
    static PredictionsDialog start(Shell shell, Path run, List<Path> files) {
        if (files.isEmpty()) {
            return null;
        }
        PredictionsDialog[] dialog = new PredictionsDialog[1];
        dialog[0] = new PredictionsDialog(shell, "Predictions of " + run.getFileName(), centre -> inJob(run, files, centre, dialog[0]));
        dialog[0].open();
        inJob(run, files, false, dialog[0]);
        return dialog[0];
    }

    private static void inJob(Path run, List<Path> files, boolean centre, PredictionsDialog dialog) {
        Path folder;
        try {
            folder = Files.createTempDirectory("dendrite-predict");
        } catch (IOException e) {
            dialog.failed("cannot make a folder for the pictures: " + e.getMessage());
            return;
        }
        TrainerJob.schedule("Predicting with " + run.getFileName(), true, dialog.getShell(), "Prediction cancelled",
                monitor -> RunPrediction.run(run, files, centre, folder, monitor), (done, failure) -> {
                    try {
                        if (done != null) {
                            dialog.show(String.format(Locale.ROOT, "%d input(s), %s: each as the model read it, its most likely classes%s",
                                    done.size(), run.getFileName(), centre ? ", ink centred as in MNIST" : ""), done);
                        } else {
                            dialog.failed(failure);
                        }
                    } finally {
                        // The dialog has read the pictures into images: the folder and its file list go.
                        deleteTree(folder);
                    }
                });
    }

    private static void deleteTree(Path folder) {
        try (var paths = Files.walk(folder)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // Left for the system's temporary-file cleaning.
        }
    }
}
