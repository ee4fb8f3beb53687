package dev.dendrite.editor.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;

import dev.dendrite.editor.diagram.ConnectionCheck;
import dev.dendrite.editor.diagram.DiagramCommands;
import dev.dendrite.editor.scene.Box;
import dev.dendrite.editor.scene.Hit;
import dev.dendrite.editor.scene.NodeItem;
import dev.dendrite.editor.scene.PortItem;
import dev.dendrite.model.network.Layer;

/**
 * What the mouse does on the diagram: select, drag, connect with a live check, rubber-band,
 * pan, zoom, tooltips. A drag moves figures in the scene and repaints their damaged region; the
 * model changes once, on release, through one command.
 */
final class CanvasMouse {

    private enum Mode {
        IDLE, DRAG, CONNECT, BAND, PAN
    }

    private final DiagramCanvas canvas;
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

    CanvasMouse(DiagramCanvas canvas) {
        this.canvas = canvas;
        canvas.addListener(SWT.MouseDown, this::down);
        canvas.addListener(SWT.MouseMove, this::move);
        canvas.addListener(SWT.MouseUp, this::up);
        canvas.addListener(SWT.MouseVerticalWheel, this::wheel);
        canvas.addListener(SWT.MouseDoubleClick, this::doubleClick);
        canvas.addListener(SWT.MouseHover, this::hover);
    }

    /** While connecting over an input port: whether the drop would be accepted and why not; else null. */
    ConnectionCheck.Verdict verdict() {
        return mode == Mode.CONNECT ? verdict : null;
    }

    /** The rubber line with its verdict, or the rubber band, over the painted diagram. */
    void paintOverlay(GC gc, ScenePainter painter) {
        if (mode == Mode.CONNECT && connectFrom != null) {
            painter.visibleWidth = canvas.getClientArea().width;
            double[] p = connectFrom.portPoint(connectPort);
            painter.paintConnecting(gc, sx(p[0]), sy(p[1]), lastX, lastY, verdict == null ? null : verdict.allowed(),
                    verdict == null || verdict.allowed() ? null : verdict.reason());
        } else if (mode == Mode.BAND) {
            painter.paintBand(gc, band());
        }
    }

    private int sx(double x) {
        return (int) Math.round(canvas.viewport().toScreenX(x));
    }

    private int sy(double y) {
        return (int) Math.round(canvas.viewport().toScreenY(y));
    }

    /**
     * Button events take the pointer's position from the display: synthetic button events
     * (automation, accessibility tools, SWT's Display.post on GTK) arrive with zero coordinates.
     */
    private void pointerPosition(Event e) {
        org.eclipse.swt.graphics.Point p = canvas.toControl(canvas.getDisplay().getCursorLocation());
        e.x = p.x;
        e.y = p.y;
    }

