package dev.dendrite.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;

/** Posts real mouse and keyboard events through the display (XTest under Xvfb), as a user's hand would. */
final class RealEvents {

    private RealEvents() {
    }

    /** Where the last move put the pointer, in display coordinates: button events carry it too (SWT on GTK needs them). */
    private static Point pointer = new Point(0, 0);

    static void move(Control control, int x, int y) {
        Point p = control.toDisplay(x, y);
        pointer = p;
        Event e = new Event();
        e.type = SWT.MouseMove;
        e.x = p.x;
        e.y = p.y;
        post(control.getDisplay(), e);
    }

    static void button(Control control, int type) {
        Event e = new Event();
        e.type = type;
        e.button = 1;
        e.x = pointer.x;
        e.y = pointer.y;
        post(control.getDisplay(), e);
    }

    static void click(Control control, int x, int y) {
        move(control, x, y);
        button(control, SWT.MouseDown);
        button(control, SWT.MouseUp);
    }

    /** Presses at one point, moves in steps, releases at the other. */
    static void drag(Control control, int x1, int y1, int x2, int y2, int steps) {
        move(control, x1, y1);
        button(control, SWT.MouseDown);
        for (int i = 1; i <= steps; i++) {
            move(control, x1 + (x2 - x1) * i / steps, y1 + (y2 - y1) * i / steps);
        }
        button(control, SWT.MouseUp);
    }

    /** Ctrl (or the platform's command key) with a character. */
    static void modified(Display display, char character) {
        key(display, SWT.KeyDown, SWT.MOD1, (char) 0);
        key(display, SWT.KeyDown, 0, character);
        key(display, SWT.KeyUp, 0, character);
        key(display, SWT.KeyUp, SWT.MOD1, (char) 0);
    }

    static void press(Display display, int keyCode) {
        key(display, SWT.KeyDown, keyCode, (char) 0);
        key(display, SWT.KeyUp, keyCode, (char) 0);
    }

    private static void key(Display display, int type, int keyCode, char character) {
        Event e = new Event();
        e.type = type;
        e.keyCode = keyCode;
        e.character = character;
        post(display, e);
    }

    private static void post(Display display, Event e) {
        if (!display.post(e)) {
            throw new IllegalStateException("the display refused a posted event of type " + e.type);
        }
        pump(display, 15);
    }

    /** Dispatches events for a while, so that posted ones arrive and are handled. */
    static void pump(Display display, long millis) {
        long end = System.currentTimeMillis() + millis;
        do {
            while (display.readAndDispatch()) {
                // handle everything queued
            }
            try {
                Thread.sleep(3);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        } while (System.currentTimeMillis() < end);
        while (display.readAndDispatch()) {
            // and what arrived meanwhile
        }
    }
}
