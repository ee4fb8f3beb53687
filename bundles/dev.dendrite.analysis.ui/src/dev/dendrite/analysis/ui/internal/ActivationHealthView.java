package dev.dendrite.analysis.ui.internal;

import static dev.dendrite.launching.ui.internal.ViewExports.action;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ViewPart;

import dev.dendrite.launching.ui.internal.ViewExports;
import dev.dendrite.train.run.HealthHistory;
import dev.dendrite.train.run.HealthWarning;
import dev.dendrite.train.run.RunFiles;
import dev.dendrite.train.run.RunReader;

/**
 * The Activation Health view: a run's activation and gradient statistics (recorded inside the
 * train step with {@code --health-every}) as a layer × time heat map of a chosen statistic, the
 * chosen layer's activation histograms over time, and the warnings the health rules raised; a
 * warning opens the network in the editor with its layer selected. Reads the run in a job, and
 * again every two seconds while it trains.
 */
public final class ActivationHealthView extends ViewPart implements dev.dendrite.launching.ui.internal.RunViewer {

    public static final String ID = "dev.dendrite.analysis.ui.activationHealth";
    /** Statistics offered, as (label, key, log scale). */
    private static final String[][] STATISTICS = {{"standard deviation", "std", ""}, {"mean", "mean", ""}, {"dead units", "dead", ""},
        {"saturated units", "saturated", ""}, {"gradient norm (log)", "gradientNorm", "log"}, {"update / weight ratio (log)", "updateRatio",
            "log"}, {"weight norm", "weightNorm", ""}};
    /** The editor's marker attribute naming a layer (its ProblemMarkers.LAYER_ID), which it selects on going to a marker. */
    private static final String LAYER_ID = "layerId";

    private Composite root;
    private RunChoice runs;
    private Combo statistics;
    private Label status;
    private HealthHeatmap heatmap;
    private HistogramStrip histograms;
    private Table warnings;
    private HealthHistory history;
    private Path shownRun;
    /** The layer the user chose, kept when a running run's records are read again. */
    private String heatmapLayer;

