package dev.dendrite.launching.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.ui.AbstractLaunchConfigurationTab;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import dev.dendrite.launching.TrainingArguments;
import dev.dendrite.launching.TrainingAttributes;
import dev.dendrite.model.io.DnetIO;
import dev.dendrite.model.io.LoadResult;

/**
 * A tab of the "Dendrite Training" dialog: labelled fields bound to launch attributes. An empty
 * field means "the network's own setting". Every tab checks the whole configuration with the
 * command line's rules, so the dialog refuses to launch what {@code dendrite train} would refuse,
 * with the same message.
 */
public class SettingsTab extends AbstractLaunchConfigurationTab {

    /** One field: a text, an editable choice, or a check box. */
    public record FieldSpec(String label, String attribute, String[] choices, boolean check, String tooltip) {

        public static FieldSpec text(String label, String attribute, String tooltip) {
            return new FieldSpec(label, attribute, null, false, tooltip);
        }

        public static FieldSpec choice(String label, String attribute, String tooltip, String... choices) {
            return new FieldSpec(label, attribute, choices, false, tooltip);
        }

        public static FieldSpec check(String label, String attribute, String tooltip) {
            return new FieldSpec(label, attribute, null, true, tooltip);
        }
    }

    private final String name;
    private final String description;
    private final List<FieldSpec> specs;
    private final List<Control> controls = new ArrayList<>();

