package dev.dendrite.analysis.ui.internal;

import static dev.dendrite.launching.ui.internal.ViewExports.action;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.ui.part.ViewPart;

import dev.dendrite.analysis.experiment.SweepRuns;
import dev.dendrite.launching.ui.internal.ChartRanges;
import dev.dendrite.launching.ui.internal.ViewExports;

/**
 * The Sweep view: a sweep's runs as their directories record them ({@link SweepRuns}): every run's
 * validation curve (successive halving's cuts show as the curves that stop at a rung), and for each
 * setting the runs vary, the best figure each run reached against its value (a rate on a log axis):
 * which settings matter, read at a glance. Finished runs in colour, runs halving left behind in
 * grey, the best in red.
 */
public final class SweepView extends ViewPart implements dev.dendrite.launching.ui.internal.RunViewer {

    public static final String ID = "dev.dendrite.analysis.ui.sweep";
    /** Setting charts that fill the right half; more scroll, each keeping this share of its height. */
    private static final int SETTING_CHARTS = 4;
    /** The chart of a Hyperband sweep's runs by bracket. */
    private static final String BRACKET = "bracket";

    private Composite root;
    private RunChoice sweeps;
    private Label status;
    private Chart curves;
    private org.eclipse.swt.widgets.Table table;
    private final List<SweepRuns.Run> rows = new ArrayList<>();
    private org.eclipse.swt.custom.ScrolledComposite scroller;
    private Composite settings;
    private final List<Chart> settingCharts = new ArrayList<>();
    private SweepRuns shown;

    @Override
    public void createPartControl(Composite parent) {
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(2, false));
        new Label(root, SWT.NONE).setText("Sweep:");
        sweeps = new RunChoice(root, SweepRuns::isSweepFolder, this::load);
        status = new Label(root, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        SashForm body = new SashForm(root, SWT.HORIZONTAL);
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        SashForm left = new SashForm(body, SWT.VERTICAL);
        curves = new Chart(left, SWT.NONE);
        curves.getLegend().setVisible(false);
        table = new org.eclipse.swt.widgets.Table(left, SWT.BORDER | SWT.FULL_SELECTION);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (String title : new String[] {"Run", "State", "Epochs", "Best", "Test loss", "Test accuracy", "Bracket"}) {
            new org.eclipse.swt.widgets.TableColumn(table, title.equals("Run") || title.equals("State") ? SWT.LEFT : SWT.RIGHT).setText(title);
        }
        table.getColumn(6).setToolTipText("a Hyperband sweep's bracket, from 1 (most trials, fewest epochs each) to the last (trained whole)");
        table.setToolTipText("the runs, best first; a double-click opens one in the Training Monitor");
        table.addListener(SWT.DefaultSelection, e -> openInMonitor());
        left.setWeights(3, 2);
        // Every setting the runs vary gets a chart: four fill the half, more scroll down in rows of two.
        scroller = new org.eclipse.swt.custom.ScrolledComposite(body, SWT.V_SCROLL);
        settings = new Composite(scroller, SWT.NONE);
        settings.setLayout(new GridLayout(2, true));
        scroller.setContent(settings);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        scroller.addListener(SWT.Resize, e -> fitSettings());
        body.setWeights(1, 1);
        var menu = getViewSite().getActionBars().getMenuManager();
        menu.add(action("Refresh", this::refresh));
        menu.add(action("Export as PNG...", () -> ViewExports.askAndExport(root.getShell(), "*.png", f -> ViewExports.savePng(root, f))));
        refresh();
    }

    /** Scans the workspace for sweeps again and redraws the chosen one (it may have moved on). */
    private void refresh() {
        sweeps.rescan(null);
        load();
    }

    /** Shows the sweep of {@code run}: the run's own folder where it is a sweep's, else the sweep it belongs to. */
    @Override
    public void show(Path run) {
        Path folder = SweepRuns.isSweepFolder(run) ? run : run.getParent();
        sweeps.rescan(folder);
        load();
    }

    /** The sweep drawn, or null (tests). */
    public SweepRuns shown() {
        return shown;
    }

    /** The status line (tests). */
    public String statusText() {
        return status.getText();
    }

    /** The curves chart's series, and each setting chart's (tests). */
    public int curveCount() {
        return curves.getSeriesSet().getSeries().length;
    }

