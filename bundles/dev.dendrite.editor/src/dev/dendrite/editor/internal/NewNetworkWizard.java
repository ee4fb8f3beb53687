package dev.dendrite.editor.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;

import dev.dendrite.layout.NetworkLayout;
import dev.dendrite.model.io.DnetIO;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.templates.Template;
import dev.dendrite.model.templates.TemplateLibrary;

/** File > New > Dendrite Network: a {@code .dnet} file from one of the templates, laid out, opened in the editor. */
public final class NewNetworkWizard extends Wizard implements INewWizard {

    private IWorkbench workbench;
    private IStructuredSelection selection;
    private FilePage page;

    @Override
    public void init(IWorkbench bench, IStructuredSelection sel) {
        this.workbench = bench;
        this.selection = sel;
        setWindowTitle("New Dendrite Network");
        setNeedsProgressMonitor(false);
    }

    @Override
    public void addPages() {
        page = new FilePage(selection);
        addPage(page);
    }

    /** Fills the page as a user would: folder, file name and template. */
    public void configure(org.eclipse.core.runtime.IPath folder, String fileName, String templateId) {
        page.setContainerFullPath(folder);
        page.setFileName(fileName);
        TemplateLibrary.find(templateId).ifPresent(t -> page.templates.setSelection(new org.eclipse.jface.viewers.StructuredSelection(t)));
    }

    @Override
    public boolean performFinish() {
        IFile file = page.createNewFile();
        if (file == null) {
            return false;
        }
        try {
            IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), file, NetworkEditor.ID);
        } catch (PartInitException e) {
            page.setErrorMessage("Created " + file.getFullPath() + " but could not open it: " + e.getMessage());
        }
        return true;
    }

    /** The container and file name, with the template list below. */
    private static final class FilePage extends WizardNewFileCreationPage {
        private TableViewer templates;

        FilePage(IStructuredSelection selection) {
            super("network", selection);
            setTitle("Dendrite Network");
            setDescription("Create a network from a template; edit it in the diagram.");
            setFileExtension("dnet");
            setFileName("network.dnet");
        }

        @Override
        protected void createAdvancedControls(Composite parent) {
            new org.eclipse.swt.widgets.Label(parent, SWT.NONE).setText("Template:");
            templates = new TableViewer(parent, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL);
            templates.setContentProvider(ArrayContentProvider.getInstance());
            templates.setLabelProvider(new LabelProvider() {
                @Override
                public String getText(Object element) {
                    Template t = (Template) element;
                    return t.id() + " — " + t.summary();
                }
            });
            templates.setInput(TemplateLibrary.all());
            templates.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
            ((GridData) templates.getTable().getLayoutData()).heightHint = 220;
            templates.getTable().select(0);
        }

        /** The templates replace the "Advanced" linked-file controls, so there is no link to check or create. */
        @Override
        protected org.eclipse.core.runtime.IStatus validateLinkedResource() {
            return org.eclipse.core.runtime.Status.OK_STATUS;
        }

        @Override
        protected void createLinkTarget() {
            // no linked files: see validateLinkedResource
        }

        @Override
        protected InputStream getInitialContents() {
            Template template = (Template) templates.getStructuredSelection().getFirstElement();
            Network network = (template != null ? template : TemplateLibrary.all().get(0)).create();
            NetworkLayout.applyAll(network);
            try {
                return new ByteArrayInputStream(DnetIO.toText(network).getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                setErrorMessage("Could not write the template: " + e.getMessage());
                return null;
            }
        }
    }
}
