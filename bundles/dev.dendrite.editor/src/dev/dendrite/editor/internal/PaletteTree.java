package dev.dendrite.editor.internal;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Composite;

import dev.dendrite.editor.diagram.PaletteEntries;

/**
 * The palette: layer kinds by family, then templates. Click an entry, then click the diagram to
 * place it (as in GEF palettes), or drag it onto the diagram.
 */
final class PaletteTree {

    /** Prefix of the text a palette drag carries, so that other text dropped on the diagram is ignored. */
    static final String DRAG_PREFIX = "dendrite-palette:";

    private final TreeViewer viewer;
    private final List<PaletteEntries.Group> groups = PaletteEntries.groups();

    PaletteTree(Composite parent, Consumer<PaletteEntries.Entry> armed) {
        viewer = new TreeViewer(parent, SWT.SINGLE | SWT.V_SCROLL | SWT.BORDER);
        viewer.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return ArrayContentProvider.getInstance().getElements(input);
            }

            @Override
            public Object[] getChildren(Object parent) {
                return parent instanceof PaletteEntries.Group g ? g.entries().toArray() : new Object[0];
            }

            @Override
            public Object getParent(Object element) {
                return null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return element instanceof PaletteEntries.Group;
            }
        });
        viewer.setLabelProvider(new Labels());
        org.eclipse.jface.viewers.ColumnViewerToolTipSupport.enableFor(viewer);
        viewer.setInput(groups);
        viewer.expandToLevel(groups.get(0), 1);
        viewer.addSelectionChangedListener(e -> {
            Object first = ((IStructuredSelection) e.getSelection()).getFirstElement();
            armed.accept(first instanceof PaletteEntries.Entry entry ? entry : null);
        });
        viewer.addDragSupport(DND.DROP_COPY, new Transfer[] {TextTransfer.getInstance()}, new DragSourceAdapter() {
            @Override
            public void dragStart(DragSourceEvent event) {
                event.doit = selected() != null;
            }

            @Override
            public void dragSetData(DragSourceEvent event) {
                PaletteEntries.Entry entry = selected();
                event.data = entry == null ? "" : DRAG_PREFIX + entry.label();
            }
        });
    }

    /** Entry names with a swatch of their family's colour, and the model's documentation as tooltip. */
    private static final class Labels extends org.eclipse.jface.viewers.ColumnLabelProvider {
        private final java.util.Map<Integer, org.eclipse.swt.graphics.Image> swatches = new java.util.HashMap<>();

        @Override
        public String getText(Object element) {
            return element instanceof PaletteEntries.Group g ? g.label()
                    : element instanceof PaletteEntries.Entry e ? e.label() : String.valueOf(element);
        }

        @Override
        public org.eclipse.swt.graphics.Image getImage(Object element) {
            if (!(element instanceof PaletteEntries.Entry e)) {
                return null;
            }
            int rgb = e.kind() != null ? dev.dendrite.editor.diagram.Family.of(e.kind()).rgb() : 0x9AA0A6;
            return swatches.computeIfAbsent(rgb, PaletteTree::swatch);
        }

        @Override
        public String getToolTipText(Object element) {
            if (element instanceof PaletteEntries.Entry e) {
                if (e.template() != null) {
                    return e.template().summary();
                }
                String doc = org.eclipse.emf.ecore.util.EcoreUtil.getDocumentation(e.kind());
                return doc == null ? e.label() : e.label() + ": " + doc;
            }
            return null;
        }

        @Override
        public void dispose() {
            swatches.values().forEach(org.eclipse.swt.graphics.Image::dispose);
            swatches.clear();
            super.dispose();
        }
    }

    private static org.eclipse.swt.graphics.Image swatch(int rgb) {
        org.eclipse.swt.widgets.Display display = org.eclipse.swt.widgets.Display.getCurrent();
        org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(display, 12, 12);
        org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(image);
        try {
            gc.setBackground(display.getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
            gc.fillRectangle(0, 0, 12, 12);
            gc.setBackground(new org.eclipse.swt.graphics.Color(ScenePainter.rgb(rgb)));
            gc.fillRoundRectangle(1, 1, 10, 10, 4, 4);
        } finally {
            gc.dispose();
        }
        return image;
    }

    private PaletteEntries.Entry selected() {
        Object first = viewer.getStructuredSelection().getFirstElement();
        return first instanceof PaletteEntries.Entry entry ? entry : null;
    }

    TreeViewer viewer() {
        return viewer;
    }

    /** Shows the entry selected (armed) or nothing selected (after a placement). */
    void clearSelection() {
        viewer.setSelection(null);
    }

    /** The entry a drag carried, by its label; null for anything else. */
    PaletteEntries.Entry find(String label) {
        for (PaletteEntries.Group group : groups) {
            for (PaletteEntries.Entry entry : group.entries()) {
                if (entry.label().equals(label)) {
                    return entry;
                }
            }
        }
        return null;
    }
}
