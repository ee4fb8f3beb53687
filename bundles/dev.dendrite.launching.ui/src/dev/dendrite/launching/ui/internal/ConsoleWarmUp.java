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
 * verification, first calls, its toolbar's icons read and decoded): with the Console open that made a
 * session's first launch hold the UI thread for 90 to 170 ms, against 25 to 75 ms for later launches.
 * The toolbar's icons are kept in JFace's shared resources, where the console's toolbar finds them.
 */
public final class ConsoleWarmUp extends UIJob {

    private static volatile boolean done;

    /** Whether a warm-up has run in this session. */
    public static boolean done() {
        return done;
    }

    public ConsoleWarmUp() {
        super("Preparing the console");
        setSystem(true);
        setPriority(DECORATE);
    }

    /** Called on a background thread (earlyStartup's). */
    static void start() {
        extractIcons("org.eclipse.ui.console", "icons/full", "*.png");
        extractIcons("org.eclipse.debug.ui", "icons/full/elcl16", "*_co*.png");
        extractIcons("org.eclipse.debug.ui", "icons/full/dlcl16", "*_co*.png");
        // The console page's classes, loaded here rather than on the UI thread by the first launch.
        TrainingLaunchWatcher.preloadClasses(org.eclipse.core.runtime.Platform.getBundle("org.eclipse.ui.console"), "org/eclipse/ui", true);
        TrainingLaunchWatcher.preloadClasses(org.eclipse.core.runtime.Platform.getBundle("org.eclipse.debug.ui"),
                "org/eclipse/debug/internal/ui/views/console", false);
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
            new TextConsoleViewer(shell, console);
        } finally {
            shell.dispose();
            console.destroy();
        }
        for (String key : DEBUG_ICONS) {
            keep(org.eclipse.debug.ui.DebugUITools.getImageDescriptor(key));
        }
        for (String key : CONSOLE_ICONS) {
            keep(org.eclipse.ui.console.ConsolePlugin.getImageDescriptor(key));
        }
        done = true;
        return Status.OK_STATUS;
    }

    /** The process console's toolbar icons (the debug UI's registry keys); an unknown key is skipped. */
    private static final String[] DEBUG_ICONS = {"IMG_ELCL_TERMINATE", "IMG_DLCL_TERMINATE", "IMG_LCL_REMOVE", "IMG_DLCL_REMOVE",
            "IMG_LCL_REMOVE_ALL", "IMG_DLCL_REMOVE_ALL", "IMG_ELCL_STANDARD_OUT", "IMG_ELCL_STANDARD_ERR"};

    /** The Console's own toolbar icons (clear, pin, scroll lock, word wrap, new console, console list). */
    private static final String[] CONSOLE_ICONS = {"IMG_LCL_CLEAR", "IMG_ELCL_PIN", "IMG_ELCL_LOCK", "IMG_ELCL_WRAP", "IMG_ELCL_NEW_CON",
            org.eclipse.ui.console.IConsoleConstants.IMG_VIEW_CONSOLE};

    /**
     * Allocates an icon and its derived disabled look in JFace's shared resources and never releases them:
     * a toolbar that asks for the same descriptor then gets the decoded image instead of reading the file.
     */
    private static void keep(org.eclipse.jface.resource.ImageDescriptor icon) {
        if (icon == null) {
            return;
        }
        var resources = org.eclipse.jface.resource.JFaceResources.getResources();
        resources.create(icon);
        resources.create(org.eclipse.jface.resource.ImageDescriptor.createWithFlags(icon, org.eclipse.swt.SWT.IMAGE_DISABLE));
    }
}
