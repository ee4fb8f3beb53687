package dev.dendrite.launching.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;

/** "Train": Run As > Dendrite Training on the network of the active editor (the editor's toolbar button); a dirty editor is offered for saving first. */
public final class TrainHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IEditorPart editor = HandlerUtil.getActiveEditor(event);
        if (editor != null && new TrainingShortcut().getLaunchableResource(editor) instanceof IFile) {
            new TrainingShortcut().launch(editor, "run");
        }
        return null;
    }
}
