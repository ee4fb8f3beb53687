package dev.dendrite.analysis.ui.internal;

import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;

import dev.dendrite.analysis.manifold.Points;
import dev.dendrite.onnx.graph.FloatTensor;

/**
 * What the mouse points at in a scatter of embedded samples: the nearest sample within a few
 * pixels, shown in a small pop-up with its index, label and coordinates and, when the probe's raw
 * inputs are images (or square vectors such as MNIST's 784), a thumbnail of the sample itself.
 */
public final class SampleHover {

    private static final int REACH = 8;
    private static final int ZOOM = 3;

    private final Chart chart;
    private Points points;
    private int[] labels;
    private FloatTensor inputs;
    private Shell tip;
    private Image thumbnail;
    private int shown = -1;

    SampleHover(Chart chart) {
        this.chart = chart;
        Control area = chart.getPlotArea().getControl();
        area.addListener(SWT.MouseMove, e -> hover(e.x, e.y));
        area.addListener(SWT.MouseExit, e -> hide());
        area.addListener(SWT.Dispose, e -> hide());
    }

    /** The samples drawn now (null: none), their labels and the probe's raw inputs (either may be null). */
    void samples(Points embedded, int[] sampleLabels, FloatTensor rawInputs) {
        hide();
        this.points = embedded;
        this.labels = sampleLabels;
        this.inputs = rawInputs;
    }

    /** The sample shown in the pop-up, or −1 (tests). */
    public int shown() {
        return shown;
    }

    /** Whether the pop-up shows the sample's picture (tests). */
    public boolean showsThumbnail() {
        return thumbnail != null;
    }

    /** Hovers at plot-area pixel (x, y): shows the nearest sample within reach, or hides. */
    public void hover(int x, int y) {
        int nearest = nearest(x, y);
        if (nearest < 0) {
            hide();
        } else if (nearest != shown) {
            show(nearest, chart.getPlotArea().getControl().toDisplay(x + 16, y + 16));
        }
    }

    /** The sample whose point lies nearest pixel (x, y) of the plot area, within {@value #REACH} pixels; −1 when none. */
    public int nearest(int x, int y) {
        if (points == null) {
            return -1;
        }
        IAxis xAxis = chart.getAxisSet().getXAxis(0);
        IAxis yAxis = chart.getAxisSet().getYAxis(0);
        int best = -1;
        long bestDistance = (long) REACH * REACH + 1;
        for (int i = 0; i < points.n(); i++) {
            long dx = xAxis.getPixelCoordinate(points.get(i, 0)) - x;
            long dy = yAxis.getPixelCoordinate(points.d() > 1 ? points.get(i, 1) : 0) - y;
            long d = dx * dx + dy * dy;
            if (d < bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        return best;
    }

    private void show(int index, Point at) {
        hide();
        shown = index;
        tip = new Shell(chart.getShell(), SWT.TOOL | SWT.ON_TOP | SWT.NO_FOCUS);
        tip.setLayout(new GridLayout(2, false));
        tip.setBackground(chart.getDisplay().getSystemColor(SWT.COLOR_INFO_BACKGROUND));
        ImageData picture = picture(index);
        if (picture != null) {
            thumbnail = new Image(chart.getDisplay(), picture);
            Label image = new Label(tip, SWT.NONE);
            image.setImage(thumbnail);
        }
        Label text = new Label(tip, SWT.NONE);
        text.setBackground(tip.getBackground());
        text.setForeground(chart.getDisplay().getSystemColor(SWT.COLOR_INFO_FOREGROUND));
        text.setText(String.format(Locale.ROOT, "sample %d%s%n(%.3g, %.3g)", index, labels == null ? "" : ", label " + labels[index],
                points.get(index, 0), points.d() > 1 ? points.get(index, 1) : 0));
        tip.pack();
        tip.setLocation(at);
        tip.setVisible(true);
    }

    private void hide() {
        shown = -1;
        if (tip != null && !tip.isDisposed()) {
            tip.dispose();
        }
        tip = null;
        if (thumbnail != null) {
            thumbnail.dispose();
            thumbnail = null;
        }
    }

    /** The sample as a grey or colour picture when its shape is one ({@link SamplePicture}). */
    private ImageData picture(int index) {
        if (inputs == null || inputs.shape().length < 2 || index >= inputs.shape()[0]) {
            return null;
        }
        long[] shape = inputs.shape();
        int size = (int) (inputs.values().length / shape[0]);
        return SamplePicture.of(inputs.values(), index * size, java.util.Arrays.copyOfRange(shape, 1, shape.length), ZOOM);
    }
}
