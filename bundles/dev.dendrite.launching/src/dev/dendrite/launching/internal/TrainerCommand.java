package dev.dendrite.launching.internal;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;

/**
 * One {@code dendrite} sub-command in a trainer JVM of its own, as every training runs (ONNX Runtime
 * stays out of the workbench's process): its standard output once it ends, its last error line as
 * the failure, and the process ended when the monitor is cancelled.
 */
public final class TrainerCommand {

    private TrainerCommand() {
    }

    /**
     * Runs {@code dendrite ARGUMENTS} in {@code directory}.
     *
     * @param task the monitor's task name
     * @return what the command printed on its standard output
     * @throws CoreException with the command's last error line when it exits with a failure
     * @throws OperationCanceledException when the monitor was cancelled (the process is ended)
     */
    public static String output(List<String> arguments, File directory, String task, IProgressMonitor monitor) throws CoreException {
        List<String> command = TrainingLaunchDelegate.trainerJvm(List.of());
        command.addAll(arguments);
        monitor.beginTask(task, IProgressMonitor.UNKNOWN);
        Process process = TrainingLaunchDelegate.exec(command, directory);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread outReader = Thread.ofVirtual().start(() -> copy(process.getInputStream(), out));
        Thread errReader = Thread.ofVirtual().start(() -> copy(process.getErrorStream(), err));
        try {
            while (process.isAlive()) {
                if (monitor.isCanceled()) {
                    process.destroy();
                    throw new OperationCanceledException();
                }
                process.waitFor(100, java.util.concurrent.TimeUnit.MILLISECONDS);
            }
            outReader.join();
            errReader.join();
        } catch (InterruptedException e) {
            process.destroy();
            Thread.currentThread().interrupt();
            throw new OperationCanceledException();
        } finally {
            monitor.done();
        }
        if (process.exitValue() != 0) {
            String[] lines = err.toString(StandardCharsets.UTF_8).strip().split("\n");
            throw new CoreException(Status.error(lines[lines.length - 1].replaceFirst("^dendrite [a-z-]+: ", "")));
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void copy(InputStream in, ByteArrayOutputStream buffer) {
        try (in) {
            in.transferTo(buffer);
        } catch (IOException e) {
            // The process ended or was destroyed: what was read stands.
        }
    }
}
