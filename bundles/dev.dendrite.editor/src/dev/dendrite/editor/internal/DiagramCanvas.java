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
import dev.dendrite.editor.diagram.PaletteEntries;
import dev.dendrite.editor.scene.Box;
import dev.dendrite.editor.scene.EdgeItem;
import dev.dendrite.editor.scene.Hit;
import dev.dendrite.editor.scene.NodeItem;
import dev.dendrite.editor.scene.PortItem;
import dev.dendrite.editor.scene.Scene;
import dev.dendrite.editor.scene.Viewport;
import dev.dendrite.model.network.Graph;
import dev.dendrite.model.network.Layer;

/**
 * The diagram: paints the scene, and turns mouse and keyboard input into EMF commands. Dragging
 * moves figures in the scene only and repaints their damaged region; the move command runs once,
 * on release.
 */
public final class DiagramCanvas extends Canvas {

    private enum Mode {
        IDLE, DRAG, CONNECT, BAND, PAN
    }

    private final EditingDomain domain;
    private final Graph graph;
    private final ScenePainter painter;
    private final Viewport viewport = new Viewport();
    private final Set<Object> selection = new LinkedHashSet<>();
    private Scene scene = new Scene();
    private Consumer<List<Object>> selectionListener = s -> { };
    private PaletteEntries.Entry pendingCreation;
    private Runnable creationDone = () -> { };

    private Mode mode = Mode.IDLE;
    private int downX;
    private int downY;
    private int lastX;
    private int lastY;
    private boolean moved;
    private NodeItem connectFrom;
    private PortItem connectPort;
    private NodeItem connectTarget;
    private PortItem connectTargetPort;
    private ConnectionCheck.Verdict verdict;
    private Rectangle lastDamage;

    public DiagramCanvas(Composite parent, EditingDomain domain, Graph graph) {
        super(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND | SWT.H_SCROLL | SWT.V_SCROLL);
        this.domain = domain;
        this.graph = graph;
        this.painter = new ScenePainter(getDisplay(), getFont());
        setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
        addListener(SWT.Paint, this::paint);
        addListener(SWT.MouseDown, this::mouseDown);
        addListener(SWT.MouseMove, this::mouseMove);
        addListener(SWT.MouseUp, this::mouseUp);
        addListener(SWT.MouseVerticalWheel, this::wheel);
        addListener(SWT.MouseDoubleClick, this::doubleClick);
        addListener(SWT.KeyDown, this::key);
        addListener(SWT.MouseHover, this::hover);
        addListener(SWT.Resize, e -> resized());
        addListener(SWT.Dispose, e -> painter.dispose());
        setMenu(contextMenu());
        getHorizontalBar().addListener(SWT.Selection, e -> scrolled());
        getVerticalBar().addListener(SWT.Selection, e -> scrolled());
    }

    /** Right-click: the selection's actions first, then the view's; each names its key. */
    private org.eclipse.swt.widgets.Menu contextMenu() {
        org.eclipse.swt.widgets.Menu menu = new org.eclipse.swt.widgets.Menu(this);
        org.eclipse.swt.widgets.MenuItem openBlock = item(menu, "Open / Close Block\tEnter", () -> selection.stream().findFirst().ifPresent(this::toggleBlock));
        org.eclipse.swt.widgets.MenuItem delete = item(menu, "Delete\tDelete", this::deleteSelection);
        org.eclipse.swt.widgets.MenuItem copy = item(menu, "Copy\tCtrl+C", this::copy);
        item(menu, "Paste\tCtrl+V", this::paste);
        item(menu, "Select All\tCtrl+A", this::selectAll);
        new org.eclipse.swt.widgets.MenuItem(menu, SWT.SEPARATOR);
        item(menu, "Auto-layout", this::layoutNow);
        item(menu, "Fit\tF", this::fit);
        item(menu, "Actual Size\tCtrl+0", this::zoomTo100);
        menu.addListener(SWT.Show, e -> {
            boolean any = !selection.isEmpty();
            delete.setEnabled(any);
            copy.setEnabled(selection.stream().anyMatch(Layer.class::isInstance));
            openBlock.setEnabled(selection.size() == 1 && selection.iterator().next() instanceof dev.dendrite.model.network.BlockInstance);
        });
        return menu;
    }

