package dev.dendrite.model.io;

import java.util.Optional;

import org.eclipse.emf.common.util.Diagnostic;

import dev.dendrite.model.network.Network;

/**
 * A loaded {@code .dnet} file: the network when one could be read, and every problem met while
 * reading (errors for what had to be dropped, so that saving it would lose nothing silently).
 */
public record LoadResult(Optional<Network> network, Diagnostic diagnostic) {

    public boolean ok() {
        return network.isPresent() && diagnostic.getSeverity() < Diagnostic.ERROR;
    }

    /** The network, or an exception whose message is the first problem. */
    public Network require() throws DnetFormatException {
        if (!ok()) {
            throw new DnetFormatException(firstProblem());
        }
        return network.get();
    }

    public String firstProblem() {
        for (Diagnostic child : diagnostic.getChildren()) {
            if (child.getSeverity() >= Diagnostic.ERROR) {
                return child.getMessage();
            }
        }
        return diagnostic.getMessage();
    }
}
