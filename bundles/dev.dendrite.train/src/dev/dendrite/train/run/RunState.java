package dev.dendrite.train.run;

import java.util.Locale;

/** Where a run stands, as {@code status.json} records it ({@link #id()} is the stable JSON value). */
public enum RunState {
    /** A trainer holds the directory and is stepping. */
    RUNNING,
    /** Training ended normally (all epochs, or early stopping) and the trained model was written. */
    FINISHED,
    /** Stopped on request (Cancel, Terminate, Ctrl+C, SIGTERM); the last checkpoint resumes it. */
    CANCELLED,
    /** Stopped by an error; {@code reason} says which. */
    FAILED,
    /** Stopped because the loss or a gradient became NaN or infinite; {@code layer} names the first layer. */
    NON_FINITE,
    /** Never written by a trainer: the reader's verdict on a "running" directory whose trainer is gone (killed, crashed). */
    CRASHED;

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static RunState parse(String id) {
        for (RunState state : values()) {
            if (state.id().equals(id)) {
                return state;
            }
        }
        throw new IllegalArgumentException("unknown run state '" + id + "'");
    }

    /** Whether the run can continue with {@code --resume} from its last checkpoint. */
    public boolean resumable() {
        return this == CANCELLED || this == CRASHED || this == FAILED;
    }
}
