/**
 */
package dev.dendrite.model.network;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Block Output</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An output of the enclosing block.
 * <!-- end-model-doc -->
 *
 *
 * @see dev.dendrite.model.network.NetworkPackage#getBlockOutput()
 * @model
 * @generated
 */
public interface BlockOutput extends Layer {
} // BlockOutput