    private static org.eclipse.swt.widgets.MenuItem item(org.eclipse.swt.widgets.Menu menu, String text, Runnable action) {
        org.eclipse.swt.widgets.MenuItem item = new org.eclipse.swt.widgets.MenuItem(menu, SWT.PUSH);
        item.setText(text);
        item.addListener(SWT.Selection, e -> action.run());
        return item;
    }

    // ---- state -------------------------------------------------------------------------------

    /** Shows a new scene (after every model change), keeping the selection of elements that still exist. */
    public void setScene(Scene newScene) {
        scene = newScene;
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
        return mode == Mode.CONNECT ? verdict : null;
    }

    public int lastNodesPainted() {
        return painter.lastNodesPainted;
    }

    // ---- painting ----------------------------------------------------------------------------

    /** Paints the whole scene at the current view into a GC (an image, for export and the benchmark). */
    public void paintInto(org.eclipse.swt.graphics.GC gc, Rectangle area) {
        gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
        gc.fillRectangle(area);
        painter.paint(gc, scene, viewport, selection, area);
    }

    /** Writes the whole diagram at 100% as a PNG image (atomically: written beside, then moved). */
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
            java.nio.file.Path temporary = target.resolveSibling(target.getFileName() + ".part");
            loader.save(temporary.toString(), SWT.IMAGE_PNG);
            java.nio.file.Files.move(temporary, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
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
        if (mode == Mode.CONNECT && connectFrom != null) {
            painter.visibleWidth = getClientArea().width;
            double[] p = connectFrom.portPoint(connectPort);
            painter.paintConnecting(e.gc, sx(p[0]), sy(p[1]), lastX, lastY, verdict == null ? null : verdict.allowed(),
                    verdict == null || verdict.allowed() ? null : verdict.reason());
        } else if (mode == Mode.BAND) {
            painter.paintBand(e.gc, band());
        }
    }

    private int sx(double x) {
        return (int) Math.round(viewport.toScreenX(x));
    }

    private int sy(double y) {
        return (int) Math.round(viewport.toScreenY(y));
    }

    private void redrawDiagram(Box diagramBox) {
        Box s = viewport.toScreen(diagramBox).expand(2);
        lastDamage = new Rectangle((int) Math.floor(s.x()), (int) Math.floor(s.y()), (int) Math.ceil(s.width()) + 1, (int) Math.ceil(s.height()) + 1);
        redraw(lastDamage.x, lastDamage.y, lastDamage.width, lastDamage.height, false);
    }

    // ---- mouse -------------------------------------------------------------------------------

    /**
     * Button events take the pointer's position from the display: synthetic button events
     * (automation, accessibility tools, SWT's Display.post on GTK) arrive with zero coordinates.
     */
    private void pointerPosition(Event e) {
        org.eclipse.swt.graphics.Point p = toControl(getDisplay().getCursorLocation());
        e.x = p.x;
        e.y = p.y;
    }

