package dev.dendrite.train.run;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import com.google.gson.JsonObject;

/**
 * The content of {@code status.json}: the run's state and, for a stopped run, why.
 *
 * @param reason one line for failed, cancelled and non-finite runs (null otherwise)
 * @param layer the first layer (forward order) whose gradients became non-finite, or null
 * @param epoch the epoch in progress or last completed
 * @param step training steps completed
 * @param pid the trainer's process id, {@code host} its host name: how a reader tells a live run from a crashed one
 */
public record RunStatus(RunState state, String reason, String layer, int epoch, long step, long pid, String host, String started,
        String updated) {

    static RunStatus running(int epoch, long step, String started) {
        return new RunStatus(RunState.RUNNING, null, null, epoch, step, ProcessHandle.current().pid(), RunLock.hostName(), started,
                Instant.now().toString());
    }

    RunStatus with(RunState newState, String newReason, String newLayer, int newEpoch, long newStep) {
        return new RunStatus(newState, newReason, newLayer, newEpoch, newStep, pid, host, started, Instant.now().toString());
    }

    Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("state", state.id());
        json.put("reason", reason);
        json.put("layer", layer);
        json.put("epoch", epoch);
        json.put("step", step);
        json.put("pid", pid);
        json.put("host", host);
        json.put("started", started);
        json.put("updated", updated);
        return json;
    }

    static RunStatus fromJson(JsonObject json) {
        return new RunStatus(RunState.parse(RunJson.text(json, "state")), RunJson.text(json, "reason"), RunJson.text(json, "layer"),
                (int) RunJson.integer(json, "epoch", 0), RunJson.integer(json, "step", 0), RunJson.integer(json, "pid", -1),
                RunJson.text(json, "host"), RunJson.text(json, "started"), RunJson.text(json, "updated"));
    }

    /** Whether the trainer that wrote "running" is still alive (checked on this host by its process id). */
    boolean writerAlive() {
        if (host != null && !host.equals(RunLock.hostName())) {
            return true; // another machine's process cannot be checked from here: trust the file
        }
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
