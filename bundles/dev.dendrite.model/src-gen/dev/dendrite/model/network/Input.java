/**
 */
package dev.dendrite.model.network;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Input</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A tensor input: per-sample dims after the symbolic batch dim N (and T when sequential).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.dendrite.model.network.Input#getDims <em>Dims</em>}</li>
 *   <li>{@link dev.dendrite.model.network.Input#isSequence <em>Sequence</em>}</li>
 *   <li>{@link dev.dendrite.model.network.Input#getDataType <em>Data Type</em>}</li>
 *   <li>{@link dev.dendrite.model.network.Input#getRole <em>Role</em>}</li>
 * </ul>
 *
 * @see dev.dendrite.model.network.NetworkPackage#getInput()
 * @model
 * @generated
 */
public interface Input extends Layer {
	/**
	 * Returns the value of the '<em><b>Dims</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Integer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dims</em>' attribute list.
	 * @see dev.dendrite.model.network.NetworkPackage#getInput_Dims()
	 * @model unique="false"
	 * @generated
	 */
	EList<Integer> getDims();

	/**
	 * Returns the value of the '<em><b>Sequence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sequence</em>' attribute.
	 * @see #setSequence(boolean)
	 * @see dev.dendrite.model.network.NetworkPackage#getInput_Sequence()
	 * @model
	 * @generated
	 */
	boolean isSequence();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.Input#isSequence <em>Sequence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sequence</em>' attribute.
	 * @see #isSequence()
	 * @generated
	 */
	void setSequence(boolean value);

	/**
	 * Returns the value of the '<em><b>Data Type</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.dendrite.model.network.DataType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Data Type</em>' attribute.
	 * @see dev.dendrite.model.network.DataType
	 * @see #setDataType(DataType)
	 * @see dev.dendrite.model.network.NetworkPackage#getInput_DataType()
	 * @model
	 * @generated
	 */
	DataType getDataType();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.Input#getDataType <em>Data Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Data Type</em>' attribute.
	 * @see dev.dendrite.model.network.DataType
	 * @see #getDataType()
	 * @generated
	 */
	void setDataType(DataType value);

	/**
	 * Returns the value of the '<em><b>Role</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.dendrite.model.network.InputRole}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Role</em>' attribute.
	 * @see dev.dendrite.model.network.InputRole
	 * @see #setRole(InputRole)
	 * @see dev.dendrite.model.network.NetworkPackage#getInput_Role()
	 * @model
	 * @generated
	 */
	InputRole getRole();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.Input#getRole <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' attribute.
	 * @see dev.dendrite.model.network.InputRole
	 * @see #getRole()
	 * @generated
	 */
	void setRole(InputRole value);

} // Input
