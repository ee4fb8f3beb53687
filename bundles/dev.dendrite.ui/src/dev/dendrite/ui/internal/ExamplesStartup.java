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
    static final String FIRST_START_DONE = "firstStartDone";
    /** The Getting Started view (dev.dendrite.launching.ui), opened by id: this bundle does not depend on that one. */
    static final String GETTING_STARTED = "dev.dendrite.launching.ui.gettingStarted";

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
        firstStart();
    }

    /** The standalone workbench's first start: the whole screen, the Dendrite perspective and the getting-started page. */
    private static void firstStart() {
        // A marker in this workspace's metadata: later starts keep the window as the user left it.
        java.nio.file.Path marker = org.eclipse.core.runtime.Platform.getStateLocation(
                org.osgi.framework.FrameworkUtil.getBundle(ExamplesStartup.class)).toFile().toPath().resolve(FIRST_START_DONE);
        if (java.nio.file.Files.exists(marker)) {
            return;
        }
        org.eclipse.ui.PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
            var window = org.eclipse.ui.PlatformUI.getWorkbench().getActiveWorkbenchWindow();
            if (window == null) {
                return;
            }
            window.getShell().setMaximized(true);
            try {
                var page = org.eclipse.ui.PlatformUI.getWorkbench().showPerspective(DendritePerspective.ID, window);
                page.showView(GETTING_STARTED);
            } catch (org.eclipse.ui.WorkbenchException e) {
                org.eclipse.core.runtime.ILog.of(ExamplesStartup.class).log(e.getStatus());
            }
            try {
                java.nio.file.Files.createDirectories(marker.getParent());
                java.nio.file.Files.writeString(marker, "");
            } catch (java.io.IOException e) {
                org.eclipse.core.runtime.ILog.of(ExamplesStartup.class).error("cannot remember the first start", e);
            }
        });
    }
}
