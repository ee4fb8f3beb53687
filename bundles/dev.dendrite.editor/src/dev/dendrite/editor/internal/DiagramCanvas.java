package dev.dendrite.editor.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

import dev.dendrite.editor.diagram.ConnectionCheck;
import dev.dendrite.editor.diagram.DiagramCommands;
import dev.dendrite.editor.diagram.LayerClipboard;
import dev.dendrite.editor.diagram.PaletteEntries;
import dev.dendrite.editor.scene.Box;
import dev.dendrite.editor.scene.NodeItem;
import dev.dendrite.editor.scene.Scene;
import dev.dendrite.editor.scene.Viewport;
import dev.dendrite.model.Networks;
import dev.dendrite.model.network.Graph;
import dev.dendrite.model.network.Layer;

/**
 * The diagram: paints the scene, and turns mouse and keyboard input into EMF commands. Dragging
 * moves figures in the scene only and repaints their damaged region; the move command runs once,
 * on release.
 */
public final class DiagramCanvas extends Canvas {

    private final EditingDomain domain;
    private final Graph graph;
    private final ScenePainter painter;
    private final CanvasMouse mouse;
    private final Viewport viewport = new Viewport();
    private final Set<Object> selection = new LinkedHashSet<>();
    private Scene scene = new Scene();
    private Networks.Inspection inspection;
    private Consumer<List<Object>> selectionListener = s -> { };
    private PaletteEntries.Entry pendingCreation;
    private Runnable creationDone = () -> { };

    private Rectangle lastDamage;

    public DiagramCanvas(Composite parent, EditingDomain domain, Graph graph) {
        super(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND | SWT.H_SCROLL | SWT.V_SCROLL);
        this.domain = domain;
        this.graph = graph;
        this.painter = new ScenePainter(getDisplay(), getFont());
        setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
        addListener(SWT.Paint, this::paint);
        this.mouse = new CanvasMouse(this);
        addListener(SWT.KeyDown, e -> CanvasKeys.handle(this, e));
        addListener(SWT.Resize, e -> resized());
        addListener(SWT.Dispose, e -> painter.dispose());
        setMenu(CanvasMenu.create(this));
        getHorizontalBar().addListener(SWT.Selection, e -> scrolled());
        getVerticalBar().addListener(SWT.Selection, e -> scrolled());
    }

    // ---- state -------------------------------------------------------------------------------

    /**
     * Shows a new scene (after every model change), keeping the selection of elements that still
     * exist; the inspection it was built from serves the connection check.
     */
    public void setScene(Scene newScene, Networks.Inspection newInspection) {
        scene = newScene;
        inspection = newInspection;
        selection.removeIf(o -> scene.node(o) == null && scene.edges().stream().noneMatch(e -> e.element() == o));
        updateScrollBars();
        redraw();
    }

    public Scene scene() {
        return scene;
    }

    public Viewport viewport() {
        return viewport;
    }

    public List<Object> selection() {
        return List.copyOf(selection);
    }

    public void select(List<?> elements) {
        selection.clear();
        selection.addAll(elements);
        redraw();
        selectionListener.accept(selection());
    }

    public void onSelectionChanged(Consumer<List<Object>> listener) {
        selectionListener = listener;
    }

    /** Arms a palette entry: the next click on the canvas places it. */
    public void armCreation(PaletteEntries.Entry entry, Runnable done) {
        pendingCreation = entry;
        creationDone = done;
        setCursor(entry == null ? null : getDisplay().getSystemCursor(SWT.CURSOR_CROSS));
    }

    /** The screen region repainted by the last drag step, for tests and the benchmark. */
    public Rectangle lastDamage() {
        return lastDamage;
    }

    /** While connecting over an input port: whether the drop would be accepted and why not; else null. */
    public ConnectionCheck.Verdict connectVerdict() {
        return mouse.verdict();
    }

    public int lastNodesPainted() {
        return painter.lastNodesPainted;
    }

    // ---- painting ----------------------------------------------------------------------------

