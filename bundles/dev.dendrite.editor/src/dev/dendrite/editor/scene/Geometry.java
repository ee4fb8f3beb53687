package dev.dendrite.editor.scene;

/**
 * A scene's count of changes to where its figures are: an edge's route depends on every node (it
 * runs around those in its way) and on the edges before it (lanes), so routes are kept until the
 * count moves rather than computed again for every paint, hit test and drag step.
 */
final class Geometry {

    private long version;

    void changed() {
        version++;
    }

    long version() {
        return version;
    }
}
