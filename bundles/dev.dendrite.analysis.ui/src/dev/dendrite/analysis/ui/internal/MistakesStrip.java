package dev.dendrite.analysis.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import dev.dendrite.analysis.evaluation.ClassificationReport;
import dev.dendrite.train.data.Dataset;

/**
 * Misclassified samples as a strip of thumbnails, each captioned with its index, its class, the
 * class read and the model's confidence: the most confident mistakes first, of the whole matrix
 * or of the cell clicked. A token model's samples are their token ids instead, each tinted by its
 * saliency where the view has it (a tagger's: the sequence with the mistaken token boxed); a graph
 * network's are small drawings of their graphs (a node classifier's node ringed), nodes and edges
 * tinted likewise; other samples that are not pictures get the caption alone.
 */
final class MistakesStrip {

    /** Samples drawn at most: a screen's width of thumbnails, a few rows. */
    static final int SHOWN = 48;
    private static final int ZOOM = 2;

    private final Composite outer;
    private final Composite header;
    private final Label title;
    private final ScrolledComposite scroller;
    private final Composite tiles;
    private final List<Image> images = new ArrayList<>();
    private int drawn;
    private int pictures;
    private int tinted;
    /** What is shown, kept to draw it again with saliency. */
    private String heading;
    private List<ClassificationReport.Mistake> shown = List.of();
    private Dataset data;
    /** A sequence model's sequences (token ids or values) by sample (null: none). */
    private java.util.function.IntFunction<SequenceSamples.Sequence> sequences;
    /** Whether a mistake's position is a step of the sequence drawn (a tagger's), to box; not an encoder-decoder's output step. */
    private boolean boxPositions = true;
    /** A tagger's mistakes' positions in their sequences (null: the mistakes are whole samples). */
    private java.util.function.ToIntFunction<ClassificationReport.Mistake> positions;
    /** A graph network's samples by index: a graph, or a node in its graph (null: none). */
    private java.util.function.IntFunction<GraphPicture.Sample> graphs;
    /** Each mistake's saliency map (or scores per token, or per node), laid over its picture where present. */
    private java.util.function.Function<ClassificationReport.Mistake, float[]> maps = m -> null;
    /** A graph mistake's scores per edge (null: none). */
    private java.util.function.Function<ClassificationReport.Mistake, float[]> edgeMaps = m -> null;

    MistakesStrip(Composite parent) {
        outer = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 2;
        outer.setLayout(layout);
        header = new Composite(outer, SWT.NONE);
        header.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        GridLayout headerLayout = new GridLayout(2, false);
        headerLayout.marginWidth = 0;
        headerLayout.marginHeight = 0;
        header.setLayout(headerLayout);
        title = new Label(header, SWT.NONE);
        title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        scroller = new ScrolledComposite(outer, SWT.V_SCROLL | SWT.BORDER);
        scroller.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        scroller.setExpandHorizontal(true);
        tiles = new Composite(scroller, SWT.NONE);
        RowLayout row = new RowLayout(SWT.HORIZONTAL);
        row.wrap = true;
        row.spacing = 6;
        tiles.setLayout(row);
        scroller.setContent(tiles);
        scroller.addListener(SWT.Resize, e -> fit());
        outer.addListener(SWT.Dispose, e -> images.forEach(Image::dispose));
    }

    Composite control() {
        return outer;
    }

    /** The row of the strip's title, where controls of the strip go after it. */
    Composite header() {
        return header;
    }

    /**
     * Shows {@code mistakes} (already the most confident first) under {@code heading}; {@code data}
     * holds their samples by index, or is null while it loads or where it cannot be read; so does
     * {@code sequences} for a sequence model's token ids or values.
     */
    void show(String heading, List<ClassificationReport.Mistake> mistakes, Dataset data,
            java.util.function.IntFunction<SequenceSamples.Sequence> sequences, java.util.function.ToIntFunction<ClassificationReport.Mistake> positions) {
        show(heading, mistakes, data, sequences, positions, null);
    }

    /** As above, for a graph network: {@code graphs} gives each sample's graph (and node), drawn as a small graph. */
    void show(String heading, List<ClassificationReport.Mistake> mistakes, Dataset data,
            java.util.function.IntFunction<SequenceSamples.Sequence> sequences, java.util.function.ToIntFunction<ClassificationReport.Mistake> positions,
            java.util.function.IntFunction<GraphPicture.Sample> graphs) {
        this.heading = heading;
        this.shown = mistakes;
        this.data = data;
        this.sequences = sequences;
        this.graphs = graphs;
        this.positions = positions;
        draw();
    }

    /** The mistakes drawn now (the first {@link #SHOWN} of those shown), whose saliency a view may fetch. */
    List<ClassificationReport.Mistake> drawnMistakes() {
        return shown.subList(0, Math.min(SHOWN, shown.size()));
    }

