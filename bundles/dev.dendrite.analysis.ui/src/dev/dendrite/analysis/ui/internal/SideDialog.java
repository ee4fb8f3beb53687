package dev.dendrite.analysis.ui.internal;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/** A non-modal, resizable dialog beside a view, with its title, its first size and one Close button. */
abstract class SideDialog extends Dialog {

    private final String title;
    private final Point size;
    private final boolean closeOnEnter;

    /** @param closeOnEnter whether Close is the default button (not where Enter belongs to a field) */
    SideDialog(Shell parent, String title, Point size, boolean closeOnEnter) {
        super(parent);
        this.title = title;
        this.size = size;
        this.closeOnEnter = closeOnEnter;
        setShellStyle(SWT.DIALOG_TRIM | SWT.RESIZE | SWT.MODELESS);
        setBlockOnOpen(false);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    protected Point getInitialSize() {
        return size;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, closeOnEnter);
    }

    @Override
    protected void buttonPressed(int id) {
        close();
    }

    /**
     * Runs {@code work} in a trainer JVM as a job named {@code job}, {@code start} disabled and {@code status} saying
     * {@code progress} meanwhile: its result goes to {@code shown}, a failure (or {@code cancelled}) to the status line.
     */
    static <T> void inTrainer(Button start, Label status, String progress, String job, String cancelled, TrainerJob.Work<T> work,
            java.util.function.Consumer<T> shown) {
        start.setEnabled(false);
        status.setText(progress);
        TrainerJob.schedule(job, true, status, cancelled, work, (done, failure) -> {
            start.setEnabled(true);
            if (done == null) {
                status.setText(failure);
                status.getParent().layout(true);
                return;
            }
            shown.accept(done);
        });
    }
}
