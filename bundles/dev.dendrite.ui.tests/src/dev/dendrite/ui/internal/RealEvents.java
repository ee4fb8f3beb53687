package dev.dendrite.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;

/**
 * Real input through the X server, as a user's hand gives it: mouse events posted through SWT's
 * display, and drag-and-drop and keys through xdotool (SWT's posted keys stop arriving after a
 * drag-and-drop under a window-manager-less Xvfb).
 */
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

    /** Ctrl with a character, typed through the X server. */
    static void modified(Display display, char character) {
        xdotool(display, "key", "ctrl+" + character);
        pump(display, 30);
    }

    /** Text typed through the X server into the focused control. */
    static void type(Display display, String text) {
        xdotool(display, "type", "--delay", "20", "--", text);
        pump(display, 50);
    }

    /** A key (Delete, Enter, ...) typed through the X server. */
    static void press(Display display, int keyCode) {
        String name = switch (keyCode) {
            case SWT.DEL -> "Delete";
            case SWT.CR -> "Return";
            case SWT.ESC -> "Escape";
            default -> throw new IllegalArgumentException("no X key name for SWT key code " + keyCode);
        };
        xdotool(display, "key", name);
        pump(display, 30);
    }

    private static void post(Display display, Event e) {
        if (!display.post(e)) {
            throw new IllegalStateException("the display refused a posted event of type " + e.type);
        }
        pump(display, 15);
    }

    /**
     * A real drag-and-drop through the X server with xdotool (which .ci/run installs): GTK's
     * drag-and-drop does not react to events posted through SWT, but it does to these. The event
     * loop runs while xdotool works, as it would while a hand moves the mouse.
     */
    static void dragAndDrop(Control from, int fromX, int fromY, Control to, int toX, int toY) {
        Display display = from.getDisplay();
        Point a = from.toDisplay(fromX, fromY);
        Point b = to.toDisplay(toX, toY);
        // One xdotool process for the whole gesture: SWT detects a drag in a nested loop after the
        // press, so the moves must keep coming while the UI thread is inside it.
        java.util.List<Object> gesture = new java.util.ArrayList<>(java.util.List.of("mousemove", a.x, a.y, "sleep", 0.05, "mousedown", 1));
        int steps = 15;
        for (int i = 1; i <= steps; i++) {
            gesture.addAll(java.util.List.of("sleep", 0.04, "mousemove", a.x + (b.x - a.x) * i / steps, a.y + (b.y - a.y) * i / steps));
        }
        gesture.addAll(java.util.List.of("sleep", 0.3, "mouseup", 1));
        xdotool(display, gesture.toArray());
        pump(display, 300);
        // Without a window manager, the drag leaves the X input focus elsewhere: give it back, as a
        // window manager would when the user clicks the window.
        to.getShell().forceActive();
        to.forceFocus();
        pump(display, 50);
    }

    private static void xdotool(Display display, Object... args) {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of("xdotool"));
        for (Object arg : args) {
            command.add(String.valueOf(arg));
        }
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            while (process.isAlive()) {
                pump(display, 5);
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: "
                        + new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException("xdotool is needed for real drag-and-drop (apt-get install xdotool): " + e.getMessage(), e);
        }
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
