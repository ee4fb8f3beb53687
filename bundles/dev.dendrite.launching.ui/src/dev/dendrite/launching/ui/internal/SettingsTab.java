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
 * field means "the network's own setting". The tabs of a group check the whole configuration with
 * the command line's rules, so the dialog refuses to launch what {@code dendrite train} (or
 * {@code dendrite sweep}) would refuse, with the same message; each tab reports the problems of its
 * own fields, so the dialog marks the tab to fix.
 */
public class SettingsTab extends AbstractLaunchConfigurationTab {

    /** One field: a text, an editable choice, or a check box. */
    /** @param whenEmpty shown in an empty text field that has no network setting to stand for: what empty means ("" for nothing) */
    public record FieldSpec(String label, String attribute, String[] choices, boolean check, String tooltip, String whenEmpty) {

        public static FieldSpec text(String label, String attribute, String tooltip) {
            return new FieldSpec(label, attribute, null, false, tooltip, "");
        }

        /** A text field whose empty value is no network setting but {@code whenEmpty} (e.g. "none"), which it shows. */
        public static FieldSpec text(String label, String attribute, String tooltip, String whenEmpty) {
            return new FieldSpec(label, attribute, null, false, tooltip, whenEmpty);
        }

        public static FieldSpec choice(String label, String attribute, String tooltip, String... choices) {
            return new FieldSpec(label, attribute, choices, false, tooltip, "");
        }

        public static FieldSpec check(String label, String attribute, String tooltip) {
            return new FieldSpec(label, attribute, null, true, tooltip, "");
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
                String fallback = defaults.get(specs.get(i).attribute());
                networkSettings.put(control, fallback);
                if (control instanceof Button box) {
                    box.setSelection(Boolean.TRUE.equals(value));
                } else if (control instanceof Combo combo) {
                    // A combo has no hint text: its first item names the network's own setting and stands for an empty field.
                    String item = fallback == null ? null : fallback + NETWORKS;
                    List<String> items = new ArrayList<>();
                    if (item != null) {
                        items.add(item);
                    }
                    items.addAll(List.of(specs.get(i).choices()));
                    combo.setItems(items.toArray(String[]::new));
                    combo.setText(value != null ? value.toString() : item != null ? item : "");
                } else if (control instanceof Text text) {
                    text.setText(value == null ? "" : value.toString());
                    // What an empty field means, shown in it.
                    text.setMessage(fallback == null ? specs.get(i).whenEmpty() : fallback + NETWORKS);
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
                String value = valueOf(control);
                configuration.setAttribute(attribute, value.isEmpty() ? null : value);
            }
        }
    }

    /** Marks what an empty field stands for: the network's own setting. */
    static final String NETWORKS = " (the network's)";

    /** A text or combo field's value as stored: empty where the field shows the network's own setting. */
    public String value(String attribute) {
        return valueOf(control(attribute));
    }

    /** What a field stands for: its value, or the network's own setting where it is empty (empty when there is none). */
    public String effective(String attribute) {
        String value = value(attribute);
        String fallback = networkSettings.get(control(attribute));
        return value.isEmpty() && fallback != null ? fallback : value;
    }

    private final Map<Control, String> networkSettings = new java.util.HashMap<>();

    private String valueOf(Control control) {
        if (control instanceof Text text) {
            return text.getText().strip();
        }
        // A combo's first item, the network's own setting, stands for an empty field.
        String text = ((Combo) control).getText().strip();
        String fallback = networkSettings.get(control);
        return fallback != null && text.equals(fallback + NETWORKS) ? "" : text;
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
        String problem;
        String caution = null;
        try {
            Map<String, Object> attributes = configuration.getAttributes();
            problem = group.problem(attributes);
            if (problem != null && group.owner(attributes, problem) != this) {
                // Another tab's field causes it: that tab says so, and the dialog names it.
                problem = null;
            } else if (problem == null && control(TrainingAttributes.LEARNING_RATE) != null) {
                caution = caution(attributes);
            }
        } catch (CoreException e) {
            problem = e.getMessage();
        }
        setErrorMessage(problem);
        setMessage(caution);
        return problem == null;
    }

