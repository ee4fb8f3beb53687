package dev.dendrite.ui.internal;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.IStartup;

/**
 * Creates the examples project at start-up when the Dendrite launcher passes
 * {@code -Ddendrite.examples=create}; plain Eclipse installs are left alone.
 */
public final class ExamplesStartup implements IStartup {

    static final String PROPERTY = "dendrite.examples";

    @Override
    public void earlyStartup() {
        if (!"create".equals(System.getProperty(PROPERTY))) {
            return;
        }
        WorkspaceJob job = new WorkspaceJob("Creating " + ExamplesProject.NAME) {
            @Override
            public IStatus runInWorkspace(IProgressMonitor monitor) throws org.eclipse.core.runtime.CoreException {
                ExamplesProject.ensure(monitor);
                return Status.OK_STATUS;
            }
        };
        job.setRule(ResourcesPlugin.getWorkspace().getRoot());
        job.schedule();
    }
}