    private void mouseDown(Event e) {
        pointerPosition(e);
        setFocus();
        downX = lastX = e.x;
        downY = lastY = e.y;
        moved = false;
        double x = viewport.toDiagramX(e.x);
        double y = viewport.toDiagramY(e.y);
        if (e.button == 2 || (e.button == 1 && (e.stateMask & SWT.SHIFT) != 0 && scene.hit(x, y).kind() == Hit.Kind.NOTHING)) {
            mode = Mode.PAN;
            return;
        }
        if (e.button == 3) {
            Hit hit = scene.hit(x, y);
            if (hit.kind() == Hit.Kind.NODE && !selection.contains(hit.node().element())) {
                select(List.of(hit.node().element()));
            } else if (hit.kind() == Hit.Kind.EDGE) {
                select(List.of(hit.edge().element()));
            }
            return;
        }
        if (e.button != 1) {
            return;
        }
        if (pendingCreation != null) {
            create(pendingCreation, (int) Math.round(x), (int) Math.round(y));
            return;
        }
        Hit hit = scene.hit(x, y);
        boolean toggle = (e.stateMask & SWT.MOD1) != 0;
        switch (hit.kind()) {
            case PORT -> {
                if (!hit.port().input()) {
                    mode = Mode.CONNECT;
                    connectFrom = hit.node();
                    connectPort = hit.port();
                    verdict = null;
                } else {
                    selectNode(hit.node(), toggle);
                    mode = Mode.DRAG;
                }
            }
            case NODE -> {
                selectNode(hit.node(), toggle);
                mode = Mode.DRAG;
            }
            case EDGE -> {
                select(List.of(hit.edge().element()));
                mode = Mode.IDLE;
            }
            default -> {
                if (!toggle && !selection.isEmpty()) {
                    select(List.of());
                }
                mode = Mode.BAND;
            }
        }
    }

    private void selectNode(NodeItem node, boolean toggle) {
        if (toggle) {
            if (!selection.remove(node.element())) {
                selection.add(node.element());
            }
            select(new ArrayList<>(selection));
        } else if (!selection.contains(node.element())) {
            select(List.of(node.element()));
        }
    }

    private void mouseMove(Event e) {
        int dx = e.x - lastX;
        int dy = e.y - lastY;
        switch (mode) {
            case DRAG -> {
                if (dx == 0 && dy == 0) {
                    return;
                }
                moved = true;
                redrawDiagram(scene.move(selectedNodes(), dx / viewport.zoom(), dy / viewport.zoom()));
            }
            case CONNECT -> {
                Rectangle before = connectRegion();
                lastX = e.x;
                lastY = e.y;
                updateConnectTarget();
                Rectangle after = connectRegion();
                Rectangle damage = before.union(after);
                redraw(damage.x, damage.y, damage.width, damage.height, false);
            }
            case BAND -> {
                Rectangle before = band();
                lastX = e.x;
                lastY = e.y;
                Rectangle damage = before.union(band());
                redraw(damage.x - 2, damage.y - 2, damage.width + 4, damage.height + 4, false);
            }
            case PAN -> {
                viewport.pan(dx, dy);
                updateScrollBars();
                redraw();
            }
            default -> {
            }
        }
        lastX = e.x;
        lastY = e.y;
    }

    private void mouseUp(Event e) {
        pointerPosition(e);
        Mode finished = mode;
        mode = Mode.IDLE;
        switch (finished) {
            case DRAG -> {
                if (moved) {
                    Map<Layer, int[]> positions = new LinkedHashMap<>();
                    for (NodeItem node : selectedNodes()) {
                        positions.put((Layer) node.element(), new int[] {(int) Math.round(node.box().x()), (int) Math.round(node.box().y())});
                    }
                    execute(DiagramCommands.move(domain, positions));
                }
            }
            case CONNECT -> {
                if (connectTarget != null && verdict != null && verdict.allowed()) {
                    execute(DiagramCommands.connect(domain, graph, (Layer) connectFrom.element(), connectPort.name(),
                            (Layer) connectTarget.element(), connectTargetPort.name()));
                }
                connectFrom = null;
                connectTarget = null;
                verdict = null;
                redraw();
            }
            case BAND -> {
                Rectangle band = band();
                List<Object> banded = new ArrayList<>(selection);
                if (band.width > 2 || band.height > 2) {
                    for (NodeItem node : scene.nodesIn(viewport.toDiagram(new Box(band.x, band.y, band.width, band.height)))) {
                        if (!banded.contains(node.element())) {
                            banded.add(node.element());
                        }
                    }
                }
                select(banded);
            }
            default -> {
            }
        }
    }

