package dev.dendrite.launching.internal;

import java.nio.file.Path;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/** Refreshes a run's folder in the workspace while its trainer writes it, and once more when the trainer has ended. */
final class RunFolderRefresh extends Job {

    private static final long PERIOD_MS = 3000;

    private final Process process;
    private final IContainer runs;
    private final Path runDirectory;

    private RunFolderRefresh(Process process, IContainer runs, Path runDirectory) {
        super("Refreshing " + runDirectory.getFileName());
        this.process = process;
        this.runs = runs;
        this.runDirectory = runDirectory;
        setSystem(true);
    }

    static void follow(Process process, IContainer runs, Path runDirectory) {
        new RunFolderRefresh(process, runs, runDirectory).schedule(PERIOD_MS);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        boolean alive = process.isAlive();
        try {
            runs.refreshLocal(IResource.DEPTH_INFINITE, monitor);
        } catch (CoreException e) {
            return e.getStatus();
        }
        if (alive && !monitor.isCanceled()) {
            schedule(PERIOD_MS);
        }
        return Status.OK_STATUS;
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == RunFolderRefresh.class || runDirectory.equals(family);
    }
}
