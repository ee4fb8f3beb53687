package dev.dendrite.analysis.ui.internal;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Control;

/**
 * Work in a trainer JVM (evaluation, saliency, prediction, generation) as a cancellable job: its
 * result, or the message of its failure, handed to the UI thread while the control that asked lives.
 */
final class TrainerJob {

    /** The work, run in the job. */
    @FunctionalInterface
    interface Work<T> {
        T run(IProgressMonitor monitor) throws CoreException;
    }

    /** Hears the outcome on the UI thread: a result and a null problem, or a null result and the problem. */
    @FunctionalInterface
    interface Done<T> {
        void accept(T result, String problem);
    }

    private TrainerJob() {
    }

    /**
     * Schedules {@code work} as a job named {@code name} (shown to the user where {@code user});
     * a cancelled job's problem is {@code cancelled}.
     */
    static <T> Job schedule(String name, boolean user, Control owner, String cancelled, Work<T> work, Done<T> done) {
        Job job = Job.create(name, monitor -> {
            T result = null;
            String problem = null;
            try {
                result = work.run(monitor);
            } catch (CoreException e) {
                problem = e.getStatus().getMessage();
            } catch (OperationCanceledException e) {
                problem = cancelled;
            }
            T outcome = result;
            String failure = problem;
            owner.getDisplay().asyncExec(() -> {
                if (!owner.isDisposed()) {
                    done.accept(outcome, failure);
                }
            });
            return Status.OK_STATUS;
        });
        job.setUser(user);
        job.schedule();
        return job;
    }
}
