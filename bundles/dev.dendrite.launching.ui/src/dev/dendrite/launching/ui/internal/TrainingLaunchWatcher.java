package dev.dendrite.launching.ui.internal;

import java.nio.file.Path;

import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.IDebugEventSetListener;
import org.eclipse.debug.core.model.IProcess;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

import dev.dendrite.launching.TrainingAttributes;
import dev.dendrite.launching.internal.TrainingLaunchDelegate;

/**
 * Shows every trainer that starts in the Training Monitor (opened if needed, without taking the
 * focus), brings a failed trainer's console forward, and refreshes the Runs view when one starts or ends.
 */
public final class TrainingLaunchWatcher implements IStartup, IDebugEventSetListener {

    private static boolean installed;

    @Override
    public void earlyStartup() {
        install();
        preloadCharts();
        ConsoleWarmUp.start();
    }

    /**
     * Loads the chart library's classes on this background thread (earlyStartup's), without
     * initialising them: the Training Monitor then opens on a live run without the UI thread
     * reading and verifying them (which had made its first opening the longest UI delay of a launch).
     */
    private static void preloadCharts() {
        org.osgi.framework.Bundle charts = org.osgi.framework.FrameworkUtil.getBundle(org.eclipse.swtchart.Chart.class);
        preloadClasses(charts, "org/eclipse/swtchart", true);
    }

    /** Loads a bundle's classes under a folder, without initialising them; a class that fails loads when first used instead. */
    static void preloadClasses(org.osgi.framework.Bundle bundle, String folder, boolean recurse) {
        var entries = bundle == null ? null : bundle.findEntries(folder, "*.class", recurse);
        while (entries != null && entries.hasMoreElements()) {
            String path = entries.nextElement().getPath();
            String name = path.substring(path.indexOf(folder), path.length() - ".class".length()).replace('/', '.');
            try {
                bundle.loadClass(name);
            } catch (ClassNotFoundException | LinkageError e) {
                // Only a head start.
            }
        }
    }

    static synchronized void install() {
        if (!installed) {
            installed = true;
            DebugPlugin.getDefault().addDebugEventListener(new TrainingLaunchWatcher());
        }
    }

    static void attach(TrainingMonitorView view) {
        install();
    }

    static void detach(TrainingMonitorView view) {
        // The listener is global and finds the view each time.
    }

    @Override
    public void handleDebugEvents(DebugEvent[] events) {
        for (DebugEvent event : events) {
            if (event.getSource() instanceof IProcess process
                    && TrainingLaunchDelegate.PROCESS_TYPE.equals(process.getAttribute(IProcess.ATTR_PROCESS_TYPE))
                    && (event.getKind() == DebugEvent.CREATE || event.getKind() == DebugEvent.TERMINATE)) {
                String directory = process.getAttribute(TrainingAttributes.PROCESS_RUN_DIRECTORY);
                boolean started = event.getKind() == DebugEvent.CREATE;
                PlatformUI.getWorkbench().getDisplay().asyncExec(() -> update(directory == null ? null : Path.of(directory), started));
                if (!started && failed(process, directory)) {
                    PlatformUI.getWorkbench().getDisplay().asyncExec(() -> showConsole(process));
                }
            }
        }
    }

    /** A trainer that ended with bad input (exit 2) or a failed, non-finite or crashed run; not one that finished or was stopped. */
    static boolean failed(IProcess process, String directory) {
        int exit;
        try {
            exit = process.getExitValue();
        } catch (org.eclipse.debug.core.DebugException e) {
            return false;
        }
        if (exit == 0) {
            return false;
        }
        if (exit == 2 || directory == null || !dev.dendrite.train.run.RunReader.isRunDirectory(Path.of(directory))) {
            return true;
        }
        try {
            return dev.dendrite.train.run.RunReader.readWithoutMetrics(Path.of(directory)).state() != dev.dendrite.train.run.RunState.CANCELLED;
        } catch (java.io.IOException e) {
            return true;
        }
    }

    /** Brings the failed trainer's console forward: its last lines say why (the Console does not open by itself on output). */
    private static void showConsole(IProcess process) {
        org.eclipse.ui.console.IConsole console = org.eclipse.debug.ui.DebugUITools.getConsole(process);
        if (console != null) {
            org.eclipse.ui.console.ConsolePlugin.getDefault().getConsoleManager().showConsoleView(console);
        }
    }

    private static void update(Path directory, boolean started) {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IWorkbenchPage page = window == null ? null : window.getActivePage();
        if (page == null) {
            return;
        }
        try {
            if (started && directory != null) {
                IViewPart view = page.showView(TrainingMonitorView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
                if (view instanceof TrainingMonitorView monitor) {
                    monitor.launched(directory);
                }
            }
            if (!started && directory != null && page.findView(TrainingMonitorView.ID) instanceof TrainingMonitorView monitor) {
                monitor.ended(directory);
            }
            if (page.findView(RunsView.ID) instanceof RunsView runs) {
                runs.refresh();
            }
            if (page.findView(TrainingMonitorView.ID) instanceof TrainingMonitorView monitor) {
                monitor.refresh();
            }
        } catch (PartInitException e) {
            org.eclipse.core.runtime.ILog.of(TrainingLaunchWatcher.class).log(e.getStatus());
        }
    }
}
