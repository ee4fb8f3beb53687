package dev.dendrite.launching.internal;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.model.RuntimeProcess;

/**
 * A trainer JVM in the Debug view and Console. Terminate asks first (SIGTERM: the trainer
 * checkpoints at the current step and records "cancelled", so the run resumes exactly) and kills
 * only if the trainer has not ended after a grace period.
 */
final class TrainerProcess extends RuntimeProcess {

    static final long GRACE_SECONDS = 30;

    TrainerProcess(ILaunch launch, Process process, String name, Map<String, String> attributes) {
        super(launch, process, name, attributes);
    }

    @Override
    public void terminate() throws DebugException {
        Process process = getSystemProcess();
        if (process == null || !process.isAlive()) {
            super.terminate();
            return;
        }
        process.destroy();
        Thread forcing = new Thread(() -> {
            try {
                if (!process.waitFor(GRACE_SECONDS, TimeUnit.SECONDS)) {
                    TrainerProcess.super.terminate();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (DebugException e) {
                org.eclipse.core.runtime.ILog.of(TrainerProcess.class).log(e.getStatus());
            }
        }, "Dendrite trainer termination");
        forcing.setDaemon(true);
        forcing.start();
    }
}