    private void updateConnectTarget() {
        Hit hit = scene.hit(viewport.toDiagramX(lastX), viewport.toDiagramY(lastY));
        if (hit.kind() == Hit.Kind.PORT && hit.port().input()) {
            if (hit.node() != connectTarget || hit.port() != connectTargetPort) {
                connectTarget = hit.node();
                connectTargetPort = hit.port();
                verdict = ConnectionCheck.check(graph, (Layer) connectFrom.element(), connectPort.name(),
                        (Layer) connectTarget.element(), connectTargetPort.name());
            }
        } else {
            connectTarget = null;
            connectTargetPort = null;
            verdict = null;
        }
    }

    private Rectangle connectRegion() {
        double[] p = connectFrom.portPoint(connectPort);
        int x1 = sx(p[0]);
        int y1 = sy(p[1]);
        // The reason text hangs below the cursor, shifted left when near the edge: repaint that band too.
        Rectangle line = new Rectangle(Math.min(x1, lastX) - 4, Math.min(y1, lastY) - 4, Math.abs(lastX - x1) + 8, Math.abs(lastY - y1) + 8);
        return line.union(new Rectangle(0, lastY, getClientArea().width, 50));
    }

    private Rectangle band() {
        return new Rectangle(Math.min(downX, lastX), Math.min(downY, lastY), Math.abs(lastX - downX), Math.abs(lastY - downY));
    }

    private List<NodeItem> selectedNodes() {
        List<NodeItem> nodes = new ArrayList<>();
        for (Object o : selection) {
            NodeItem node = scene.node(o);
            if (node != null) {
                nodes.add(node);
            }
        }
        return nodes;
    }

    private void doubleClick(Event e) {
        pointerPosition(e);
        mode = Mode.IDLE;
        Hit hit = scene.hit(viewport.toDiagramX(e.x), viewport.toDiagramY(e.y));
        if (hit.kind() == Hit.Kind.NODE) {
            toggleBlock(hit.node().element());
        }
    }

    /** Opens or closes a block instance of this graph (double-click or Enter). */
    public void toggleBlock(Object element) {
        if (element instanceof dev.dendrite.model.network.BlockInstance instance && instance.eContainer() == graph) {
            execute(DiagramCommands.toggleBlock(domain, graph, instance));
        }
    }

    private void wheel(Event e) {
        viewport.zoomAt(e.count > 0 ? 1.1 : 1 / 1.1, e.x, e.y);
        updateScrollBars();
        redraw();
    }

    private void hover(Event e) {
        Hit hit = scene.hit(viewport.toDiagramX(e.x), viewport.toDiagramY(e.y));
        String tip = switch (hit.kind()) {
            case NODE -> hit.node().problem() != null ? hit.node().problem() : hit.node().title() + ": " + hit.node().detail() + about(hit.node());
            case PORT -> (hit.port().input() ? "input '" : "output '") + hit.port().name() + "'";
            case EDGE -> hit.edge().problem() != null ? hit.edge().problem() : hit.edge().label();
            default -> null;
        };
        setToolTipText(tip);
    }

    /** The model's documentation of the node's layer kind, on a second line. */
    private static String about(NodeItem node) {
        String doc = node.element() instanceof Layer layer ? org.eclipse.emf.ecore.util.EcoreUtil.getDocumentation(layer.eClass()) : null;
        return doc == null ? "" : "\n" + doc;
    }

    // ---- keyboard ----------------------------------------------------------------------------

