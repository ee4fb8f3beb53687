package dev.dendrite.model.io;

import dev.dendrite.model.network.Network;

/**
 * Upgrades a network loaded from an older format version by one version. Register migrations in
 * {@link DnetIO#MIGRATIONS}; format 1 is the first, so there are none yet.
 */
public interface DnetMigration {

    /** The format version this migration reads; it leaves the network at {@code fromVersion() + 1}. */
    int fromVersion();

    void migrate(Network network);
}
