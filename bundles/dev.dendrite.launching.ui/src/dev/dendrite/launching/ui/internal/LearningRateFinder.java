package dev.dendrite.launching.ui.internal;

import java.lang.reflect.InvocationTargetException;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.ui.ILaunchConfigurationDialog;
import org.eclipse.debug.ui.ILaunchConfigurationTab;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import dev.dendrite.launching.TrainingAttributes;
import dev.dendrite.launching.internal.LearningRateSweep;
import dev.dendrite.train.run.LearningRateRange;

/**
 * The Optimisation tab's "Find learning rate..." button: runs the range test ({@code dendrite lr-find}) with the
 * dialog's current settings in a trainer JVM, the dialog's progress bar and Cancel button following it, then shows the
 * curve and puts the chosen rate into the Learning rate field.
 */
final class LearningRateFinder {

    static final String BUTTON = "Find learning rate...";

    private LearningRateFinder() {
    }

    static void attach(Composite page, Supplier<ILaunchConfigurationDialog> dialog, Text rateField) {
        Button find = new Button(page, SWT.PUSH);
        find.setText(BUTTON);
        find.setToolTipText("Trains briefly while the rate grows from " + LearningRateRange.rate(LearningRateRange.DEFAULT_FROM) + " to "
                + LearningRateRange.rate(LearningRateRange.DEFAULT_TO) + " and suggests a rate for these settings (optimizer, batch, "
                + "momentum, data); nothing is written");
        Label hint = new Label(page, SWT.WRAP);
        hint.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        hint.setText("A range test with these settings: a few seconds to a minute");
        find.addListener(SWT.Selection, e -> find(dialog.get(), rateField));
        // Right under the Learning rate field: the grid's row after it starts with the next field's label.
        java.util.List<org.eclipse.swt.widgets.Control> children = java.util.List.of(page.getChildren());
        int next = children.indexOf(rateField) + 1;
        if (next > 0 && next < children.size() && children.get(next) != find) {
            find.moveAbove(children.get(next));
            hint.moveAbove(children.get(next));
        }
    }

    private static void find(ILaunchConfigurationDialog dialog, Text rateField) {
        Map<String, Object> attributes;
        try {
            ILaunchConfigurationWorkingCopy settings = DebugPlugin.getDefault().getLaunchManager()
                    .getLaunchConfigurationType(TrainingAttributes.TYPE_ID).newInstance(null, "learning-rate range test");
            for (ILaunchConfigurationTab tab : dialog.getTabs()) {
                tab.performApply(settings);
            }
            attributes = settings.getAttributes();
        } catch (CoreException e) {
            MessageDialog.openError(rateField.getShell(), LearningRateDialog.TITLE, e.getMessage());
            return;
        }
        LearningRateSweep.Curve[] curve = new LearningRateSweep.Curve[1];
        try {
            dialog.run(true, true, monitor -> {
                try {
                    curve[0] = LearningRateSweep.run(attributes, monitor);
                } catch (CoreException e) {
                    throw new InvocationTargetException(e, e.getMessage());
                } catch (OperationCanceledException e) {
                    throw new InterruptedException("cancelled");
                }
            });
        } catch (InvocationTargetException e) {
            MessageDialog.openError(rateField.getShell(), LearningRateDialog.TITLE, "The range test failed: " + e.getCause().getMessage());
            return;
        } catch (InterruptedException e) {
            return;
        }
        if (curve[0] != null && !rateField.isDisposed()
                && new LearningRateDialog(rateField.getShell(), curve[0]).open() == Window.OK) {
            rateField.setText(LearningRateDialog.text(curve[0].suggestedRate()));
        }
    }
}
