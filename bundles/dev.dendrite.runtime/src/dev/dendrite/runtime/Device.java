package dev.dendrite.runtime;

import java.util.Locale;

/** Where ONNX Runtime executes a session. */
public enum Device {
    CPU, CUDA;

    /** Parses {@code cpu} or {@code cuda} (any case); anything else is a clear {@link IllegalArgumentException}. */
    public static Device parse(String text) {
        for (Device device : values()) {
            if (device.name().equalsIgnoreCase(text.trim())) {
                return device;
            }
        }
        throw new IllegalArgumentException("unknown device '" + text + "': use cpu or cuda");
    }

    /** The lower-case name used on command lines and in run configurations. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