    /** Whether positions are steps of the sequences drawn (boxed there), or an encoder-decoder's output steps (named only). */
    void boxesPositions(boolean box) {
        boxPositions = box;
    }

    /** Lays each mistake's saliency over its picture or sequence, or takes them away (a function giving null). */
    void overlay(java.util.function.Function<ClassificationReport.Mistake, float[]> byMistake) {
        overlay(byMistake, m -> null);
    }

    /** As above, with a graph mistake's scores per edge beside those per node. */
    void overlay(java.util.function.Function<ClassificationReport.Mistake, float[]> byMistake,
            java.util.function.Function<ClassificationReport.Mistake, float[]> edgesByMistake) {
        maps = byMistake;
        edgeMaps = edgesByMistake;
        draw();
    }

    private void draw() {
        List<ClassificationReport.Mistake> mistakes = shown;
        for (var child : tiles.getChildren()) {
            child.dispose();
        }
        images.forEach(Image::dispose);
        images.clear();
        drawn = 0;
        pictures = 0;
        tinted = 0;
        title.setText(heading + (mistakes.size() > SHOWN ? String.format(Locale.ROOT, " (the %d most confident of %,d)", SHOWN, mistakes.size())
                : mistakes.isEmpty() ? ": none" : ""));
        float[] values = data == null ? null : new float[data.sampleSize()];
        for (ClassificationReport.Mistake m : mistakes.subList(0, Math.min(SHOWN, mistakes.size()))) {
            Composite tile = new Composite(tiles, SWT.NONE);
            GridLayout layout = new GridLayout(1, false);
            layout.marginWidth = 0;
            layout.marginHeight = 0;
            layout.verticalSpacing = 1;
            tile.setLayout(layout);
            ImageData picture = null;
            if (values != null && m.sample() < data.size()) {
                data.features(m.sample(), values, 0);
                picture = SamplePicture.of(values, 0, data.sampleShape(), ZOOM);
                float[] map = maps.apply(m);
                ImageData withHeat = picture == null || map == null ? null : SamplePicture.withHeat(picture, map, ZOOM);
                if (withHeat != null) {
                    picture = withHeat;
                    tinted++;
                }
            }
            SequenceSamples.Sequence sequence = picture == null && sequences != null ? sequences.apply(m.sample()) : null;
            GraphPicture.Sample graph = picture == null && sequence == null && graphs != null ? graphs.apply(m.sample()) : null;
            int position = positions == null ? -1 : positions.applyAsInt(m);
            if (graph != null) {
                float[] scores = maps.apply(m);
                Image image = GraphPicture.image(outer.getDisplay(), graph, scores, edgeMaps.apply(m));
                images.add(image);
                Label thumbnail = new Label(tile, SWT.NONE);
                thumbnail.setImage(image);
                pictures++;
                tinted += scores != null && scores.length == graph.graph().nodes() ? 1 : 0;
            } else if (picture != null) {
                Image image = new Image(outer.getDisplay(), picture);
                images.add(image);
                Label thumbnail = new Label(tile, SWT.NONE);
                thumbnail.setImage(image);
                pictures++;
            } else if (sequence != null) {
                float[] scores = maps.apply(m);
                if (sequence.tokens() != null) {
                    TokenLine.of(tile, sequence.tokens(), scores, boxPositions ? position : -1);
                } else {
                    ValueLine.of(tile, sequence.values(), sequence.features(), scores, position);
                }
                pictures++;
                tinted += TokenLine.shares(scores, sequence.steps()) != null ? 1 : 0;
            }
            Label caption = new Label(tile, SWT.NONE);
            String at = position >= 0 ? " step " + position : "";
            caption.setText(String.format(Locale.ROOT, "#%d%s\n%d → %d  %.0f%%", m.sample(), at, m.actual(), m.predicted(), 100 * m.confidence()));
            String where = graph == null ? "" : graph.node() >= 0 ? String.format(Locale.ROOT, " (node %d of graph %d)", graph.node(),
                    graph.index()) : "";
            caption.setToolTipText(String.format(Locale.ROOT, "sample %d%s%s: class %d, read as %d with probability %.3f", m.sample(), at, where,
                    m.actual(), m.predicted(), m.confidence()));
            drawn++;
        }
        header.layout(true);
        fit();
    }

    /** Tiles drawn, how many of them have a picture (or a sequence), and how many a saliency map over it (tests). */
    int[] drawn() {
        return new int[] {drawn, pictures, tinted};
    }

    private void fit() {
        int width = scroller.getClientArea().width;
        tiles.setSize(tiles.computeSize(Math.max(1, width), SWT.DEFAULT));
        scroller.setMinHeight(tiles.getSize().y);
        tiles.layout(true);
    }
}
