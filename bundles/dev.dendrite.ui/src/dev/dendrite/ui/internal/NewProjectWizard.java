package dev.dendrite.ui.internal;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;

import dev.dendrite.model.templates.Template;
import dev.dendrite.model.templates.TemplateLibrary;

/**
 * File > New > Dendrite Project: a project holding the chosen example networks, one folder per
 * topic, each with its training settings (dataset, epochs, optimizer) ready for
 * {@code dendrite train}.
 */
public final class NewProjectWizard extends Wizard implements INewWizard {

    private Page page;
    private IProject created;

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        setWindowTitle("New Dendrite Project");
        setNeedsProgressMonitor(true);
    }

    @Override
    public void addPages() {
        page = new Page();
        addPage(page);
    }

    /** Names the project and chooses templates by id (null: all), as a user would on the page. */
    public void configure(String name, List<String> templateIds) {
        page.setInitialProjectName(name);
        if (page.getControl() != null) {
            // The name field exists already: the initial name no longer reaches it.
            firstText((Composite) page.getControl()).setText(name);
        }
        if (page.templates != null) {
            page.templates.setAllChecked(templateIds == null);
            if (templateIds != null) {
                for (Template t : TemplateLibrary.all()) {
                    page.templates.setChecked(t, templateIds.contains(t.id()));
                }
            }
        }
    }

    private static org.eclipse.swt.widgets.Text firstText(Composite parent) {
        for (var child : parent.getChildren()) {
            if (child instanceof org.eclipse.swt.widgets.Text text) {
                return text;
            }
            if (child instanceof Composite composite) {
                var found = firstText(composite);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    public IProject created() {
        return created;
    }

    @Override
    public boolean performFinish() {
        IProject project = page.getProjectHandle();
        List<Template> chosen = new ArrayList<>();
        for (Object o : page.templates.getCheckedElements()) {
            chosen.add((Template) o);
        }
        try {
            getContainer().run(true, true, monitor -> {
                SubMonitor progress = SubMonitor.convert(monitor, "Creating " + project.getName(), 3);
                try {
                    if (!project.exists()) {
                        project.create(progress.split(1));
                    }
                    project.open(progress.split(1));
                    ExamplesProject.populate(project, chosen, progress.split(1));
                    ExamplesProject.writeDataGuide(project, chosen);
                } catch (CoreException e) {
                    throw new InvocationTargetException(e);
                }
            });
        } catch (InvocationTargetException e) {
            page.setErrorMessage("Could not create " + project.getName() + ": " + e.getCause().getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        created = project;
        return true;
    }

    private static final class Page extends WizardNewProjectCreationPage {
        CheckboxTableViewer templates;

        Page() {
            super("dendrite-project");
            setTitle("Dendrite Project");
            setDescription("A project with example networks to train, change and study.");
        }

        @Override
        public void createControl(Composite parent) {
            super.createControl(parent);
            Composite body = (Composite) getControl();
            new Label(body, SWT.NONE).setText("Example networks (each with its dataset and training settings):");
            templates = CheckboxTableViewer.newCheckList(body, SWT.BORDER | SWT.V_SCROLL);
            templates.setContentProvider(ArrayContentProvider.getInstance());
            templates.setLabelProvider(new LabelProvider() {
                @Override
                public String getText(Object element) {
                    Template t = (Template) element;
                    return t.topic() + " / " + t.id() + " — " + t.summary();
                }
            });
            templates.setInput(TemplateLibrary.all());
            templates.setAllChecked(true);
            GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
            data.heightHint = 200;
            templates.getTable().setLayoutData(data);
        }
    }
}