    private void key(Event e) {
        boolean mod = (e.stateMask & SWT.MOD1) != 0;
        if (e.keyCode == SWT.DEL || e.keyCode == SWT.BS) {
            deleteSelection();
        } else if (mod && (e.keyCode == 'z' || e.keyCode == 'Z')) {
            if ((e.stateMask & SWT.SHIFT) != 0) {
                redo();
            } else {
                undo();
            }
        } else if (mod && (e.keyCode == 'y' || e.keyCode == 'Y')) {
            redo();
        } else if (mod && (e.keyCode == 'a' || e.keyCode == 'A')) {
            selectAll();
        } else if (mod && (e.keyCode == 'c' || e.keyCode == 'C')) {
            copy();
        } else if (mod && (e.keyCode == 'v' || e.keyCode == 'V')) {
            paste();
        } else if (mod && e.keyCode == '0') {
            zoomTo100();
        } else if (mod && (e.character == '+' || e.character == '=')) {
            zoomBy(1.25);
        } else if (mod && e.character == '-') {
            zoomBy(0.8);
        } else if (e.character == 'f' || e.character == 'F') {
            fit();
        } else if (e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR) {
            selection.stream().findFirst().ifPresent(this::toggleBlock);
        } else if (e.keyCode == SWT.ESC) {
            armCreation(null, creationDone);
            creationDone.run();
        } else if (e.keyCode == SWT.ARROW_LEFT || e.keyCode == SWT.ARROW_RIGHT || e.keyCode == SWT.ARROW_UP || e.keyCode == SWT.ARROW_DOWN) {
            int step = (e.stateMask & SWT.SHIFT) != 0 ? 1 : 10;
            int dx = e.keyCode == SWT.ARROW_LEFT ? -step : e.keyCode == SWT.ARROW_RIGHT ? step : 0;
            int dy = e.keyCode == SWT.ARROW_UP ? -step : e.keyCode == SWT.ARROW_DOWN ? step : 0;
            nudge(dx, dy);
        }
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

    private static List<Layer> clipboardLayers = List.of();

    public void copy() {
        List<Layer> layers = new ArrayList<>();
        for (Object o : selection) {
            if (o instanceof Layer layer) {
                layers.add(layer);
            }
        }
        clipboardLayers = layers;
    }

    public void paste() {
        if (clipboardLayers.isEmpty()) {
            return;
        }
        Set<Layer> copied = Collections.newSetFromMap(new IdentityHashMap<>());
        copied.addAll(clipboardLayers);
        var connections = graph.getConnections().stream().filter(c -> copied.contains(c.getSource()) && copied.contains(c.getTarget())).toList();
        int before = graph.getLayers().size();
        execute(DiagramCommands.paste(domain, graph, clipboardLayers, connections, 30));
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

    public void layoutNow() {
        execute(DiagramCommands.layout(domain, graph));
        fit();
    }

    /** Scrolls so that the layer's node is in the middle of the view, keeping the zoom. */
    public void reveal(Layer layer) {
        NodeItem node = scene.node(layer);
        if (node == null) {
            return;
        }
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

    /** Below this zoom node text is too small to read. */
    static final double READABLE_ZOOM = 0.75;

    public void fit() {
        Rectangle area = getClientArea();
        viewport.fit(scene.bounds(), area.width, area.height, 20);
        updateScrollBars();
        redraw();
    }

    public void zoomTo100() {
        Box bounds = scene.bounds();
        viewport.reset(bounds.x() - 20, bounds.y() - 20);
        updateScrollBars();
        redraw();
    }

    public void zoomBy(double factor) {
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
            execute(DiagramCommands.paste(domain, graph, network.getLayers(), network.getConnections(), 0));
            select(new ArrayList<>(graph.getLayers().subList(before, graph.getLayers().size())));
        }
        PaletteEntries.Entry done = pendingCreation;
        armCreation(null, creationDone);
        if (done != null) {
            creationDone.run();
        }
    }

    private void execute(Command command) {
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
        if (lastArea != null && lastArea.width > 0 && lastArea.height > 0) {
            viewport.pan((area.width - lastArea.width) / 2.0, (area.height - lastArea.height) / 2.0);
        }
        lastArea = area;
        updateScrollBars();
    }

    private boolean updatingBars;

    private void updateScrollBars() {
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
        double targetX = scrollOriginX + getHorizontalBar().getSelection();
        double targetY = scrollOriginY + getVerticalBar().getSelection();
        viewport.pan((viewport.originX() - targetX) * viewport.zoom(), (viewport.originY() - targetY) * viewport.zoom());
        redraw();
    }
}
