package dev.dendrite.launching.internal;

import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/**
 * A trainer process in the Progress view: polls once a second while the process lives and reports
 * the work the subclass reads from the process's files; Cancel asks the process to stop (SIGTERM),
 * so it checkpoints and can be resumed, and kills it only after the grace period.
 */
abstract class ProcessProgressJob extends Job {

    private final Process process;
    private final int totalWork;

    ProcessProgressJob(String name, Process process, int totalWork) {
        super(name);
        this.process = process;
        this.totalWork = totalWork;
        setPriority(Job.LONG);
    }

    /**
     * Reads how far the process has come and may set the monitor's sub-task.
     *
     * @return units of work done so far, at most the total given to the constructor
     */
    protected abstract int workDone(IProgressMonitor monitor);

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask(getName(), totalWork);
        int reported = 0;
        try {
            while (process.isAlive()) {
                if (monitor.isCanceled()) {
                    process.destroy();
                    process.waitFor(TrainerProcess.GRACE_SECONDS, TimeUnit.SECONDS);
                    return Status.CANCEL_STATUS;
                }
                int done = workDone(monitor);
                if (done > reported) {
                    monitor.worked(done - reported);
                    reported = done;
                }
                process.waitFor(1, TimeUnit.SECONDS);
            }
            return Status.OK_STATUS;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Status.CANCEL_STATUS;
        } finally {
            monitor.done();
        }
    }
}
