package dev.dendrite.editor.internal;

import java.net.URL;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;

/**
 * JFace content and label providers over EMF.Edit item providers: what EMF's edit.ui bundle
 * would give, which is not obtainable from Maven Central.
 */
final class ItemProviders {

    private ItemProviders() {
    }

    static final class Content implements ITreeContentProvider {
        private final AdapterFactory factory;

        Content(AdapterFactory factory) {
            this.factory = factory;
        }

        @Override
        public Object[] getElements(Object input) {
            return getChildren(input);
        }

        @Override
        public Object[] getChildren(Object parent) {
            ITreeItemContentProvider provider = (ITreeItemContentProvider) factory.adapt(parent, ITreeItemContentProvider.class);
            return provider == null ? new Object[0] : provider.getChildren(parent).toArray();
        }

        @Override
        public Object getParent(Object element) {
            ITreeItemContentProvider provider = (ITreeItemContentProvider) factory.adapt(element, ITreeItemContentProvider.class);
            return provider == null ? null : provider.getParent(element);
        }

        @Override
        public boolean hasChildren(Object element) {
            ITreeItemContentProvider provider = (ITreeItemContentProvider) factory.adapt(element, ITreeItemContentProvider.class);
            return provider != null && provider.hasChildren(element);
        }
    }

    /** Labels and icons; icons are created once per URL and disposed with the provider. */
    static final class Labels extends LabelProvider {
        private final AdapterFactory factory;
        private final Map<Object, Image> images = new HashMap<>();

        Labels(AdapterFactory factory) {
            this.factory = factory;
        }

        @Override
        public String getText(Object element) {
            IItemLabelProvider provider = (IItemLabelProvider) factory.adapt(element, IItemLabelProvider.class);
            return provider == null ? String.valueOf(element) : provider.getText(element);
        }

        @Override
        public Image getImage(Object element) {
            IItemLabelProvider provider = (IItemLabelProvider) factory.adapt(element, IItemLabelProvider.class);
            Object image = provider == null ? null : provider.getImage(element);
            if (!(image instanceof URL url)) {
                return null;
            }
            return images.computeIfAbsent(url.toString(), k -> ImageDescriptor.createFromURL(url).createImage(false));
        }

        @Override
        public void dispose() {
            images.values().forEach(i -> {
                if (i != null) {
                    i.dispose();
                }
            });
            images.clear();
            super.dispose();
        }
    }
}