    /** The settings drawn against the figure (tests). */
    public List<String> settingTitles() {
        return settingCharts.stream().map(c -> c.getTitle().getText()).toList();
    }

    /** The values the x axis of setting chart {@code index} labels (tests). */
    public double[] settingTicks(int index) {
        return settingCharts.get(index).getAxisSet().getXAxis(0).getTick().getTickLabelValues();
    }

    private void load() {
        Path folder = sweeps.chosen();
        shown = null;
        if (folder == null) {
            status.setText("No sweep in the workspace: run one (a sweep file's Run As > Dendrite Sweep, or dendrite sweep) and Refresh");
            draw();
            return;
        }
        try {
            shown = SweepRuns.read(folder);
        } catch (java.io.IOException e) {
            status.setText(folder + " cannot be read: " + e.getMessage());
        }
        draw();
    }

    private void draw() {
        ChartLines.clear(curves);
        table.removeAll();
        rows.clear();
        // A judged sweep's figure is each run's last judging, a loss sweep's its best epoch.
        table.getColumn(3).setText(shown != null && shown.figure().equals("Fréchet distance") ? "Fréchet (last)" : "Best");
        settingCharts.forEach(Chart::dispose);
        settingCharts.clear();
        if (shown == null || shown.runs().isEmpty()) {
            if (shown != null) {
                status.setText(shown.folder() + " holds no run yet");
            }
            curves.redraw();
            fitSettings();
            return;
        }
        SweepRuns.Run best = shown.best();
        status.setText(summary(shown, best));
        drawCurves(best);
        listRuns();
        // Hyperband: which bracket found the best run, exploring many trials briefly or few at length, comes first.
        List<String> numbers = java.util.stream.Stream.concat(shown.brackets().size() > 1 ? java.util.stream.Stream.of(BRACKET)
                : java.util.stream.Stream.empty(), shown.settings().stream()).toList();
        for (String setting : numbers) {
            settingCharts.add(settingChart(setting, best));
        }
        fitSettings();
    }

    /** Two charts a row, each row half the visible height: four fill it, more scroll. */
    private void fitSettings() {
        int rows = (settingCharts.size() + 1) / 2;
        int rowHeight = Math.max(120, scroller.getClientArea().height / (SETTING_CHARTS / 2));
        scroller.setMinHeight(rows <= SETTING_CHARTS / 2 ? 0 : rows * rowHeight);
        settings.layout(true);
    }

    static String summary(SweepRuns sweep, SweepRuns.Run best) {
        List<String> states = new ArrayList<>();
        sweep.states().forEach((state, count) -> states.add(count + " " + state));
        String brackets = sweep.brackets().isEmpty() ? "" : String.format(Locale.ROOT, " in %d Hyperband brackets", sweep.brackets().size());
        return String.format(Locale.ROOT, "%s: %d runs%s (%s)%s", sweep.name(), sweep.runs().size(), brackets, String.join(", ", states),
                best == null ? "" : String.format(Locale.ROOT, "; best %s %.4f by %s%s%s", sweep.figure(), best.best(), best.name(),
                        best.bracket() > 0 ? " of bracket " + best.bracket() : "", Double.isNaN(best.testLoss()) ? ""
                        : String.format(Locale.ROOT, " (test loss %.4f%s)", best.testLoss(), Double.isNaN(best.testAccuracy()) ? ""
                                : String.format(Locale.ROOT, ", accuracy %.2f%%", 100 * best.testAccuracy()))));
    }

    /** The runs, best first (those without an epoch last), as a table to open them from. */
    private void listRuns() {
        shown.runs().stream().sorted(java.util.Comparator.comparingDouble(r -> Double.isNaN(r.best()) ? Double.MAX_VALUE : r.best()))
                .forEach(rows::add);
        for (SweepRuns.Run run : rows) {
            new org.eclipse.swt.widgets.TableItem(table, SWT.NONE).setText(new String[] {run.name(), run.state(), Integer.toString(run.curveEpochs()
                    .length == 0 ? 0 : run.curveEpochs()[run.curveEpochs().length - 1]), number(run.best()), number(run.testLoss()), Double.isNaN(run.testAccuracy()) ? "" : String.format(Locale.ROOT,
                            "%.2f%%", 100 * run.testAccuracy()), run.bracket() > 0 ? Integer.toString(run.bracket()) : ""});
        }
        for (var column : table.getColumns()) {
            column.pack();
        }
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.4f", value);
    }

