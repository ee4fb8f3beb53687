package dev.dendrite.train.run;

import java.util.List;

import ai.onnxruntime.OrtException;
import dev.dendrite.runtime.ModelSession;
import dev.dendrite.runtime.RuntimeSettings;

/** What the sliced steps ({@link ReplicatedStep}, {@link StagedStep}) share about their sessions and threads. */
final class SliceSessions {

    private SliceSessions() {
    }

    /** A profiled session's own trace name: sessions opened within one millisecond would share one. */
    static RuntimeSettings profiledAs(RuntimeSettings settings, String suffix) {
        return settings.profilePrefix() == null ? settings : settings.withProfiling(settings.profilePrefix() + suffix);
    }

    static void closeAll(List<ModelSession> sessions) {
        for (ModelSession session : sessions) {
            try {
                session.close();
            } catch (OrtException e) {
                // Closing releases native memory; a failure leaves nothing for the caller to do.
            }
        }
    }
}
