package dev.dendrite.launching.ui.internal;

import static dev.dendrite.launching.ui.internal.ViewExports.action;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ViewPart;

import dev.dendrite.launching.TrainingAttributes;
import dev.dendrite.train.run.RunReader;
import dev.dendrite.train.run.RunRecord;
import dev.dendrite.train.run.RunState;

/**
 * The workspace's run directories with their configuration, state (running, finished, cancelled,
 * crashed, failed, non-finite with the layer), progress and best figures. Open one or compare
 * several in the Training Monitor, resume one from its last checkpoint, open the trained network
 * in the editor, delete (after confirmation).
 */
public final class RunsView extends ViewPart {

    public static final String ID = "dev.dendrite.launching.ui.runs";
    private static final int SCAN_DEPTH = 4;

    private TableViewer table;

    /** The filter's words, lower case: a run is listed when each is in one of its columns. */
    private List<String> filterWords = List.of();

    @Override
    public void createPartControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        org.eclipse.swt.layout.GridLayout layout = new org.eclipse.swt.layout.GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        root.setLayout(layout);
        org.eclipse.swt.widgets.Text filter = new org.eclipse.swt.widgets.Text(root, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filter.setMessage("Filter: words from any column, e.g. lr-sweep finished");
        filter.setLayoutData(new org.eclipse.swt.layout.GridData(SWT.FILL, SWT.CENTER, true, false));
        table = new TableViewer(root, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
        table.getControl().setLayoutData(new org.eclipse.swt.layout.GridData(SWT.FILL, SWT.FILL, true, true));
        filter.addModifyListener(e -> {
            filterWords = RunColumn.words(filter.getText());
            table.refresh();
        });
        table.addFilter(new org.eclipse.jface.viewers.ViewerFilter() {
            @Override
            public boolean select(org.eclipse.jface.viewers.Viewer viewer, Object parentElement, Object element) {
                return RunColumn.matches((RunRecord) element, filterWords);
            }
        });
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        table.setContentProvider(ArrayContentProvider.getInstance());
        RunColumn.all().forEach(this::column);
        table.addDoubleClickListener(e -> openInMonitor(false));
        MenuManager menu = new MenuManager();
        List<Action> actions = List.of(action("Open in Training Monitor", () -> openInMonitor(false)),
                action("Compare in Training Monitor", () -> openInMonitor(true)), action("Resume from the Last Checkpoint", this::resume),
                action("Open Trained Network", this::openTrained), action("Show Activation Health", () -> openIn(ACTIVATION_HEALTH)),
                action("Show Embeddings", () -> openIn(EMBEDDING)), action("Show Evaluation", () -> openIn(EVALUATION)),
                action("Show Attention", () -> openIn(ATTENTION)),
                action("Show Loss Landscape (two runs: the path between them)", () -> openIn(LANDSCAPE)),
                action("Show Layer Similarity (two runs: one against the other)", () -> openIn(SIMILARITY)),
                action("Show Sweep (the run's sweep: every run's curve, each setting against the loss)", () -> openIn(SWEEP)),
                action("Delete...", this::delete), action("Refresh", this::refresh));
        actions.forEach(menu::add);
        table.getTable().setMenu(menu.createContextMenu(table.getTable()));
        actions.forEach(getViewSite().getActionBars().getMenuManager()::add);
        getSite().setSelectionProvider(table);
        refresh();
        TrainingLaunchWatcher.install();
    }

    /** The sweep a run belongs to, or how many workers trained it; empty for a lone run. */
    static String experiment(RunRecord run) {
        if (run.config().get("experiment") instanceof String name) {
            return name;
        }
        return run.config().get("dataParallel") instanceof Number workers ? "data-parallel ×" + workers.intValue() : "";
    }

    private void column(RunColumn definition) {
        TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
        column.getColumn().setText(definition.title());
        column.getColumn().setWidth(definition.width());
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return definition.text().apply((RunRecord) element);
            }
        });
        column.getColumn().addListener(SWT.Selection, event -> sortBy(column.getColumn(), definition));
    }

    /** A click on a column's header sorts by it, a second click the other way. */
    private void sortBy(org.eclipse.swt.widgets.TableColumn column, RunColumn definition) {
        var control = table.getTable();
        boolean ascending = control.getSortColumn() != column || control.getSortDirection() != SWT.UP;
        control.setSortColumn(column);
        control.setSortDirection(ascending ? SWT.UP : SWT.DOWN);
        Comparator<RunRecord> order = definition.order(ascending);
        table.setComparator(new org.eclipse.jface.viewers.ViewerComparator() {
            @Override
            public int compare(org.eclipse.jface.viewers.Viewer viewer, Object a, Object b) {
                return order.compare((RunRecord) a, (RunRecord) b);
            }
        });
    }

    /** A scan is running; another was asked for meanwhile. */
    private boolean scanning;
    private boolean scanAgain;

    /**
     * Scans the open projects for run directories again, in a system job (a workspace with a
     * lottery ladder holds dozens of runs, each read from its files); the table changes on the UI
     * thread when the scan is done. Requests during a scan are served by one more scan after it.
     */
    public void refresh() {
        if (table == null || table.getControl().isDisposed()) {
            return;
        }
        if (scanning) {
            scanAgain = true;
            return;
        }
        scanning = true;
        org.eclipse.swt.widgets.Display display = table.getControl().getDisplay();
        org.eclipse.core.runtime.jobs.Job job = org.eclipse.core.runtime.jobs.Job.create("Reading the workspace's training runs", monitor -> {
            List<RunRecord> runs = null;
            try {
                runs = scan();
                if (runs.equals(lastShown)) {
                    // Compared here, off the UI thread: a launch or a run's end often changes nothing listed yet,
                    // and rebuilding a long table would hold the UI thread for nothing.
                    runs = null;
                }
            } finally {
                // Also after a failed scan (logged by the job): the view must not wait for it forever.
                List<RunRecord> result = runs;
                if (!display.isDisposed()) {
                    display.asyncExec(() -> scanned(result));
                }
            }
            return org.eclipse.core.runtime.Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    /** The runs the table was last given. */
    private volatile List<RunRecord> lastShown = List.of();

    /** Shows a scan's runs (none when it failed or nothing changed) and serves a request made meanwhile. */
    private void scanned(List<RunRecord> runs) {
        scanning = false;
        if (table.getControl().isDisposed()) {
            return;
        }
        if (runs != null) {
            lastShown = runs;
            table.setInput(runs.toArray());
        }
        if (scanAgain) {
            scanAgain = false;
            refresh();
        }
    }

    /** The run directories of the open projects, newest first. */
    public static List<RunRecord> scan() {
        List<RunRecord> runs = new ArrayList<>();
        for (Path dir : ViewExports.workspaceFolders(SCAN_DEPTH, d -> RunReader.isRunDirectory(d) && !RunReader.isWorkerDirectory(d))) {
            try {
                runs.add(RunReader.read(dir));
            } catch (IOException e) {
                // Gone since the scan (deleted meanwhile): nothing to show.
            }
        }
        runs.sort(Comparator.comparing((RunRecord r) -> r.directory().getFileName().toString()).reversed());
        return runs;
    }

    /** The text column {@code title} shows for {@code run}, or null where the run is not listed (tests). */
    public String columnText(Path run, String title) {
        RunColumn column = RunColumn.all().stream().filter(c -> c.title().equals(title)).findFirst().orElseThrow();
        return shown().stream().filter(r -> r.directory().equals(run)).findFirst().map(r -> column.text().apply(r)).orElse(null);
    }

    /** Scrolls the table to show the column {@code title} (tests' screenshots). */
    public void revealColumn(String title) {
        for (org.eclipse.swt.widgets.TableColumn column : table.getTable().getColumns()) {
            if (column.getText().equals(title)) {
                table.getTable().showColumn(column);
            }
        }
    }

    /** The runs the table shows (tests). */
    public List<RunRecord> shown() {
        Object input = table.getInput();
        List<RunRecord> runs = new ArrayList<>();
        if (input instanceof Object[] array) {
            for (Object o : array) {
                runs.add((RunRecord) o);
            }
        }
        return runs;
    }

    private List<RunRecord> selected() {
        List<RunRecord> runs = new ArrayList<>();
        for (Object o : ((IStructuredSelection) table.getSelection()).toList()) {
            runs.add((RunRecord) o);
        }
        return runs;
    }

    private void openInMonitor(boolean compare) {
        List<RunRecord> runs = selected();
        if (runs.isEmpty()) {
            return;
        }
        try {
            var view = getSite().getPage().showView(TrainingMonitorView.ID, null, IWorkbenchPage.VIEW_ACTIVATE);
            if (view instanceof TrainingMonitorView monitor) {
                monitor.show(runs.stream().limit(compare ? runs.size() : 1).map(RunRecord::directory).toList());
            }
        } catch (PartInitException e) {
            MessageDialog.openError(getSite().getShell(), "Training Monitor", e.getMessage());
        }
    }

    /** The analysis views' ids (their bundle builds on this one, so they are named, not referenced). */
    public static final String ACTIVATION_HEALTH = "dev.dendrite.analysis.ui.activationHealth";
    public static final String EMBEDDING = "dev.dendrite.analysis.ui.embedding";
    public static final String EVALUATION = "dev.dendrite.analysis.ui.evaluation";
    public static final String LANDSCAPE = "dev.dendrite.analysis.ui.landscape";
    public static final String ATTENTION = "dev.dendrite.analysis.ui.attention";
    public static final String SIMILARITY = "dev.dendrite.analysis.ui.similarity";
    public static final String SWEEP = "dev.dendrite.analysis.ui.sweep";

    /** Selects a listed run as a click does and shows it in a view that shows runs, as the menu's Show actions do (tests). */
    public void showRun(Path run, String viewId) {
        shown().stream().filter(r -> r.directory().equals(run)).findFirst().ifPresent(r -> {
            table.setSelection(new org.eclipse.jface.viewers.StructuredSelection(r), true);
            openIn(viewId);
        });
    }

    /** Shows the selected run in a view that shows runs (Activation Health, Embedding); two selected, as a pair where the view compares. */
    private void openIn(String viewId) {
        List<RunRecord> runs = selected();
        if (runs.isEmpty()) {
            return;
        }
        try {
            if (getSite().getPage().showView(viewId, null, IWorkbenchPage.VIEW_ACTIVATE) instanceof RunViewer viewer) {
                if (runs.size() >= 2) {
                    viewer.show(runs.get(0).directory(), runs.get(1).directory());
                } else {
                    viewer.show(runs.get(0).directory());
                }
            }
        } catch (PartInitException e) {
            MessageDialog.openError(getSite().getShell(), "Show Run", e.getMessage());
        }
    }

    /** Relaunches a stopped run with --resume into its own directory. */
    void resume() {
        for (RunRecord run : selected()) {
            String reason = resumeProblem(run);
            if (reason != null) {
                MessageDialog.openInformation(getSite().getShell(), "Resume", reason);
                continue;
            }
            try {
                IFile network = workspaceFile(Path.of((String) run.config().get("networkFile")));
                ILaunchConfigurationWorkingCopy copy = TrainingShortcut.configurationFor(network).getWorkingCopy()
                        .copy(run.directory().getFileName() + " (resume)");
                copy.setAttribute(TrainingAttributes.RESUME, true);
                // The run continues with the settings it recorded (a sweep's run with the sweep's), which the command reads from it.
                dev.dendrite.launching.TrainingArguments.RECORDED_SETTINGS.forEach(copy::removeAttribute);
                copy.setAttribute(TrainingAttributes.RUN_NAME, run.directory().getFileName().toString());
                IContainer parent = ResourcesPlugin.getWorkspace().getRoot().getContainerForLocation(
                        org.eclipse.core.runtime.Path.fromOSString(run.directory().getParent().toString()));
                if (parent != null) {
                    copy.setAttribute(TrainingAttributes.RUNS_FOLDER, parent.getFullPath().toString());
                }
                DebugUITools.launch(copy, "run");
            } catch (CoreException e) {
                MessageDialog.openError(getSite().getShell(), "Resume", e.getMessage());
            }
        }
    }

    static String resumeProblem(RunRecord run) {
        if (run.state() == RunState.RUNNING) {
            return run.directory().getFileName() + " is still running";
        }
        if (!run.hasCheckpoint()) {
            return run.directory().getFileName() + " has no checkpoint to resume from";
        }
        if (!(run.config().get("networkFile") instanceof String file) || workspaceFile(Path.of(file)) == null) {
            return "the network of " + run.directory().getFileName() + " is not in the workspace any more";
        }
        return null;
    }

    static IFile workspaceFile(Path location) {
        IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(location.toUri());
        return files.length == 0 ? null : files[0];
    }

    /** The network with the run's trained weights, as trained.dnet in the run directory, opened in the editor. */
    private void openTrained() {
        for (RunRecord run : selected()) {
            try {
                Path weights = run.directory().resolve("final.weights.onnx");
                if (!Files.exists(weights) || !(run.config().get("networkFile") instanceof String file)) {
                    MessageDialog.openInformation(getSite().getShell(), "Open Trained Network", run.directory().getFileName()
                            + " has no trained model yet (it writes one when it finishes)");
                    continue;
                }
                Path trained = run.directory().resolve("trained.dnet");
                Files.copy(Path.of(file), trained, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                Files.copy(weights, run.directory().resolve("trained.weights.onnx"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                IFile target = workspaceFile(trained);
                if (target != null) {
                    target.getParent().refreshLocal(IResource.DEPTH_ONE, null);
                    IDE.openEditor(getSite().getPage(), target, true);
                }
            } catch (IOException | CoreException e) {
                MessageDialog.openError(getSite().getShell(), "Open Trained Network", e.getMessage());
            }
        }
    }

    private void delete() {
        List<RunRecord> runs = selected().stream().filter(r -> r.state() != RunState.RUNNING).toList();
        if (runs.isEmpty() || !MessageDialog.openConfirm(getSite().getShell(), "Delete Runs", "Delete " + runs.size()
                + " run director" + (runs.size() == 1 ? "y" : "ies") + " with their checkpoints and models? This cannot be undone.")) {
            return;
        }
        for (RunRecord run : runs) {
            try {
                IContainer folder = ResourcesPlugin.getWorkspace().getRoot().getContainerForLocation(
                        org.eclipse.core.runtime.Path.fromOSString(run.directory().toString()));
                if (folder != null && folder.exists()) {
                    folder.delete(true, null);
                }
            } catch (CoreException e) {
                MessageDialog.openError(getSite().getShell(), "Delete Runs", e.getMessage());
            }
        }
        refresh();
    }

    @Override
    public void setFocus() {
        table.getControl().setFocus();
    }
}