    /** The selected run in the Training Monitor: its curves, health and settings as the monitor shows any run. */
    private void openInMonitor() {
        int index = table.getSelectionIndex();
        if (index < 0 || index >= rows.size()) {
            return;
        }
        try {
            var view = getSite().getPage().showView(dev.dendrite.launching.ui.internal.TrainingMonitorView.ID);
            if (view instanceof dev.dendrite.launching.ui.internal.TrainingMonitorView monitor) {
                monitor.show(List.of(rows.get(index).directory()));
            }
        } catch (org.eclipse.ui.PartInitException e) {
            status.setText("The Training Monitor could not open: " + e.getMessage());
        }
    }

    /** The table's runs, best first (tests). */
    public List<String> listedRuns() {
        return rows.stream().map(SweepRuns.Run::name).toList();
    }

    /** The table's rows as shown, cells joined by " | " (tests). */
    public List<String> tableRows() {
        return java.util.Arrays.stream(table.getItems()).map(i -> String.join(" | ", java.util.stream.IntStream.range(0, table
                .getColumnCount()).mapToObj(i::getText).toList())).toList();
    }

    /** Opens the table's row {@code index} in the Training Monitor, as a double-click does (tests). */
    public void openRow(int index) {
        table.setSelection(index);
        openInMonitor();
    }

    /** Every run's curve by epoch: the halted ones grey and thin, the finished in colour, the best red. */
    private void drawCurves(SweepRuns.Run best) {
        curves.suspendUpdate(true);
        curves.getTitle().setText(shown.figure() + " by epoch");
        int k = 0;
        for (SweepRuns.Run run : shown.runs()) {
            if (run.curve().length == 0) {
                continue;
            }
            double[] x = java.util.Arrays.stream(run.curveEpochs()).asDoubleStream().toArray();
            int colour = run == best ? SWT.COLOR_RED : run.finished() ? ChartLines.SERIES[k++ % ChartLines.SERIES.length] : SWT.COLOR_GRAY;
            ChartLines.line(curves, run.name(), x, run.curve(), colour, LineStyle.SOLID, x.length < 30, false);
            ILineSeries<?> series = (ILineSeries<?>) curves.getSeriesSet().getSeries(run.name());
            series.setLineWidth(run == best ? 3 : run.finished() ? 2 : 1);
            series.setSymbolSize(run.finished() ? 3 : 2);
        }
        curves.getAxisSet().getXAxis(0).getTitle().setText("epoch");
        boolean log = spansDecades(shown.runs().stream().flatMapToDouble(r -> java.util.Arrays.stream(r.curve())).toArray());
        curves.getAxisSet().getYAxis(0).getTitle().setText(shown.figure() + (log ? " (log)" : ""));
        curves.suspendUpdate(false);
        curves.getAxisSet().adjustRange();
        curves.getAxisSet().getYAxis(0).enableLogScale(log);
        ChartRanges.fit(curves);
        if (log) {
            logRange(curves.getAxisSet().getYAxis(0), shown.runs().stream().flatMapToDouble(r -> java.util.Arrays.stream(r.curve())).toArray());
        }
        curves.redraw();
    }

