package dev.dendrite.train.graph;

import dev.dendrite.onnx.export.ExportException;

/**
 * One step of building the training graphs (ELK's processor idea): reads what earlier steps put
 * into the {@link TrainStepContext} and adds its own part. Each step's Javadoc says what it
 * expects and what it guarantees.
 */
public interface TrainStepStep {

    /** A stable name, by which a pipeline replaces or inserts steps. */
    String name();

    /** @throws ExportException with one line naming the layer or setting when the network cannot be trained this way */
    void apply(TrainStepContext ctx) throws ExportException;
}