    /** A caution about valid settings that are likely not meant (TrainingArguments.caution), for the learning rate's field, or null. */
    static String caution(Map<String, Object> attributes) {
        String path = TrainingArguments.text(attributes, TrainingAttributes.NETWORK);
        IResource resource = path == null ? null : ResourcesPlugin.getWorkspace().getRoot().findMember(path);
        if (!(resource instanceof IFile file)) {
            return null;
        }
        LoadResult loaded = load(file);
        return loaded.ok() ? TrainingArguments.caution(attributes, loaded.network().get()).map(c -> "Note: " + c + " (the Learning rate field)").orElse(null)
                : null;
    }

    /** The tabs checked together and how; alone, a tab checks a training configuration. */
    private TabChecks group = new TabChecks(SettingsTab::problem, List.of(this));

    /**
     * Makes the settings tabs among {@code tabs} one group checked by {@code validator} (the
     * attributes' first problem in the command line's words, or null). Each tab reports only the
     * problems of its own fields: the first tab whose fields alone, with the first tab's (the
     * network or the sweep file), give the same problem; the first tab reports what no single tab
     * gives. The dialog shows another tab's problem with that tab's name.
     */
    public static void group(java.util.function.Function<Map<String, Object>, String> validator, Object... tabs) {
        List<SettingsTab> settings = java.util.Arrays.stream(tabs).filter(SettingsTab.class::isInstance).map(SettingsTab.class::cast).toList();
        TabChecks group = new TabChecks(validator, settings);
        settings.forEach(tab -> tab.group = group);
    }

    /** Whether one of this tab's fields is bound to {@code attribute}. */
    boolean owns(String attribute) {
        return specs.stream().anyMatch(spec -> spec.attribute().equals(attribute));
    }

    /** The last network file read, and when it was written: every tab reads it in turn (defaults, checks). */
    private static String lastRead;
    private static LoadResult lastLoaded;

    /** The network file, read again only when it has changed on disk (read only: the checks never modify it). */
    private static synchronized LoadResult load(IFile file) {
        java.nio.file.Path path = file.getLocation().toFile().toPath();
        java.io.File disk = path.toFile();
        String key = path + "@" + disk.lastModified() + "/" + disk.length();
        if (!key.equals(lastRead)) {
            lastLoaded = DnetIO.load(path);
            lastRead = key;
        }
        return lastLoaded;
    }

    /** The network's own training settings by attribute: what an empty field stands for. */
    static Map<String, String> networkDefaults(Map<String, Object> attributes) {
        Map<String, String> defaults = new java.util.HashMap<>();
        String path = TrainingArguments.text(attributes, TrainingAttributes.NETWORK);
        IResource resource = path == null ? null : ResourcesPlugin.getWorkspace().getRoot().findMember(path);
        if (!(resource instanceof IFile file)) {
            return defaults;
        }
        LoadResult loaded = load(file);
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
        defaults.put(TrainingAttributes.BETAS, config.betasText());
        if (config.discriminatorRate() > 0) {
            defaults.put(TrainingAttributes.DISCRIMINATOR_LR, Double.toString(config.discriminatorRate()));
        }
        defaults.put(TrainingAttributes.DISCRIMINATOR_STEPS, Integer.toString(config.discriminatorSteps()));
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

    /** A training configuration's first problem, in the command line's words, or null. */
    public static String problem(Map<String, Object> attributes) {
        String path = TrainingArguments.text(attributes, TrainingAttributes.NETWORK);
        if (path == null) {
            return "Choose the network (.dnet file) to train";
        }
        IResource resource = ResourcesPlugin.getWorkspace().getRoot().findMember(path);
        if (!(resource instanceof IFile file) || !"dnet".equals(file.getFileExtension())) {
            return path + " is not a .dnet file in the workspace";
        }
        LoadResult loaded = load(file);
        if (!loaded.ok()) {
            return loaded.firstProblem();
        }
        return TrainingArguments.problem(attributes, loaded.network().get()).orElse(null);
    }
}
