package dev.dendrite.editor.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;

import dev.dendrite.model.network.Layer;

/** The diagram's right-click menu. */
final class CanvasMenu {

    private CanvasMenu() {
    }

    /** Right-click: the selection's actions first, then the view's; each names its key. */
    static Menu create(DiagramCanvas canvas) {
        Menu menu = new Menu(canvas);
        MenuItem openBlock = item(menu, "Open / Close Block\tEnter", () -> canvas.selection().stream().findFirst().ifPresent(canvas::toggleBlock));
        MenuItem delete = item(menu, "Delete\tDelete", canvas::deleteSelection);
        MenuItem copy = item(menu, "Copy\tCtrl+C", canvas::copy);
        item(menu, "Paste\tCtrl+V", canvas::paste);
        item(menu, "Select All\tCtrl+A", canvas::selectAll);
        new MenuItem(menu, SWT.SEPARATOR);
        item(menu, "Auto-layout", canvas::layoutNow);
        item(menu, "Fold Repeated Structures", canvas::foldRepeated);
        item(menu, "Fit\tF", canvas::fit);
        item(menu, "Actual Size\tCtrl+0", canvas::zoomTo100);
        menu.addListener(SWT.Show, e -> {
            var selection = canvas.selection();
            boolean any = !selection.isEmpty();
            delete.setEnabled(any);
            copy.setEnabled(selection.stream().anyMatch(Layer.class::isInstance));
            openBlock.setEnabled(selection.size() == 1 && selection.get(0) instanceof dev.dendrite.model.network.BlockInstance);
        });
        return menu;
    }

    private static MenuItem item(Menu menu, String text, Runnable action) {
        MenuItem item = new MenuItem(menu, SWT.PUSH);
        item.setText(text);
        item.addListener(SWT.Selection, e -> action.run());
        return item;
    }
}
