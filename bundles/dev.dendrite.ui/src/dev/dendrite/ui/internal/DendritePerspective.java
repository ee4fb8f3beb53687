package dev.dendrite.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The Dendrite perspective: projects left, editors centre, outline right, properties, problems and runtime below. */
public final class DendritePerspective implements IPerspectiveFactory {

    public static final String ID = "dev.dendrite.ui.perspective";

    private static final String NEW_NETWORK_WIZARD = "dev.dendrite.editor.newNetwork";
    private static final String PROJECT_EXPLORER = "org.eclipse.ui.navigator.ProjectExplorer";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.22f, editors);
        left.addView(PROJECT_EXPLORER);
        IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.55f, editors);
        bottom.addView(IPageLayout.ID_PROP_SHEET);
        bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
        bottom.addView(RuntimePart.ID);
        bottom.addPlaceholder("org.eclipse.ui.console.ConsoleView");
        IFolderLayout right = layout.createFolder("right", IPageLayout.RIGHT, 0.75f, editors);
        right.addView(IPageLayout.ID_OUTLINE);
        layout.addShowViewShortcut(RuntimePart.ID);
        layout.addShowViewShortcut(PROJECT_EXPLORER);
        layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
        layout.addPerspectiveShortcut(ID);
        layout.addNewWizardShortcut("dev.dendrite.ui.newProject");
        layout.addNewWizardShortcut(NEW_NETWORK_WIZARD);
        layout.addNewWizardShortcut("dev.dendrite.launching.ui.newSweep");
    }
}
