/**
 */
package dev.dendrite.model.network;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Reshape</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Per-sample target shape; one dim may be -1.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.dendrite.model.network.Reshape#getDims <em>Dims</em>}</li>
 * </ul>
 *
 * @see dev.dendrite.model.network.NetworkPackage#getReshape()
 * @model
 * @generated
 */
public interface Reshape extends Layer {
	/**
	 * Returns the value of the '<em><b>Dims</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Integer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dims</em>' attribute list.
	 * @see dev.dendrite.model.network.NetworkPackage#getReshape_Dims()
	 * @model unique="false"
	 * @generated
	 */
	EList<Integer> getDims();

} // Reshape
