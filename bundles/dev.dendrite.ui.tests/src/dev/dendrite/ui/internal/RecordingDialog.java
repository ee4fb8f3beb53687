package dev.dendrite.ui.internal;

import org.eclipse.debug.ui.ILaunchConfigurationTab;

/** Records what tabs ask of their dialog. */
final class RecordingDialog implements org.eclipse.debug.ui.ILaunchConfigurationDialog {
    int updates;

    @Override
    public void run(boolean fork, boolean cancelable, org.eclipse.jface.operation.IRunnableWithProgress runnable) {
    }

    @Override
    public String generateName(String name) {
        return name;
    }

    @Override
    public ILaunchConfigurationTab[] getTabs() {
        return new ILaunchConfigurationTab[0];
    }

    @Override
    public ILaunchConfigurationTab getActiveTab() {
        return null;
    }

    @Override
    public String getMode() {
        return "run";
    }

    @Override
    public void setName(String name) {
    }

    @Override
    public void setActiveTab(ILaunchConfigurationTab tab) {
    }

    @Override
    public void setActiveTab(int index) {
    }

    @Override
    public void updateButtons() {
        updates++;
    }

    @Override
    public void updateMessage() {
        updates++;
    }
}
