package dev.dendrite.launching.ui.internal;

import java.util.Locale;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.Range;

import dev.dendrite.launching.internal.LearningRateSweep;

/**
 * A learning-rate range test's curve: each step's loss (grey) and its smoothed value (blue) against the rate on a
 * logarithmic axis, the suggested rate as a red line; "Use" puts the suggestion into the Learning rate field.
 */
public final class LearningRateDialog extends Dialog {

    public static final String TITLE = "Learning Rate Range Test";

    private final LearningRateSweep.Curve curve;

    public LearningRateDialog(Shell parent, LearningRateSweep.Curve curve) {
        super(parent);
        this.curve = curve;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    /** The suggested rate as the field shows it: three significant digits. */
    public static String text(double rate) {
        return String.format(Locale.ROOT, "%.3g", rate).replaceFirst("(\\.\\d*?)0+(e|$)", "$1$2").replaceFirst("\\.(e|$)", "$1");
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(TITLE);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(1, false));
        Label summary = new Label(area, SWT.WRAP);
        GridData wrap = new GridData(SWT.FILL, SWT.TOP, true, false);
        wrap.widthHint = 620;
        summary.setLayoutData(wrap);
        summary.setText(summary());
        Chart chart = new Chart(area, SWT.NONE);
        GridData size = new GridData(SWT.FILL, SWT.FILL, true, true);
        size.widthHint = 620;
        size.heightHint = 340;
        chart.setLayoutData(size);
        chart.getTitle().setText("Loss as the learning rate grows (" + curve.optimizer() + ", batch " + curve.batch() + ")");
        chart.getTitle().setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
        chart.getAxisSet().getXAxis(0).getTitle().setText("learning rate");
        chart.getAxisSet().getYAxis(0).getTitle().setText("loss");
        // log10 of the rates on a linear axis, labelled as rates (SWTChart's own log scale mislabels its ticks).
        chart.getAxisSet().getXAxis(0).getTick().setFormat(new PowerOfTenFormat());
        chart.getLegend().setPosition(SWT.BOTTOM);
        double[] x = java.util.Arrays.stream(curve.rates()).map(Math::log10).toArray();
        line(chart, "loss per step", x, curve.losses(), SWT.COLOR_GRAY);
        line(chart, "smoothed", x, curve.smoothed(), SWT.COLOR_BLUE);
        chart.getAxisSet().adjustRange();
        Range loss = chart.getAxisSet().getYAxis(0).getRange();
        // A step that diverged can read thousands of times the rest: the plot keeps the smoothed curve in view.
        double top = java.util.Arrays.stream(curve.smoothed()).max().orElse(0);
        if (top > 0) {
            double bottom = java.util.Arrays.stream(curve.losses()).min().orElseThrow();
            loss = new Range(Math.max(loss.lower, bottom - 0.05 * top), Math.min(loss.upper, 1.1 * top));
            chart.getAxisSet().getYAxis(0).setRange(loss);
        }
        if (x.length > 1) {
            // The swept decades and no more (the red line's two points and SWTChart's own margins widened it to twenty).
            double margin = 0.02 * (x[x.length - 1] - x[0]);
            chart.getAxisSet().getXAxis(0).setRange(new Range(x[0] - margin, x[x.length - 1] + margin));
        }
        if (Double.isFinite(curve.suggestedRate())) {
            double at = Math.log10(curve.suggestedRate());
            line(chart, "suggested " + text(curve.suggestedRate()), new double[] {at, at}, new double[] {loss.lower, loss.upper}, SWT.COLOR_RED);
        }
        return area;
    }

    private String summary() {
        StringBuilder text = new StringBuilder("The sweep " + (curve.end().startsWith("swept") ? curve.end() : "ended: " + curve.end()) + ".");
        if (Double.isFinite(curve.lowestLossRate())) {
            text.append(" The smoothed loss was lowest at ").append(text(curve.lowestLossRate())).append("; the suggestion, ")
                    .append(text(curve.suggestedRate())).append(Double.isFinite(curve.steepestRate())
                            ? ", is where it fell fastest, which usually trains fast and stays stable." : ", is a tenth of that.");
        }
        if (curve.note() != null) {
            text.append(" Note: ").append(curve.note()).append('.');
        }
        return text.toString();
    }

    private static void line(Chart chart, String id, double[] x, double[] y, int colour) {
        ILineSeries<?> series = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, id);
        series.setXSeries(x);
        series.setYSeries(y);
        series.setLineColor(chart.getDisplay().getSystemColor(colour));
        series.setSymbolType(ILineSeries.PlotSymbolType.NONE);
        series.setLineWidth(colour == SWT.COLOR_GRAY ? 1 : 2);
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        if (Double.isFinite(curve.suggestedRate())) {
            createButton(parent, IDialogConstants.OK_ID, "Use " + text(curve.suggestedRate()), true);
        }
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CLOSE_LABEL, !Double.isFinite(curve.suggestedRate()));
    }
}