    /** Writes the whole diagram at 100% as a PNG image, atomically. */
    public void exportPng(java.nio.file.Path target) throws java.io.IOException {
        Box bounds = scene.bounds().expand(20);
        Viewport at100 = new Viewport();
        at100.reset(bounds.x(), bounds.y());
        int width = (int) Math.ceil(bounds.width());
        int height = (int) Math.ceil(bounds.height());
        org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(getDisplay(), Math.max(1, width), Math.max(1, height));
        org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(image);
        try {
            gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
            gc.fillRectangle(0, 0, width, height);
            painter.paint(gc, scene, at100, java.util.Set.of(), new Rectangle(0, 0, width, height));
            org.eclipse.swt.graphics.ImageLoader loader = new org.eclipse.swt.graphics.ImageLoader();
            loader.data = new org.eclipse.swt.graphics.ImageData[] {image.getImageData()};
            java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
            loader.save(png, SWT.IMAGE_PNG);
            dev.dendrite.model.io.AtomicFiles.write(target, png.toByteArray());
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    /** Paints every figure, visible or not (the benchmark's "full paint"). */
    public void paintEverything(org.eclipse.swt.graphics.GC gc) {
        Box all = viewport.toScreen(scene.bounds()).expand(4);
        painter.paint(gc, scene, viewport, selection,
                new Rectangle((int) Math.floor(all.x()), (int) Math.floor(all.y()), (int) Math.ceil(all.width()), (int) Math.ceil(all.height())));
    }

    private void paint(Event e) {
        e.gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
        e.gc.fillRectangle(e.x, e.y, e.width, e.height);
        painter.paint(e.gc, scene, viewport, selection, new Rectangle(e.x, e.y, e.width, e.height));
        mouse.paintOverlay(e.gc, painter);
    }

    /** Repaints a region given in diagram units, and remembers it (tests and the benchmark look at it). */
    void redrawDiagram(Box diagramBox) {
        Box s = viewport.toScreen(diagramBox).expand(2);
        lastDamage = new Rectangle((int) Math.floor(s.x()), (int) Math.floor(s.y()), (int) Math.ceil(s.width()) + 1, (int) Math.ceil(s.height()) + 1);
        redraw(lastDamage.x, lastDamage.y, lastDamage.width, lastDamage.height, false);
    }

    /** Folds the network's repeated structures into blocks (only on the network's own canvas); false when nothing repeats. */
    public boolean foldRepeated() {
        if (!(graph instanceof dev.dendrite.model.network.Network network)) {
            return false;
        }
        Command fold = DiagramCommands.foldRepeated(domain, network);
        if (!fold.canExecute()) {
            return false;
        }
        execute(fold);
        return true;
    }

    /** Opens or closes a block instance of this graph (double-click or Enter). */
    public void toggleBlock(Object element) {
        if (element instanceof dev.dendrite.model.network.BlockInstance instance && instance.eContainer() == graph) {
            execute(DiagramCommands.toggleBlock(domain, graph, instance));
        }
    }

    // ---- for the mouse and keyboard handlers ------------------------------------------------

    EditingDomain domain() {
        return domain;
    }

    Graph graph() {
        return graph;
    }

    /** The selection itself, for toggling in place. */
    Set<Object> selectionSet() {
        return selection;
    }

    /** The inspection the current scene shows. */
    Networks.Inspection inspection() {
        return inspection;
    }

    PaletteEntries.Entry pendingCreation() {
        return pendingCreation;
    }

    /** Escape: the armed palette entry is dropped. */
    void cancelCreation() {
        armCreation(null, creationDone);
        creationDone.run();
    }

    List<NodeItem> selectedNodes() {
        List<NodeItem> nodes = new ArrayList<>();
        for (Object o : selection) {
            NodeItem node = scene.node(o);
            if (node != null) {
                nodes.add(node);
            }
        }
        return nodes;
    }

    // ---- actions (also called by the editor's global action handlers) -------------------------

    public void deleteSelection() {
        List<org.eclipse.emf.ecore.EObject> objects = new ArrayList<>();
        selection.forEach(o -> objects.add((org.eclipse.emf.ecore.EObject) o));
        execute(DiagramCommands.delete(domain, graph, objects));
    }

    public void undo() {
        if (domain.getCommandStack().canUndo()) {
            domain.getCommandStack().undo();
        }
    }

    public void redo() {
        if (domain.getCommandStack().canRedo()) {
            domain.getCommandStack().redo();
        }
    }

    public void selectAll() {
        List<Object> all = new ArrayList<>();
        scene.nodes().forEach(n -> all.add(n.element()));
        select(all);
    }

    /** Shared by every open editor, as a clipboard is: detached copies, never the source network's objects. */
    private static LayerClipboard clipboard = LayerClipboard.EMPTY;

    public void copy() {
        List<Layer> layers = new ArrayList<>();
        for (Object o : selection) {
            if (o instanceof Layer layer) {
                layers.add(layer);
            }
        }
        clipboard = LayerClipboard.copyOf(layers, graph);
    }

    public void paste() {
        if (clipboard.isEmpty()) {
            return;
        }
        int before = graph.getLayers().size();
        execute(DiagramCommands.paste(domain, graph, clipboard, 30));
        select(new ArrayList<>(graph.getLayers().subList(before, graph.getLayers().size())));
    }

    public void nudge(int dx, int dy) {
        Map<Layer, int[]> positions = new LinkedHashMap<>();
        for (Object o : selection) {
            if (o instanceof Layer layer) {
                positions.put(layer, new int[] {layer.getX() + dx, layer.getY() + dy});
            }
        }
        if (!positions.isEmpty()) {
            execute(DiagramCommands.move(domain, positions));
        }
    }

    /** Above this many layers, ELK runs in a background job (progress, Cancel) on a copy, and the result is applied as one edit. */
    static final int BACKGROUND_LAYOUT_LAYERS = 150;

    public void layoutNow() {
        if (graph.getLayers().size() < BACKGROUND_LAYOUT_LAYERS) {
            execute(DiagramCommands.layout(domain, graph));
            return;
        }
        // A copy of the whole network (blocks included), so the job never reads what the UI thread edits.
        dev.dendrite.model.network.Network network = graph instanceof dev.dendrite.model.network.Network n ? n
                : (dev.dendrite.model.network.Network) graph.eContainer();
        dev.dendrite.model.network.Network copy = org.eclipse.emf.ecore.util.EcoreUtil.copy(network);
        dev.dendrite.model.network.Graph copied = graph == network ? copy : copy.getBlocks().get(network.getBlocks().indexOf(graph));
        Object stamp = graph;
        int layers = graph.getLayers().size();
        Command marker = domain.getCommandStack().getUndoCommand();
        org.eclipse.swt.widgets.Display display = getDisplay();
        org.eclipse.core.runtime.jobs.Job job = org.eclipse.core.runtime.jobs.Job.create("Laying out " + layers + " layers", monitor -> {
            org.eclipse.core.runtime.SubMonitor progress = org.eclipse.core.runtime.SubMonitor.convert(monitor, "Laying out " + layers
                    + " layers with ELK", 2);
            List<int[]> positions = DiagramCommands.layoutPositions(copied);
            progress.split(1);
            if (display.isDisposed()) {
                return org.eclipse.core.runtime.Status.CANCEL_STATUS;
            }
            display.asyncExec(() -> {
                // Applied only if nothing changed meanwhile: positions are by index in the layer list.
                if (!isDisposed() && stamp == graph && domain.getCommandStack().getUndoCommand() == marker
                        && graph.getLayers().size() == layers) {
                    execute(DiagramCommands.layoutTo(domain, graph, positions));
                }
            });
            progress.split(1);
            return org.eclipse.core.runtime.Status.OK_STATUS;
        });
        job.setUser(true);
        job.schedule();
        fit();
    }

    /** Scrolls so that the layer's node is in the middle of the view, keeping the zoom. */
    public void reveal(Layer layer) {
        NodeItem node = scene.node(layer);
        if (node == null) {
            return;
        }
        userMoved();
        Rectangle area = getClientArea();
        Box view = viewport.toDiagram(new Box(0, 0, area.width, area.height));
        // A node wider than the view (an open block) shows its left end, where its inputs are.
        double targetX = node.box().width() > view.width() * 0.9 ? node.box().x() - 20 / viewport.zoom() + view.width() / 2 : node.box().centerX();
        viewport.pan((view.centerX() - targetX) * viewport.zoom(), (view.centerY() - node.box().centerY()) * viewport.zoom());
        updateScrollBars();
        redraw();
    }

    /**
     * The view when a file opens: everything if it fits at a readable zoom; otherwise a readable
     * zoom with the network's inputs (its left end) in view, and scrolling for the rest.
     */
    public void openView() {
        showsOpeningView = true;
        Rectangle area = getClientArea();
        Box bounds = scene.bounds();
        viewport.fit(bounds, area.width, area.height, 20);
        if (viewport.zoom() < READABLE_ZOOM) {
            viewport.reset(bounds.x() - 20, bounds.y() - 20);
            viewport.zoomAt(READABLE_ZOOM, 0, 0);
            if (bounds.height() * READABLE_ZOOM < area.height) {
                viewport.pan(0, (area.height - bounds.height() * READABLE_ZOOM) / 2 - 20 * READABLE_ZOOM);
            }
        }
        updateScrollBars();
        redraw();
    }

    /**
     * Whether the view is still the one the file opened with (no pan, zoom or scroll since): a
     * resize then chooses it again for the new size. An editor opened in a large area that then
     * shrinks (a view opening below it) otherwise kept its centre and cut off the inputs.
     */
    private boolean showsOpeningView;

    /** The user moved the view: resizes keep its centre from now on. */
    void userMoved() {
        showsOpeningView = false;
    }

    /** Below this zoom node text is too small to read. */
    static final double READABLE_ZOOM = 0.75;

    public void fit() {
        Rectangle area = getClientArea();
        viewport.fit(scene.bounds(), area.width, area.height, 20);
        updateScrollBars();
        redraw();
    }

    public void zoomTo100() {
        userMoved();
        Box bounds = scene.bounds();
        viewport.reset(bounds.x() - 20, bounds.y() - 20);
        updateScrollBars();
        redraw();
    }

    public void zoomBy(double factor) {
        userMoved();
        Rectangle area = getClientArea();
        viewport.zoomAt(factor, area.width / 2.0, area.height / 2.0);
        updateScrollBars();
        redraw();
    }

    /** Places a palette entry with its top-left corner at a diagram point (a click or a drop). */
    public void create(PaletteEntries.Entry entry, int x, int y) {
        if (entry.kind() != null) {
            Layer layer = DiagramCommands.newLayer(graph, entry.kind(), x, y);
            execute(DiagramCommands.add(domain, graph, layer));
            select(List.of(layer));
        } else if (entry.template() != null) {
            var network = entry.template().create();
            dev.dendrite.layout.NetworkLayout.apply(network);
            // The template's top-left corner goes where it was placed.
            int left = network.getLayers().stream().mapToInt(Layer::getX).min().orElse(0);
            int top = network.getLayers().stream().mapToInt(Layer::getY).min().orElse(0);
            for (Layer layer : network.getLayers()) {
                layer.setX(layer.getX() - left + x);
                layer.setY(layer.getY() - top + y);
            }
            int before = graph.getLayers().size();
            // Through the clipboard form, so a template's blocks come along with its block instances.
            execute(DiagramCommands.paste(domain, graph, LayerClipboard.copyOf(network.getLayers(), network), 0));
            select(new ArrayList<>(graph.getLayers().subList(before, graph.getLayers().size())));
        }
        PaletteEntries.Entry done = pendingCreation;
        armCreation(null, creationDone);
        if (done != null) {
            creationDone.run();
        }
    }

    void execute(Command command) {
        if (command.canExecute()) {
            domain.getCommandStack().execute(command);
        } else {
            // A drag that ended where it began, say: nothing to do, but the scene must show the model again.
            redraw();
        }
    }

    // ---- scrolling ---------------------------------------------------------------------------

    private Rectangle lastArea;

    /** Keeps what is in the middle of the view in the middle when the canvas changes size. */
    private void resized() {
        Rectangle area = getClientArea();
        if (showsOpeningView && area.width > 0 && area.height > 0) {
            lastArea = area;
            openView();
            return;
        }
        if (lastArea != null && lastArea.width > 0 && lastArea.height > 0) {
            viewport.pan((area.width - lastArea.width) / 2.0, (area.height - lastArea.height) / 2.0);
        }
        lastArea = area;
        updateScrollBars();
    }

    private boolean updatingBars;

    void updateScrollBars() {
        Rectangle area = getClientArea();
        Box content = scene.bounds().expand(40);
        Box view = viewport.toDiagram(new Box(0, 0, area.width, area.height));
        Box all = content.union(view);
        updatingBars = true;
        try {
            var h = getHorizontalBar();
            h.setValues((int) Math.round(view.x() - all.x()), 0, (int) Math.ceil(all.width()), (int) Math.max(1, view.width()), 10, (int) Math.max(1, view.width() * 0.9));
            var v = getVerticalBar();
            v.setValues((int) Math.round(view.y() - all.y()), 0, (int) Math.ceil(all.height()), (int) Math.max(1, view.height()), 10, (int) Math.max(1, view.height() * 0.9));
            scrollOriginX = all.x();
            scrollOriginY = all.y();
        } finally {
            updatingBars = false;
        }
    }

    private double scrollOriginX;
    private double scrollOriginY;

    private void scrolled() {
        if (updatingBars) {
            return;
        }
        userMoved();
        double targetX = scrollOriginX + getHorizontalBar().getSelection();
        double targetY = scrollOriginY + getVerticalBar().getSelection();
        viewport.pan((viewport.originX() - targetX) * viewport.zoom(), (viewport.originY() - targetY) * viewport.zoom());
        redraw();
    }
}
