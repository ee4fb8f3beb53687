package dev.dendrite.model.edit;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.util.ResourceLocator;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;

import dev.dendrite.model.PropertyRanges;

/** A property descriptor that refuses values outside its feature's range ({@link PropertyRanges}). */
public class RangeCheckedPropertyDescriptor extends ItemPropertyDescriptor {

    private final EStructuralFeature checkedFeature;

    public RangeCheckedPropertyDescriptor(AdapterFactory adapterFactory, ResourceLocator resourceLocator, String displayName,
            String description, EStructuralFeature feature, boolean isSettable, boolean multiLine, boolean sortChoices,
            Object staticImage, String category, String[] filterFlags) {
        super(adapterFactory, resourceLocator, displayName, description, feature, isSettable, multiLine, sortChoices, staticImage,
                category, filterFlags);
        this.checkedFeature = feature;
    }

    /** Null when the value may be set, else the reason, e.g. "units must be at least 1, not 0". */
    public String validate(Object value) {
        return PropertyRanges.check(checkedFeature, value);
    }

    /** Sets the value through an undoable command, or refuses with the reason when it is out of range. */
    @Override
    public void setPropertyValue(Object object, Object value) {
        String problem = validate(value);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        super.setPropertyValue(object, value);
    }
}
