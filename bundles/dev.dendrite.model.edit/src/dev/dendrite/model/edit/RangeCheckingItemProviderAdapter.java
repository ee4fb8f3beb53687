package dev.dendrite.model.edit;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.util.ResourceLocator;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemProviderAdapter;

/**
 * The root of Dendrite's generated item providers (genmodel {@code providerRootExtendsClass}):
 * every property descriptor it creates knows its feature's valid range, so that property editors
 * refuse out-of-range values instead of setting them.
 */
public class RangeCheckingItemProviderAdapter extends ItemProviderAdapter {

    public RangeCheckingItemProviderAdapter(AdapterFactory adapterFactory) {
        super(adapterFactory);
    }

    @Override
    protected ItemPropertyDescriptor createItemPropertyDescriptor(AdapterFactory adapterFactory, ResourceLocator resourceLocator,
            String displayName, String description, EStructuralFeature feature, boolean isSettable, boolean multiLine,
            boolean sortChoices, Object staticImage, String category, String[] filterFlags) {
        return new RangeCheckedPropertyDescriptor(adapterFactory, resourceLocator, displayName, description, feature, isSettable,
                multiLine, sortChoices, staticImage, category, filterFlags);
    }
}
