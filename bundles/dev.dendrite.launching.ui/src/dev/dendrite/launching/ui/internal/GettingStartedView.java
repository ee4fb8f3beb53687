package dev.dendrite.launching.ui.internal;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ViewPart;

/** Three steps for a first session: open an example network, train it, watch it train. */
public final class GettingStartedView extends ViewPart {

    public static final String ID = "dev.dendrite.launching.ui.gettingStarted";
    static final String EXAMPLES = "Dendrite Examples";
    static final String EXAMPLE = "mlp/mlp-classifier.dnet";

    private Composite page;

    @Override
    public void createPartControl(Composite parent) {
        page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(2, false));
        Label title = new Label(page, SWT.NONE);
        title.setText("Getting started with Dendrite");
        title.setFont(JFaceResources.getHeaderFont());
        title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        step("1. Open an example", "Open", "A small classifier of the two-moons data set from the Dendrite Examples project: "
                + "layers, connections and the shape on every edge.", this::openExample);
        step("2. Train it", "Train", "Run As > Dendrite Training: the trainer runs in its own process; its output goes to the Console "
                + "and its run directory to the project's runs folder.", this::train);
        step("3. Watch it", "Show", "The Training Monitor follows the loss, accuracy and throughput live; the Runs view lists every run "
                + "with its state, resumes stopped ones and compares them.", this::watch);
        Label more = new Label(page, SWT.WRAP);
        more.setText("Every example in Dendrite Examples opens and trains the same way (the MNIST ones fetch their data once). "
                + "File > New > Dendrite Network starts your own. To choose a learning rate, Run > Run Configurations..., "
                + "the Optimisation tab: Find learning rate... trains briefly and suggests one. Once a run has finished, "
                + "Show Evaluation in the Runs view draws its confusion matrix and the samples it got wrong; there, Predict... "
                + "runs it on pictures of your own and Generate... lets a next-step model write on from a prime.");
        more.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
    }

    private void step(String heading, String action, String text, Runnable run) {
        Button button = new Button(page, SWT.PUSH);
        button.setText(action);
        button.setToolTipText(heading);
        button.addListener(SWT.Selection, e -> run.run());
        button.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
        Label label = new Label(page, SWT.WRAP);
        label.setText(heading + ": " + text);
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.widthHint = 420;
        label.setLayoutData(data);
    }

    private IFile example() {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(EXAMPLES);
        IFile file = project.getFile(EXAMPLE);
        if (!file.exists()) {
            MessageDialog.openInformation(page.getShell(), "Getting started", "The Dendrite Examples project has no " + EXAMPLE
                    + ": create it with File > New > Dendrite Project.");
            return null;
        }
        return file;
    }

    private void openExample() {
        IFile file = example();
        if (file != null) {
            try {
                IDE.openEditor(getSite().getPage(), file, true);
            } catch (PartInitException e) {
                MessageDialog.openError(page.getShell(), "Getting started", e.getMessage());
            }
        }
    }

    /**
     * Launches the example and brings the Training Monitor to the front. The launch watcher only
     * makes it visible, which leaves it behind this view when both share the bottom panel: the
     * first training would run unseen.
     */
    private void train() {
        IFile file = example();
        if (file != null) {
            TrainingShortcut.launch(file, "run");
            try {
                getSite().getPage().showView(TrainingMonitorView.ID, null, IWorkbenchPage.VIEW_ACTIVATE);
            } catch (PartInitException e) {
                MessageDialog.openError(page.getShell(), "Getting started", e.getMessage());
            }
        }
    }

    private void watch() {
        try {
            getSite().getPage().showView(RunsView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
            getSite().getPage().showView(TrainingMonitorView.ID);
        } catch (PartInitException e) {
            MessageDialog.openError(page.getShell(), "Getting started", e.getMessage());
        }
    }

    @Override
    public void setFocus() {
        page.setFocus();
    }
}
