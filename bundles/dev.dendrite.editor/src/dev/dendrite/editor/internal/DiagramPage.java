package dev.dendrite.editor.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;

import dev.dendrite.model.network.Network;

/** The editor's Diagram page: a toolbar over the palette and the canvas, which takes palette drops. */
final class DiagramPage {

    private final Composite control;
    private final PaletteTree palette;
    private final DiagramCanvas canvas;
    private final String name;

    DiagramPage(Composite parent, EditingDomain domain, Network network, String name) {
        this.name = name;
        control = new Composite(parent, SWT.NONE);
        GridLayout pageLayout = new GridLayout();
        pageLayout.marginWidth = pageLayout.marginHeight = 0;
        pageLayout.verticalSpacing = 0;
        control.setLayout(pageLayout);
        ToolBar toolbar = new ToolBar(control, SWT.FLAT | SWT.RIGHT);
        toolbar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        SashForm sash = new SashForm(control, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        palette = new PaletteTree(sash, entry -> canvas().armCreation(entry, () -> palette().clearSelection()));
        canvas = new DiagramCanvas(sash, domain, network);
        sash.setWeights(18, 82);
        DropTarget drop = new DropTarget(canvas, DND.DROP_COPY | DND.DROP_DEFAULT);
        drop.setTransfer(new Transfer[] {TextTransfer.getInstance()});
        drop.addDropListener(new DropTargetAdapter() {
            @Override
            public void dragEnter(DropTargetEvent event) {
                event.detail = DND.DROP_COPY;
            }

            @Override
            public void drop(DropTargetEvent event) {
                if (event.data instanceof String text) {
                    DiagramPage.this.drop(text, event.x, event.y);
                }
            }
        });
        tool(toolbar, "Auto-layout", "Lay the network out with ELK (undoable)", canvas::layoutNow);
        new ToolItem(toolbar, SWT.SEPARATOR);
        tool(toolbar, "Fit", "Show the whole network (F)", canvas::fit);
        tool(toolbar, "100%", "Actual size (Ctrl+0)", canvas::zoomTo100);
        tool(toolbar, "Zoom in", "Zoom in (Ctrl++ or the mouse wheel)", () -> canvas.zoomBy(1.25));
        tool(toolbar, "Zoom out", "Zoom out (Ctrl+-)", () -> canvas.zoomBy(0.8));
        new ToolItem(toolbar, SWT.SEPARATOR);
        tool(toolbar, "Export PNG…", "Save the whole diagram as a PNG image", this::exportPng);
        trainButton(toolbar);
    }

    /** The launching bundle's "Train" command, when it is installed (the editor does not depend on it). */
    static final String TRAIN_COMMAND = "dev.dendrite.launching.ui.train";

    private static void trainButton(ToolBar toolbar) {
        var commands = org.eclipse.ui.PlatformUI.getWorkbench().getService(org.eclipse.ui.commands.ICommandService.class);
        if (commands == null || !commands.getCommand(TRAIN_COMMAND).isDefined()) {
            return;
        }
        new ToolItem(toolbar, SWT.SEPARATOR);
        tool(toolbar, "Train ▶", "Run As > Dendrite Training: train this network in its own process and watch it in the Training Monitor",
                () -> {
                    var handlers = org.eclipse.ui.PlatformUI.getWorkbench().getService(org.eclipse.ui.handlers.IHandlerService.class);
                    try {
                        handlers.executeCommand(TRAIN_COMMAND, null);
                    } catch (org.eclipse.core.commands.ExecutionException | org.eclipse.core.commands.NotHandledException
                            | org.eclipse.core.commands.NotEnabledException | org.eclipse.core.commands.common.NotDefinedException e) {
                        org.eclipse.jface.dialogs.MessageDialog.openError(toolbar.getShell(), "Train", e.getMessage());
                    }
                });
    }

    Control control() {
        return control;
    }

    PaletteTree palette() {
        return palette;
    }

    DiagramCanvas canvas() {
        return canvas;
    }

    /**
     * A palette entry dropped on the diagram at a display point; other text is ignored.
     *
     * @return whether a layer or template was placed
     */
    boolean drop(String text, int displayX, int displayY) {
        if (!text.startsWith(PaletteTree.DRAG_PREFIX)) {
            return false;
        }
        var entry = palette.find(text.substring(PaletteTree.DRAG_PREFIX.length()));
        if (entry == null) {
            return false;
        }
        Point p = canvas.toControl(displayX, displayY);
        canvas.create(entry, (int) canvas.viewport().toDiagramX(p.x), (int) canvas.viewport().toDiagramY(p.y));
        return true;
    }

    private static void tool(ToolBar toolbar, String text, String tip, Runnable action) {
        ToolItem item = new ToolItem(toolbar, SWT.PUSH);
        item.setText(text);
        item.setToolTipText(tip);
        item.addListener(SWT.Selection, e -> action.run());
    }

    private void exportPng() {
        FileDialog dialog = new FileDialog(control.getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] {"*.png"});
        dialog.setFileName(name + ".png");
        dialog.setOverwrite(true);
        String target = dialog.open();
        if (target != null) {
            try {
                canvas.exportPng(Path.of(target));
            } catch (IOException | RuntimeException e) {
                org.eclipse.jface.dialogs.MessageDialog.openError(control.getShell(), "Export failed",
                        "Could not write " + target + ": " + e.getMessage());
            }
        }
    }
}
