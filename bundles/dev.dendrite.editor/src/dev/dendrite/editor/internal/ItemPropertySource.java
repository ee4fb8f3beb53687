package dev.dendrite.editor.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;

import dev.dendrite.model.edit.RangeCheckedPropertyDescriptor;

/**
 * The Properties view's source for a model object, built from its item property descriptors:
 * text editors for numbers and strings (checked against the model's ranges before they are
 * set), drop-downs for enumerations, references and booleans. Every set is an EMF command, so
 * it is undoable in the editor.
 */
public final class ItemPropertySource implements IPropertySource {

    private final Object object;
    private final IItemPropertySource source;

    public ItemPropertySource(Object object, AdapterFactory factory) {
        this.object = object;
        this.source = (IItemPropertySource) factory.adapt(object, IItemPropertySource.class);
    }

    @Override
    public Object getEditableValue() {
        return object;
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        if (source == null) {
            return new IPropertyDescriptor[0];
        }
        List<IPropertyDescriptor> descriptors = new ArrayList<>();
        for (IItemPropertyDescriptor item : source.getPropertyDescriptors(object)) {
            descriptors.add(new Descriptor(object, item));
        }
        return descriptors.toArray(new IPropertyDescriptor[0]);
    }

    private IItemPropertyDescriptor item(Object id) {
        return source.getPropertyDescriptor(object, id);
    }

    @Override
    public Object getPropertyValue(Object id) {
        IItemPropertyDescriptor item = item(id);
        Object raw = value(item, object);
        Collection<?> choices = choices(item, object);
        if (choices != null && !choices.isEmpty()) {
            return new ArrayList<>(choices).indexOf(raw);
        }
        EDataType type = dataType(item, object);
        if (raw instanceof java.util.List<?> list) {
            return String.join(", ", list.stream().map(v -> EcoreUtil.convertToString(type, v)).toList());
        }
        return raw == null ? "" : raw instanceof String s ? s : EcoreUtil.convertToString(type, raw);
    }

    /** The property's plain value: item providers wrap values in property sources. */
    private static Object value(IItemPropertyDescriptor item, Object object) {
        Object value = item.getPropertyValue(object);
        return value instanceof IItemPropertySource s ? s.getEditableValue(object) : value;
    }

    /**
     * Sets a property by its feature's name from the text a user would type (a choice by its
     * label), through the same descriptors and commands as the Properties view.
     *
     * @throws IllegalArgumentException naming the problem when the text is not acceptable
     */
    public void set(String featureName, String text) {
        for (IItemPropertyDescriptor item : source.getPropertyDescriptors(object)) {
            if (item.getFeature(object) instanceof org.eclipse.emf.ecore.EStructuralFeature f && f.getName().equals(featureName)) {
                Object value = choiceIndex(item, text);
                String problem = problem(item, object, value);
                if (problem != null) {
                    throw new IllegalArgumentException(problem);
                }
                item.setPropertyValue(object, convert(item, value, object));
                return;
            }
        }
        throw new IllegalArgumentException(object + " has no property '" + featureName + "'");
    }

    /** For a property with choices, the index of the one whose label (or literal) is the text; else the text itself. */
    private Object choiceIndex(IItemPropertyDescriptor item, String text) {
        Collection<?> choices = choices(item, object);
        if (choices == null || choices.isEmpty()) {
            return text;
        }
        List<?> all = new ArrayList<>(choices);
        List<String> labels = all.stream().map(c -> item.getLabelProvider(object).getText(c)).toList();
        for (int i = 0; i < all.size(); i++) {
            if (labels.get(i).equalsIgnoreCase(text) || String.valueOf(all.get(i)).equalsIgnoreCase(text)) {
                return i;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not one of " + labels);
    }

    @Override
    public boolean isPropertySet(Object id) {
        return item(id).isPropertySet(object);
    }

    @Override
    public void resetPropertyValue(Object id) {
        item(id).resetPropertyValue(object);
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        IItemPropertyDescriptor item = item(id);
        Object converted = convert(item, value, object);
        if (converted != null) {
            item.setPropertyValue(object, converted);
        }
    }

    /** The model value for what the cell editor gave (a choice index or text), or null when it cannot be one. */
    static Object convert(IItemPropertyDescriptor item, Object value, Object object) {
        Collection<?> choices = choices(item, object);
        if (choices != null && !choices.isEmpty()) {
            int index = value instanceof Integer i ? i : -1;
            return index >= 0 && index < choices.size() ? new ArrayList<>(choices).get(index) : null;
        }
        EDataType type = dataType(item, object);
        if (type == null) {
            return value;
        }
        try {
            if (item.isMany(object)) {
                // Lists such as an input's dims are typed as "1, 28, 28" (or 1×28×28).
                List<Object> values = new ArrayList<>();
                for (String part : String.valueOf(value).split("[,×x\\s]+")) {
                    if (!part.isBlank()) {
                        values.add(EcoreUtil.createFromString(type, part.strip()));
                    }
                }
                return values;
            }
            return EcoreUtil.createFromString(type, String.valueOf(value).strip());
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The descriptor's choices; booleans choose between false and true. */
    static Collection<?> choices(IItemPropertyDescriptor item, Object object) {
        Collection<?> choices = item.getChoiceOfValues(object);
        EDataType type = dataType(item, object);
        boolean bool = type != null && (type.getInstanceClass() == boolean.class || type.getInstanceClass() == Boolean.class);
        return (choices == null || choices.isEmpty()) && bool ? List.of(Boolean.FALSE, Boolean.TRUE) : choices;
    }

    static EDataType dataType(IItemPropertyDescriptor item, Object object) {
        return item.getFeature(object) instanceof EAttribute attribute ? attribute.getEAttributeType() : null;
    }

    /** Why a text is not acceptable, or null. */
    static String problem(IItemPropertyDescriptor item, Object object, Object text) {
        Object converted = convert(item, text, object);
        if (converted == null) {
            EDataType type = dataType(item, object);
            return "'" + text + "' is not a valid " + (type == null ? "value" : type.getInstanceClass().getSimpleName());
        }
        return item instanceof RangeCheckedPropertyDescriptor checked ? checked.validate(converted) : null;
    }

    private static final class Descriptor extends PropertyDescriptor {
        private final Object object;
        private final IItemPropertyDescriptor item;

        Descriptor(Object object, IItemPropertyDescriptor item) {
            super(item.getId(object), item.getDisplayName(object));
            this.object = object;
            this.item = item;
            setCategory(item.getCategory(object));
            setDescription(item.getDescription(object));
            setLabelProvider(new org.eclipse.jface.viewers.LabelProvider() {
                @Override
                public String getText(Object element) {
                    return item.getLabelProvider(object).getText(value(item, object));
                }
            });
        }

        @Override
        public CellEditor createPropertyEditor(Composite parent) {
            if (!item.canSetProperty(object)) {
                return null;
            }
            Collection<?> choices = choices(item, object);
            if (choices != null && !choices.isEmpty()) {
                IItemLabelProvider labels = item.getLabelProvider(object);
                String[] items = choices.stream().map(labels::getText).toArray(String[]::new);
                return new ComboBoxCellEditor(parent, items, SWT.READ_ONLY);
            }
            TextCellEditor editor = new TextCellEditor(parent);
            editor.setValidator(value -> problem(item, object, value));
            return editor;
        }
    }
}
