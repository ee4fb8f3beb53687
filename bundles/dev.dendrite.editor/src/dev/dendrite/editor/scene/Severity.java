package dev.dendrite.editor.scene;

/** The worst problem on a node or edge, as the badge shows it. */
public enum Severity {
    NONE, WARNING, ERROR
}
