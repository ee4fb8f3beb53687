package dev.dendrite.analysis.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import dev.dendrite.launching.internal.RunPrediction;

/**
 * A run's model on files the user chose (non-modal): each input as the model read it, with its most
 * likely classes and their probabilities as bars. "Centre the ink" predicts again with MNIST's
 * placement of the ink, for drawn or photographed digits.
 */
public final class PredictionsDialog extends SideDialog {

    private static final int PICTURE = 84;
    private static final int COLUMNS = 4;

    private final Consumer<Boolean> predict;
    private Label status;
    private Button centre;
    private ScrolledComposite scroller;
    private Composite tiles;
    private final List<String> described = new ArrayList<>();

    /** @param predict predicts again, with the ink centred or not */
    PredictionsDialog(Shell parent, String title, Consumer<Boolean> predict) {
        super(parent, title, new Point(760, 560), true);
        this.predict = predict;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(2, false));
        status = new Label(area, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        status.setText("Predicting...");
        centre = new Button(area, SWT.CHECK);
        centre.setText("Centre the ink (MNIST)");
        centre.setToolTipText("Place each picture's ink as MNIST placed its digits: scaled into 20 of 28 pixels, centred by its mass");
        centre.addListener(SWT.Selection, e -> {
            status.setText("Predicting...");
            predict.accept(centre.getSelection());
        });
        scroller = new ScrolledComposite(area, SWT.V_SCROLL | SWT.BORDER);
        scroller.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        return area;
    }

    /** Shows a prediction's failure instead of its results. */
    void failed(String problem) {
        if (status != null && !status.isDisposed()) {
            status.setText(problem);
        }
    }

    /** Draws the predictions; {@code header} says what was predicted with what. */
    void show(String header, List<RunPrediction.Predicted> predicted) {
        if (status == null || status.isDisposed()) {
            return;
        }
        status.setText(header);
        if (tiles != null) {
            tiles.dispose();
        }
        described.clear();
        tiles = new Composite(scroller, SWT.NONE);
        tiles.setLayout(new GridLayout(COLUMNS, true));
        for (RunPrediction.Predicted p : predicted) {
            tile(tiles, p);
        }
        scroller.setContent(tiles);
        scroller.setMinSize(tiles.computeSize(scroller.getClientArea().width, SWT.DEFAULT));
        tiles.layout(true, true);
        status.getParent().layout(true, true);
    }

    private void tile(Composite parent, RunPrediction.Predicted p) {
        Composite tile = new Composite(parent, SWT.NONE);
        tile.setLayout(new GridLayout(1, false));
        tile.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Image picture = p.seen() == null ? null : read(p.seen());
        Canvas canvas = new Canvas(tile, SWT.NONE);
        canvas.setLayoutData(new GridData(PICTURE, PICTURE));
        canvas.addPaintListener(e -> paint(e.gc, picture, p.top()));
        canvas.addDisposeListener(e -> {
            if (picture != null) {
                picture.dispose();
            }
        });
        String file = Path.of(p.input()).getFileName().toString();
        Label name = new Label(tile, SWT.NONE);
        name.setText(file + (p.inverted() ? " (inverted)" : ""));
        name.setToolTipText(p.input() + (p.inverted() ? ": a dark drawing on a light ground, inverted to the light ink the model read" : ""));
        StringBuilder text = new StringBuilder();
        if (!Double.isNaN(p.reconstructionError())) {
            text.append(String.format(Locale.ROOT, "reconstruction error %.4f", p.reconstructionError()));
        } else if (p.top().isEmpty()) {
            p.values().forEach(v -> text.append(String.format(Locale.ROOT, "%.4g ", v)));
        } else {
            for (RunPrediction.Ranked r : p.top()) {
                text.append(String.format(Locale.ROOT, "%s %.1f%%%n", r.name(), 100 * r.probability()));
            }
        }
        Label classes = new Label(tile, SWT.NONE);
        classes.setText(text.toString().strip());
        described.add(file + ": " + text.toString().strip().replace("\n", ", ") + (p.seen() == null ? "" : " (picture)"));
    }

    /** The picture as the model read it, and beside it a bar per class: how sure the model was. */
    private static void paint(GC gc, Image picture, List<RunPrediction.Ranked> top) {
        if (picture != null) {
            var bounds = picture.getBounds();
            gc.setInterpolation(SWT.NONE);
            gc.drawImage(picture, 0, 0, bounds.width, bounds.height, 0, 0, PICTURE - 14, PICTURE - 14);
        }
        for (int i = 0; i < top.size(); i++) {
            int height = (int) Math.round(top.get(i).probability() * (PICTURE - 14));
            gc.setBackground(new org.eclipse.swt.graphics.Color(ColourScale.at(i == 0 ? 0.45 : 0.2)));
            gc.fillRectangle(PICTURE - 12 + 4 * i, PICTURE - 14 - height, 3, height);
        }
    }

    private Image read(Path png) {
        try {
            return new Image(getShell().getDisplay(), new ImageData(png.toString()));
        } catch (RuntimeException e) {
            return null; // the picture went missing: the classes still show
        }
    }

    /** Each tile's text: the input, its classes, whether it has its picture (tests). */
    public List<String> described() {
        return List.copyOf(described);
    }

    /** The status line (tests). */
    public String statusText() {
        return status == null || status.isDisposed() ? "" : status.getText();
    }

    /** Ticks or clears "Centre the ink" and predicts again (tests). */
    public void centre(boolean on) {
        centre.setSelection(on);
        status.setText("Predicting...");
        predict.accept(on);
    }
}
