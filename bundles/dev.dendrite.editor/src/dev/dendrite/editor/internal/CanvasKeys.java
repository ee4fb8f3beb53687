package dev.dendrite.editor.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;

/** The diagram's keys: Delete, Ctrl+Z/Y/A/C/V, zoom keys, F (fit), Enter (open a block), Escape, arrows (nudge). */
final class CanvasKeys {

    private CanvasKeys() {
    }

    static void handle(DiagramCanvas canvas, Event e) {
        boolean mod = (e.stateMask & SWT.MOD1) != 0;
        if (e.keyCode == SWT.DEL || e.keyCode == SWT.BS) {
            canvas.deleteSelection();
        } else if (mod && (e.keyCode == 'z' || e.keyCode == 'Z')) {
            if ((e.stateMask & SWT.SHIFT) != 0) {
                canvas.redo();
            } else {
                canvas.undo();
            }
        } else if (mod && (e.keyCode == 'y' || e.keyCode == 'Y')) {
            canvas.redo();
        } else if (mod && (e.keyCode == 'a' || e.keyCode == 'A')) {
            canvas.selectAll();
        } else if (mod && (e.keyCode == 'c' || e.keyCode == 'C')) {
            canvas.copy();
        } else if (mod && (e.keyCode == 'v' || e.keyCode == 'V')) {
            canvas.paste();
        } else if (mod && e.keyCode == '0') {
            canvas.zoomTo100();
        } else if (mod && (e.character == '+' || e.character == '=')) {
            canvas.zoomBy(1.25);
        } else if (mod && e.character == '-') {
            canvas.zoomBy(0.8);
        } else if (e.character == 'f' || e.character == 'F') {
            canvas.fit();
        } else if (e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR) {
            canvas.selection().stream().findFirst().ifPresent(canvas::toggleBlock);
        } else if (e.keyCode == SWT.ESC) {
            canvas.cancelCreation();
        } else if (e.keyCode == SWT.ARROW_LEFT || e.keyCode == SWT.ARROW_RIGHT || e.keyCode == SWT.ARROW_UP || e.keyCode == SWT.ARROW_DOWN) {
            int step = (e.stateMask & SWT.SHIFT) != 0 ? 1 : 10;
            int dx = e.keyCode == SWT.ARROW_LEFT ? -step : e.keyCode == SWT.ARROW_RIGHT ? step : 0;
            int dy = e.keyCode == SWT.ARROW_UP ? -step : e.keyCode == SWT.ARROW_DOWN ? step : 0;
            canvas.nudge(dx, dy);
        }
    }
}