    /**
     * A setting's chart: each run's best figure against its value, numbers on a log axis where they span a decade or more, words
     * at 1, 2, 3 in the order met (named in the title).
     */
    private Chart settingChart(String setting, SweepRuns.Run best) {
        Chart chart = new Chart(settings, SWT.NONE);
        chart.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        chart.getLegend().setVisible(false);
        chart.suspendUpdate(true);
        List<String> words = new ArrayList<>();
        boolean numeric = shown.runs().stream().allMatch(r -> !(value(r, setting) instanceof String));
        double[] values = shown.runs().stream().map(r -> value(r, setting)).filter(v -> v instanceof Double).mapToDouble(v -> (Double) v)
                .toArray();
        boolean log = numeric && spansDecades(values) && !setting.equals(BRACKET);
        List<double[]> finished = new ArrayList<>();
        List<double[]> halted = new ArrayList<>();
        double[] top = null;
        for (SweepRuns.Run run : shown.runs()) {
            Object value = value(run, setting);
            if (value == null || Double.isNaN(run.best())) {
                continue;
            }
            double x;
            if (value instanceof Double d) {
                x = d;
            } else {
                if (!words.contains(value.toString())) {
                    words.add(value.toString());
                }
                x = words.indexOf(value.toString()) + 1;
            }
            double[] point = {x, run.best()};
            if (run == best) {
                top = point;
            } else {
                (run.finished() ? finished : halted).add(point);
            }
        }
        points(chart, "others", halted, SWT.COLOR_GRAY);
        points(chart, "finished", finished, SWT.COLOR_DARK_BLUE);
        if (top != null) {
            points(chart, "best", List.of(top), SWT.COLOR_RED);
        }
        chart.getTitle().setText(setting + (words.isEmpty() ? "" : " (" + String.join(", ", words) + ")"));
        chart.getAxisSet().getXAxis(0).getTitle().setText(setting + (log ? " (log)" : ""));
        boolean logLoss = spansDecades(shown.runs().stream().mapToDouble(SweepRuns.Run::best).toArray());
        // A judged sweep's runs are placed by their last judging (the generator they saved), a loss sweep's by their best epoch.
        String which = shown.figure().equals("Fréchet distance") ? "last " : "best ";
        chart.getAxisSet().getYAxis(0).getTitle().setText(which + shown.figure() + (logLoss ? " (log)" : ""));
        chart.suspendUpdate(false);
        chart.getAxisSet().adjustRange();
        chart.getAxisSet().getXAxis(0).enableLogScale(log);
        chart.getAxisSet().getYAxis(0).enableLogScale(logLoss);
        ChartRanges.fitPoints(chart);
        ChartRanges.fitOnResize(chart);
        if (log) {
            logRange(chart.getAxisSet().getXAxis(0), values);
        }
        if (!words.isEmpty() || setting.equals(BRACKET)) {
            ChartRanges.wholeTicksOnX(chart);
        }
        if (logLoss) {
            logRange(chart.getAxisSet().getYAxis(0), shown.runs().stream().mapToDouble(SweepRuns.Run::best).toArray());
        }
        return chart;
    }

    /** A run's value of a setting, or its bracket (the chart of a Hyperband sweep's brackets). */
    private static Object value(SweepRuns.Run run, String setting) {
        return setting.equals(BRACKET) ? (Object) (double) run.bracket() : run.settings().get(setting);
    }

    /** Whether positive figures span a decade or more: a diverged run's loss would flatten the rest on a linear axis. */
    static boolean spansDecades(double[] values) {
        double[] span = positiveSpan(values);
        return java.util.Arrays.stream(values).allMatch(v -> Double.isNaN(v) || v > 0) && span[1] / span[0] >= 10;
    }

    /** A log axis from a fifth below its lowest value to a fifth above its highest: no point on the border (SWTChart ends at them). */
    private static void logRange(org.eclipse.swtchart.IAxis axis, double[] values) {
        double[] span = positiveSpan(values);
        axis.setRange(new org.eclipse.swtchart.Range(span[0] / 1.2, span[1] * 1.2));
    }

    /** The lowest and highest finite positive value (1 and 1 where there is none). */
    private static double[] positiveSpan(double[] values) {
        var stats = java.util.Arrays.stream(values).filter(v -> v > 0 && Double.isFinite(v)).summaryStatistics();
        return stats.getCount() == 0 ? new double[] {1, 1} : new double[] {stats.getMin(), stats.getMax()};
    }

    private static void points(Chart chart, String id, List<double[]> points, int colour) {
        if (points.isEmpty()) {
            return;
        }
        double[] x = points.stream().mapToDouble(p -> p[0]).toArray();
        double[] y = points.stream().mapToDouble(p -> p[1]).toArray();
        ChartLines.line(chart, id, x, y, colour, LineStyle.NONE, true, false);
        ((ILineSeries<?>) chart.getSeriesSet().getSeries(id)).setSymbolSize(id.equals("best") ? 6 : 4);
    }

    @Override
    public void setFocus() {
        if (root != null && !root.isDisposed()) {
            root.setFocus();
        }
    }
}
