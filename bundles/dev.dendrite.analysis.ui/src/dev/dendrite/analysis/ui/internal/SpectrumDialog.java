package dev.dendrite.analysis.ui.internal;

import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;

import dev.dendrite.launching.internal.RunLandscape;
import dev.dendrite.launching.ui.internal.ChartRanges;

/**
 * The Hessian's eigenvalue density at a run's weights, in a non-modal dialog: the density by stochastic Lanczos quadrature on a
 * log axis, and the settled largest Ritz values marked under it (a trained classifier's outliers beside its bulk). Compute runs
 * {@code dendrite sharpness --spectrum} in a trainer JVM; the run keeps the last one, shown on opening.
 */
public final class SpectrumDialog extends SideDialog {

    /** Densities below this are drawn at it: a log axis has no 0. */
    private static final double FLOOR = 1e-6;

    private final java.nio.file.Path run;
    private Button start;
    private Label status;
    private Chart chart;
    private RunLandscape.Spectrum shown;

    SpectrumDialog(Shell parent, java.nio.file.Path run) {
        super(parent, "Hessian spectrum of " + run.getFileName(), new Point(1100, 700), false);
        this.run = run;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(2, false));
        start = new Button(area, SWT.PUSH);
        start.setText("Compute");
        start.setToolTipText("dendrite sharpness --spectrum in a trainer JVM: 3 Lanczos runs of 60 Hessian-vector products on "
                + RunLandscape.SAMPLES + " training samples (with the top eigenvalue and trace)");
        start.addListener(SWT.Selection, e -> compute());
        status = new Label(area, SWT.WRAP);
        GridData statusData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        statusData.widthHint = 900;
        status.setLayoutData(statusData);
        chart = new Chart(area, SWT.NONE);
        chart.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        chart.getTitle().setText("Eigenvalue density of the Hessian (stochastic Lanczos quadrature)");
        chart.getAxisSet().getXAxis(0).getTitle().setText("eigenvalue");
        chart.getAxisSet().getYAxis(0).getTitle().setText("density (log)");
        chart.getLegend().setPosition(SWT.BOTTOM);
        RunLandscape.Spectrum kept = RunLandscape.keptSpectrum(run);
        if (kept != null) {
            show(kept, "kept from the last measurement of " + run.getFileName());
        } else {
            status.setText("Compute estimates the Hessian's eigenvalues at the run's weights: a bulk near zero and, for a trained classifier, "
                    + "a few outliers, about one per class");
        }
        return area;
    }

    /** Presses Compute (tests). */
    public void compute() {
        SideDialog.inTrainer(start, status, "Running Lanczos on the Hessian of " + run.getFileName() + "...", "The Hessian's spectrum of "
                + run.getFileName(), "Spectrum cancelled", monitor -> RunLandscape.spectrum(run, monitor), done -> show(done, "kept in the run"));
    }

    /** The spectrum shown, or null (tests). */
    public RunLandscape.Spectrum shown() {
        return shown;
    }

    /** The status line (tests). */
    public String statusText() {
        return status.isDisposed() ? "" : status.getText();
    }

    /** The series drawn (tests). */
    public int seriesCount() {
        return chart.getSeriesSet().getSeries().length;
    }

    private void show(RunLandscape.Spectrum spectrum, String where) {
        shown = spectrum;
        double[] settled = spectrum.settled();
        StringBuilder top = new StringBuilder();
        for (int k = 0; k < Math.min(12, settled.length); k++) {
            top.append(k == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.3g", settled[k]));
        }
        status.setText(String.format(Locale.ROOT, "%d Lanczos runs of %d steps on %,d training samples: the largest settled eigenvalues %s (%d of "
                + "the first run's %d settled) (%s)", spectrum.probes(), spectrum.steps(), spectrum.samples(), top, settled.length, spectrum
                        .ritzValues().length, where));
        status.getParent().layout(true);
        chart.suspendUpdate(true);
        ChartLines.clear(chart);
        double[] density = java.util.Arrays.stream(spectrum.density()).map(d -> Math.max(FLOOR, d)).toArray();
        ChartLines.line(chart, "density", spectrum.grid(), density, SWT.COLOR_DARK_BLUE, LineStyle.SOLID, false, true);
        ((ILineSeries<?>) chart.getSeriesSet().getSeries("density")).setLineWidth(2);
        if (settled.length > 0) {
            ILineSeries<?> marks = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, "settled eigenvalues");
            marks.setXSeries(settled);
            marks.setYSeries(java.util.Arrays.stream(settled).map(v -> FLOOR * 2).toArray());
            marks.setLineStyle(LineStyle.NONE);
            marks.setSymbolType(ILineSeries.PlotSymbolType.TRIANGLE);
            marks.setSymbolColor(chart.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
            marks.setSymbolSize(5);
        }
        chart.suspendUpdate(false);
        chart.getAxisSet().adjustRange();
        ChartRanges.fit(chart);
        var y = chart.getAxisSet().getYAxis(0);
        y.enableLogScale(true);
        double high = java.util.Arrays.stream(density).max().orElse(1);
        y.setRange(new Range(FLOOR / 2, high * 3));
        y.getTick().setFormat(new java.text.DecimalFormat("0.#E0"));
        chart.redraw();
    }
}