    public SettingsTab(String name, String description, List<FieldSpec> specs) {
        this.name = name;
        this.description = description;
        this.specs = List.copyOf(specs);
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(2, false));
        Label intro = new Label(page, SWT.WRAP);
        intro.setText(description);
        intro.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        for (FieldSpec spec : specs) {
            Control control;
            if (spec.check()) {
                Button box = new Button(page, SWT.CHECK);
                box.setText(spec.label());
                box.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
                box.addListener(SWT.Selection, e -> changed());
                control = box;
            } else {
                new Label(page, SWT.NONE).setText(spec.label() + ":");
                if (spec.choices() != null) {
                    Combo combo = new Combo(page, SWT.DROP_DOWN);
                    combo.setItems(spec.choices());
                    combo.addListener(SWT.Modify, e -> changed());
                    control = combo;
                } else {
                    Text text = new Text(page, SWT.BORDER);
                    text.addListener(SWT.Modify, e -> changed());
                    control = text;
                }
                control.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            }
            control.setToolTipText(spec.tooltip());
            control.setData("attribute", spec.attribute());
            controls.add(control);
        }
        extend(page);
        setControl(page);
    }

    /** More controls below the fields (browse buttons, previews). */
    protected void extend(Composite page) {
    }

    protected void changed() {
        setDirty(true);
        updateLaunchConfigurationDialog();
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public void setDefaults(ILaunchConfigurationWorkingCopy configuration) {
        // Empty fields: the network's own training settings apply.
    }

    @Override
    public void initializeFrom(ILaunchConfiguration configuration) {
        try {
            Map<String, Object> attributes = configuration.getAttributes();
            Map<String, String> defaults = networkDefaults(attributes);
            for (int i = 0; i < specs.size(); i++) {
                Object value = attributes.get(specs.get(i).attribute());
                Control control = controls.get(i);
                if (control instanceof Button box) {
                    box.setSelection(Boolean.TRUE.equals(value));
                } else if (control instanceof Combo combo) {
                    combo.setText(value == null ? "" : value.toString());
                } else if (control instanceof Text text) {
                    text.setText(value == null ? "" : value.toString());
                }
                String fallback = defaults.get(specs.get(i).attribute());
                if (control instanceof Text text) {
                    // What an empty field means, shown in it.
                    text.setMessage(fallback == null ? "" : fallback + " (the network's)");
                } else if (control instanceof Combo) {
                    control.setToolTipText(specs.get(i).tooltip() + (fallback == null ? "" : "; empty: " + fallback + " (the network's)"));
                }
            }
        } catch (CoreException e) {
            setErrorMessage(e.getMessage());
        }
    }

    @Override
    public void performApply(ILaunchConfigurationWorkingCopy configuration) {
        for (int i = 0; i < specs.size(); i++) {
            String attribute = specs.get(i).attribute();
            Control control = controls.get(i);
            if (control instanceof Button box) {
                configuration.setAttribute(attribute, box.getSelection());
            } else {
                String value = control instanceof Combo combo ? combo.getText().strip() : ((Text) control).getText().strip();
                configuration.setAttribute(attribute, value.isEmpty() ? null : value);
            }
        }
    }

    /** The field control bound to an attribute (tests type into it). */
    public Control control(String attribute) {
        for (int i = 0; i < specs.size(); i++) {
            if (specs.get(i).attribute().equals(attribute)) {
                return controls.get(i);
            }
        }
        return null;
    }

    @Override
    public boolean isValid(ILaunchConfiguration configuration) {
        setErrorMessage(null);
        String problem = problem(configuration);
        setErrorMessage(problem);
        return problem == null;
    }

    /** The network's own training settings by attribute: what an empty field stands for. */
    static Map<String, String> networkDefaults(Map<String, Object> attributes) {
        Map<String, String> defaults = new java.util.HashMap<>();
        String path = TrainingArguments.text(attributes, TrainingAttributes.NETWORK);
        IResource resource = path == null ? null : ResourcesPlugin.getWorkspace().getRoot().findMember(path);
        if (!(resource instanceof IFile file)) {
            return defaults;
        }
        LoadResult loaded = DnetIO.load(file.getLocation().toFile().toPath());
        if (!loaded.ok()) {
            return defaults;
        }
        var config = dev.dendrite.train.config.TrainingConfig.from(loaded.network().get());
        if (config.dataset() != null) {
            defaults.put(TrainingAttributes.DATA, config.dataset());
        }
        defaults.put(TrainingAttributes.EPOCHS, Integer.toString(config.epochs()));
        defaults.put(TrainingAttributes.BATCH, Integer.toString(config.batchSize()));
        defaults.put(TrainingAttributes.OPTIMIZER, config.optimizer().getLiteral());
        defaults.put(TrainingAttributes.LEARNING_RATE, Double.toString(config.learningRate()));
        defaults.put(TrainingAttributes.MOMENTUM, Double.toString(config.momentum()));
        defaults.put(TrainingAttributes.WEIGHT_DECAY, Double.toString(config.weightDecay()));
        defaults.put(TrainingAttributes.CLIP, Double.toString(config.clipNorm()));
        defaults.put(TrainingAttributes.SCHEDULE, config.schedule());
        defaults.put(TrainingAttributes.WARMUP, Integer.toString(config.warmupSteps()));
        defaults.put(TrainingAttributes.PATIENCE, Integer.toString(config.patience()));
        defaults.put(TrainingAttributes.VALIDATION, Double.toString(config.validationFraction()));
        defaults.put(TrainingAttributes.SEED, Long.toString(config.seed()));
        defaults.put(TrainingAttributes.DEVICE, config.device().id());
        defaults.put(TrainingAttributes.THREADS, "0");
        return defaults;
    }

    /** The configuration's first problem, in the command line's words, or null. */
    static String problem(ILaunchConfiguration configuration) {
        try {
            Map<String, Object> attributes = configuration.getAttributes();
            String path = TrainingArguments.text(attributes, TrainingAttributes.NETWORK);
            if (path == null) {
                return "Choose the network (.dnet file) to train";
            }
            IResource resource = ResourcesPlugin.getWorkspace().getRoot().findMember(path);
            if (!(resource instanceof IFile file) || !"dnet".equals(file.getFileExtension())) {
                return path + " is not a .dnet file in the workspace";
            }
            LoadResult loaded = DnetIO.load(file.getLocation().toFile().toPath());
            if (!loaded.ok()) {
                return loaded.firstProblem();
            }
            return TrainingArguments.problem(attributes, loaded.network().get()).orElse(null);
        } catch (CoreException e) {
            return e.getMessage();
        }
    }
}