    void down(Event e) {
        pointerPosition(e);
        canvas.setFocus();
        downX = lastX = e.x;
        downY = lastY = e.y;
        moved = false;
        double x = canvas.viewport().toDiagramX(e.x);
        double y = canvas.viewport().toDiagramY(e.y);
        if (e.button == 2 || (e.button == 1 && (e.stateMask & SWT.SHIFT) != 0 && canvas.scene().hit(x, y).kind() == Hit.Kind.NOTHING)) {
            mode = Mode.PAN;
            return;
        }
        if (e.button == 3) {
            Hit hit = canvas.scene().hit(x, y);
            if (hit.kind() == Hit.Kind.NODE && !canvas.selectionSet().contains(hit.node().element())) {
                canvas.select(List.of(hit.node().element()));
            } else if (hit.kind() == Hit.Kind.EDGE) {
                canvas.select(List.of(hit.edge().element()));
            }
            return;
        }
        if (e.button != 1) {
            return;
        }
        if (canvas.pendingCreation() != null) {
            canvas.create(canvas.pendingCreation(), (int) Math.round(x), (int) Math.round(y));
            return;
        }
        Hit hit = canvas.scene().hit(x, y);
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
                canvas.select(List.of(hit.edge().element()));
                mode = Mode.IDLE;
            }
            default -> {
                if (!toggle && !canvas.selectionSet().isEmpty()) {
                    canvas.select(List.of());
                }
                mode = Mode.BAND;
            }
        }
    }

    private void selectNode(NodeItem node, boolean toggle) {
        if (toggle) {
            if (!canvas.selectionSet().remove(node.element())) {
                canvas.selectionSet().add(node.element());
            }
            canvas.select(new ArrayList<>(canvas.selectionSet()));
        } else if (!canvas.selectionSet().contains(node.element())) {
            canvas.select(List.of(node.element()));
        }
    }

    void move(Event e) {
        int dx = e.x - lastX;
        int dy = e.y - lastY;
        switch (mode) {
            case DRAG -> {
                if (dx == 0 && dy == 0) {
                    return;
                }
                moved = true;
                canvas.redrawDiagram(canvas.scene().move(canvas.selectedNodes(), dx / canvas.viewport().zoom(), dy / canvas.viewport().zoom()));
            }
            case CONNECT -> {
                Rectangle before = connectRegion();
                lastX = e.x;
                lastY = e.y;
                updateConnectTarget();
                Rectangle after = connectRegion();
                Rectangle damage = before.union(after);
                canvas.redraw(damage.x, damage.y, damage.width, damage.height, false);
            }
            case BAND -> {
                Rectangle before = band();
                lastX = e.x;
                lastY = e.y;
                Rectangle damage = before.union(band());
                canvas.redraw(damage.x - 2, damage.y - 2, damage.width + 4, damage.height + 4, false);
            }
            case PAN -> {
                canvas.userMoved();
                canvas.viewport().pan(dx, dy);
                canvas.updateScrollBars();
                canvas.redraw();
            }
            default -> {
            }
        }
        lastX = e.x;
        lastY = e.y;
    }

    void up(Event e) {
        pointerPosition(e);
        Mode finished = mode;
        mode = Mode.IDLE;
        switch (finished) {
            case DRAG -> {
                if (moved) {
                    Map<Layer, int[]> positions = new LinkedHashMap<>();
                    for (NodeItem node : canvas.selectedNodes()) {
                        positions.put((Layer) node.element(), new int[] {(int) Math.round(node.box().x()), (int) Math.round(node.box().y())});
                    }
                    canvas.execute(DiagramCommands.move(canvas.domain(), positions));
                }
            }
            case CONNECT -> {
                if (connectTarget != null && verdict != null && verdict.allowed()) {
                    canvas.execute(DiagramCommands.connect(canvas.domain(), canvas.graph(), (Layer) connectFrom.element(), connectPort.name(),
                            (Layer) connectTarget.element(), connectTargetPort.name()));
                }
                connectFrom = null;
                connectTarget = null;
                verdict = null;
                canvas.redraw();
            }
            case BAND -> {
                Rectangle band = band();
                List<Object> banded = new ArrayList<>(canvas.selectionSet());
                if (band.width > 2 || band.height > 2) {
                    for (NodeItem node : canvas.scene().nodesIn(canvas.viewport().toDiagram(new Box(band.x, band.y, band.width, band.height)))) {
                        if (!banded.contains(node.element())) {
                            banded.add(node.element());
                        }
                    }
                }
                canvas.select(banded);
            }
            default -> {
            }
        }
    }

    private void updateConnectTarget() {
        Hit hit = canvas.scene().hit(canvas.viewport().toDiagramX(lastX), canvas.viewport().toDiagramY(lastY));
        if (hit.kind() == Hit.Kind.PORT && hit.port().input()) {
            if (hit.node() != connectTarget || hit.port() != connectTargetPort) {
                connectTarget = hit.node();
                connectTargetPort = hit.port();
                verdict = ConnectionCheck.check(canvas.graph(), canvas.inspection(), (Layer) connectFrom.element(), connectPort.name(),
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
        return line.union(new Rectangle(0, lastY, canvas.getClientArea().width, 50));
    }

    private Rectangle band() {
        return new Rectangle(Math.min(downX, lastX), Math.min(downY, lastY), Math.abs(lastX - downX), Math.abs(lastY - downY));
    }

    void doubleClick(Event e) {
        pointerPosition(e);
        mode = Mode.IDLE;
        Hit hit = canvas.scene().hit(canvas.viewport().toDiagramX(e.x), canvas.viewport().toDiagramY(e.y));
        if (hit.kind() == Hit.Kind.NODE) {
            canvas.toggleBlock(hit.node().element());
        }
    }

    void wheel(Event e) {
        canvas.userMoved();
        canvas.viewport().zoomAt(e.count > 0 ? 1.1 : 1 / 1.1, e.x, e.y);
        canvas.updateScrollBars();
        canvas.redraw();
    }

    void hover(Event e) {
        Hit hit = canvas.scene().hit(canvas.viewport().toDiagramX(e.x), canvas.viewport().toDiagramY(e.y));
        String tip = switch (hit.kind()) {
            case NODE -> hit.node().problem() != null ? hit.node().problem() : hit.node().title() + ": " + hit.node().detail() + about(hit.node());
            case PORT -> (hit.port().input() ? "input '" : "output '") + hit.port().name() + "'";
            case EDGE -> hit.edge().problem() != null ? hit.edge().problem() : hit.edge().label();
            default -> null;
        };
        canvas.setToolTipText(tip);
    }

    /** The model's documentation of the node's layer kind, on a second line. */
    private static String about(NodeItem node) {
        String doc = node.element() instanceof Layer layer ? org.eclipse.emf.ecore.util.EcoreUtil.getDocumentation(layer.eClass()) : null;
        return doc == null ? "" : "\n" + doc;
    }
}
