package dev.dendrite.editor.internal;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
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
        viewer.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return element instanceof PaletteEntries.Group g ? g.label()
                        : element instanceof PaletteEntries.Entry e ? e.label() : String.valueOf(element);
            }
        });
        List<PaletteEntries.Group> groups = PaletteEntries.groups();
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

    static PaletteEntries.Entry find(String label) {
        for (PaletteEntries.Group group : PaletteEntries.groups()) {
            for (PaletteEntries.Entry entry : group.entries()) {
                if (entry.label().equals(label)) {
                    return entry;
                }
            }
        }
        return null;
    }
}