    @Override
    public void createPartControl(Composite parent) {
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(4, false));
        new Label(root, SWT.NONE).setText("Run:");
        runs = new RunChoice(root, ActivationHealthView::hasHealth, this::load);
        new Label(root, SWT.NONE).setText("Statistic:");
        statistics = new Combo(root, SWT.READ_ONLY);
        for (String[] statistic : STATISTICS) {
            statistics.add(statistic[0]);
        }
        statistics.select(0);
        statistics.addListener(SWT.Selection, e -> redraw());
        status = new Label(root, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1));
        SashForm vertical = new SashForm(root, SWT.VERTICAL);
        vertical.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));
        SashForm charts = new SashForm(vertical, SWT.HORIZONTAL);
        heatmap = new HealthHeatmap(charts);
        histograms = new HistogramStrip(charts);
        heatmap.onLayer(layer -> {
            heatmapLayer = layer;
            histograms.show(history, layer);
        });
        warnings = new Table(vertical, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER);
        warnings.setHeaderVisible(true);
        for (String[] column : new String[][] {{"Step", "70"}, {"Layer", "110"}, {"Kind", "90"}, {"Warning", "900"}}) {
            TableColumn c = new TableColumn(warnings, SWT.LEFT);
            c.setText(column[0]);
            c.setWidth(Integer.parseInt(column[1]));
        }
        warnings.addListener(SWT.Selection, e -> selectedWarning().ifPresent(w -> {
            heatmap.select(w.layer());
            histograms.show(history, w.layer());
        }));
        warnings.addListener(SWT.DefaultSelection, e -> selectedWarning().ifPresent(this::reveal));
        vertical.setWeights(3, 1);
        charts.setWeights(3, 2);
        var menu = getViewSite().getActionBars().getMenuManager();
        menu.add(action("Refresh", this::refresh));
        menu.add(action("Export Heat Map as PNG...", () -> ViewExports.askAndExport(root.getShell(), "*.png", f -> ViewExports.savePng(
                heatmap.control(), f))));
        menu.add(action("Export Histograms as PNG...", () -> ViewExports.askAndExport(root.getShell(), "*.png", f -> ViewExports.savePng(
                histograms.control(), f))));
        refresh();
        root.getDisplay().timerExec(FOLLOW_MILLIS, this::follow);
    }

    /** How often a running run's records are read again. */
    private static final int FOLLOW_MILLIS = 2000;

    /** While the shown run trains, reads its records again every few seconds (in a job, like the first read). */
    private void follow() {
        if (root.isDisposed()) {
            return;
        }
        Path run = shownRun;
        if (run != null && !reading) {
            reload(run, true);
        }
        root.getDisplay().timerExec(FOLLOW_MILLIS, this::follow);
    }

    /** Finds the workspace's runs with health records again. */
    public void refresh() {
        runs.rescan(null);
        load();
    }

    /** Shows a run (tests, and runs opened elsewhere): scans, chooses it, reads it once. */
    @Override
    public void show(Path run) {
        history = null;
        runs.rescan(run);
        load();
    }

    /** The history drawn, or null while reading (tests). */
    public HealthHistory history() {
        return history;
    }

    /** The layers whose heat-map row says the statistic is not recorded for them (tests). */
    public List<String> notRecorded() {
        return heatmap.notRecorded();
    }

    /** Rows of the heat map, histogram columns drawn, warnings listed (tests). */
    public int[] drawn() {
        return new int[] {heatmap.rows(), histograms.columns(), warnings.getItemCount()};
    }

    /** Selects a warning as a click does (tests); with open, as a double-click does. */
    public void selectWarning(int index, boolean open) {
        warnings.setSelection(index);
        warnings.notifyListeners(open ? SWT.DefaultSelection : SWT.Selection, new org.eclipse.swt.widgets.Event());
    }

    /** Chooses the statistic by its index in the list (tests). */
    public void statistic(int index) {
        statistics.select(index);
        redraw();
    }

    /** A run directory whose metrics hold a health record (looked for in their first megabyte). */
    public static boolean hasHealth(Path dir) {
        if (!RunReader.isRunDirectory(dir)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(dir.resolve(RunFiles.METRICS))) {
            return new String(in.readNBytes(1 << 20), StandardCharsets.UTF_8).contains("\"type\":\"health\"");
        } catch (IOException e) {
            return false;
        }
    }

    private void load() {
        Path run = runs.chosen();
        shownRun = run;
        settledRun = null;
        if (run == null) {
            history = null;
            status.setText("No run with health records: launch training with \"Activation health every\" set (or --health-every N), "
                    + "then Refresh");
            redraw();
            return;
        }
        status.setText("Reading " + run.getFileName() + "...");
        reload(run, false);
    }

    /** Whether a read is under way (following does not pile reads up). */
    private volatile boolean reading;

    /**
     * The shown run once a follow-up read found it stopped and read its last records: it is not read
     * again until shown anew. Without that last read, the records written after the previous read
     * (a short run ends between two looks) never showed.
     */
    private volatile Path settledRun;

    /** Reads a run's records in a job; {@code onlyWhileRunning}: unless the run has stopped (its status says so). */
    private void reload(Path run, boolean onlyWhileRunning) {
        reading = true;
        Job job = Job.create("Reading the health records of " + run.getFileName(), monitor -> {
            HealthHistory read;
            try {
                if (onlyWhileRunning && RunReader.readWithoutMetrics(run).state() != dev.dendrite.train.run.RunState.RUNNING) {
                    if (run.equals(settledRun)) {
                        root.getDisplay().asyncExec(() -> reading = false);
                        return Status.OK_STATUS;
                    }
                    settledRun = run;
                }
                read = HealthHistory.read(run);
            } catch (IOException e) {
                root.getDisplay().asyncExec(() -> {
                    reading = false;
                    status.setText(run + ": " + e.getMessage());
                });
                return Status.OK_STATUS;
            }
            root.getDisplay().asyncExec(() -> {
                reading = false;
                if (!root.isDisposed() && run.equals(shownRun)) {
                    String layer = heatmapLayer;
                    history = read;
                    redraw();
                    if (layer != null && read.layers().contains(layer)) {
                        heatmap.select(layer);
                        histograms.show(read, layer);
                    }
                }
            });
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    private void redraw() {
        String[] statistic = STATISTICS[Math.max(0, statistics.getSelectionIndex())];
        heatmap.show(history, statistic[1], !statistic[2].isEmpty());
        warnings.removeAll();
        if (history == null) {
            histograms.show(null, null);
            return;
        }
        for (HealthWarning warning : history.warnings()) {
            TableItem item = new TableItem(warnings, SWT.NONE);
            item.setText(new String[] {String.valueOf(warning.step()), warning.layer(), warning.kind(), warning.message().replaceFirst(
                    "^warning at step \\d+: ", "")});
            item.setData(warning);
        }
        String layer = history.layers().isEmpty() ? null : history.layers().get(0);
        if (!history.warnings().isEmpty()) {
            layer = history.warnings().get(0).layer();
        }
        heatmap.select(layer);
        histograms.show(history, layer);
        status.setText(String.format("%d health records of %d layers, steps %s; %d warnings%s. Click a layer for its histograms; "
                + "double-click a warning to see its layer in the editor.", history.samples().size(), history.layers().size(), history
                        .samples().isEmpty() ? "-" : history.samples().get(0).step() + " to " + history.samples().get(history.samples()
                                .size() - 1).step(), history.warnings().size(), history.skipped() == 0 ? "" : " (" + history.skipped()
                                        + " malformed lines skipped)"));
        root.layout(true, true);
    }

    private java.util.Optional<HealthWarning> selectedWarning() {
        int index = warnings.getSelectionIndex();
        return index < 0 ? java.util.Optional.empty() : java.util.Optional.of((HealthWarning) warnings.getItem(index).getData());
    }

    /** Opens the run's network in the editor with the warning's layer selected (through a transient marker the editor goes to). */
    private void reveal(HealthWarning warning) {
        try {
            var config = RunReader.readWithoutMetrics(shownRun).config();
            IFile file = config.get("networkFile") instanceof String network ? workspaceFile(Path.of(network)) : null;
            if (file == null) {
                status.setText("The network of " + shownRun.getFileName() + " is not in the workspace any more");
                return;
            }
            IMarker marker = file.createMarker(IMarker.MARKER);
            try {
                marker.setAttribute(IMarker.TRANSIENT, true);
                marker.setAttribute(LAYER_ID, warning.layer());
                IDE.openEditor(getSite().getPage(), marker, true);
            } finally {
                marker.delete();
            }
        } catch (IOException | CoreException e) {
            status.setText("Cannot open the network: " + e.getMessage());
        }
    }

    private static IFile workspaceFile(Path location) {
        IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(location.toUri());
        return files.length == 0 ? null : files[0];
    }


    @Override
    public void setFocus() {
        runs.setFocus();
    }
}
