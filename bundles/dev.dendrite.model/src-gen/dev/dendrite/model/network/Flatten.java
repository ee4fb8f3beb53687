/**
 */
package dev.dendrite.model.network;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Flatten</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Keeps the batch dim and flattens the rest.
 * <!-- end-model-doc -->
 *
 *
 * @see dev.dendrite.model.network.NetworkPackage#getFlatten()
 * @model
 * @generated
 */
public interface Flatten extends Layer {
} // Flatten
