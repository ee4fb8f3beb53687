package dev.dendrite.editor.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

import dev.dendrite.editor.diagram.LayerText;
import dev.dendrite.model.network.Block;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.Network;

/** The Outline: the network's layers in file order, then its blocks with theirs; selecting one reveals it in the diagram. */
final class NetworkOutlinePage extends ContentOutlinePage {

    private Network network;
    private final Consumer<List<Object>> reveal;

    NetworkOutlinePage(Network network, Consumer<List<Object>> reveal) {
        this.network = network;
        this.reveal = reveal;
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        TreeViewer viewer = getTreeViewer();
        viewer.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                List<Object> top = new ArrayList<>(network.getLayers());
                top.addAll(network.getBlocks());
                return top.toArray();
            }

            @Override
            public Object[] getChildren(Object parent) {
                return parent instanceof Block block ? block.getLayers().toArray() : new Object[0];
            }

            @Override
            public Object getParent(Object element) {
                return element instanceof Layer layer ? layer.eContainer() : null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return element instanceof Block block && !block.getLayers().isEmpty();
            }
        });
        viewer.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                if (element instanceof Layer layer) {
                    return LayerText.title(layer) + " — " + LayerText.detail(layer);
                }
                return element instanceof Block block ? "Block " + block.getName() : String.valueOf(element);
            }
        });
        viewer.setInput(network);
        viewer.addSelectionChangedListener(e -> reveal.accept(viewer.getStructuredSelection().toList()));
    }

    /** Shows another network (after a revert reloaded the file). */
    void show(Network newNetwork) {
        network = newNetwork;
        if (getTreeViewer() != null && !getTreeViewer().getControl().isDisposed()) {
            getTreeViewer().setInput(newNetwork);
        }
    }

    void refresh() {
        if (getTreeViewer() != null && !getTreeViewer().getControl().isDisposed()) {
            getTreeViewer().refresh();
        }
    }
}
