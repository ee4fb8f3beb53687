/**
 */
package dev.dendrite.model.network;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Block Input</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An input of the enclosing block.
 * <!-- end-model-doc -->
 *
 *
 * @see dev.dendrite.model.network.NetworkPackage#getBlockInput()
 * @model
 * @generated
 */
public interface BlockInput extends Layer {
} // BlockInput
