package dev.dendrite.launching.ui.internal;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.console.MessageConsole;
import org.eclipse.ui.console.TextConsoleViewer;
import org.eclipse.ui.progress.UIJob;

/**
 * Builds and discards one console viewer on a hidden shell while the workbench is idle after
 * start-up. The platform's Console builds the first process console's page cold (class loading,
 * verification, first calls): with the Console open that made a session's first launch hold the UI
 * thread for 100 to 170 ms, against 30 to 75 ms for later launches.
 */
final class ConsoleWarmUp extends UIJob {

    private ConsoleWarmUp() {
        super("Preparing the console");
        setSystem(true);
        setPriority(DECORATE);
    }

    /** Called on a background thread (earlyStartup's). */
    static void start() {
        extractIcons("org.eclipse.ui.console", "icons/full", "*.png");
        extractIcons("org.eclipse.debug.ui", "icons/full/elcl16", "*_co*.png");
        extractIcons("org.eclipse.debug.ui", "icons/full/dlcl16", "*_co*.png");
        if (PlatformUI.isWorkbenchRunning()) {
            new ConsoleWarmUp().schedule(3000);
        }
    }

    /**
     * Copies the console toolbar's icons out of their bundles' jars now: the toolbar loads icons from
     * files, and the first console page otherwise extracts each one on the UI thread.
     */
    private static void extractIcons(String bundleName, String folder, String pattern) {
        org.osgi.framework.Bundle bundle = org.eclipse.core.runtime.Platform.getBundle(bundleName);
        var entries = bundle == null ? null : bundle.findEntries(folder, pattern, true);
        while (entries != null && entries.hasMoreElements()) {
            try {
                org.eclipse.core.runtime.FileLocator.toFileURL(entries.nextElement());
            } catch (java.io.IOException e) {
                // Only a head start: the icon is extracted when first shown instead.
            }
        }
    }

    @Override
    public IStatus runInUIThread(IProgressMonitor monitor) {
        if (monitor.isCanceled() || getDisplay() == null || getDisplay().isDisposed()) {
            return Status.CANCEL_STATUS;
        }
        Shell shell = new Shell(getDisplay());
        MessageConsole console = new MessageConsole("warm-up", null);
        try {
            TextConsoleViewer viewer = new TextConsoleViewer(shell, console);
            viewer.getTextWidget().setText("warm-up");
        } finally {
            shell.dispose();
            console.destroy();
        }
        return Status.OK_STATUS;
    }
}
