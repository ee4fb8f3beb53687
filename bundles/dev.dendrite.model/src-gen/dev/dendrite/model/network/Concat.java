/**
 */
package dev.dendrite.model.network;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Concat</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Concatenates in0..in(n-1) along an axis (1 = channels/features).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.dendrite.model.network.Concat#getInputs <em>Inputs</em>}</li>
 *   <li>{@link dev.dendrite.model.network.Concat#getAxis <em>Axis</em>}</li>
 * </ul>
 *
 * @see dev.dendrite.model.network.NetworkPackage#getConcat()
 * @model
 * @generated
 */
public interface Concat extends Layer {
	/**
	 * Returns the value of the '<em><b>Inputs</b></em>' attribute.
	 * The default value is <code>"2"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Inputs</em>' attribute.
	 * @see #setInputs(int)
	 * @see dev.dendrite.model.network.NetworkPackage#getConcat_Inputs()
	 * @model default="2"
	 * @generated
	 */
	int getInputs();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.Concat#getInputs <em>Inputs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Inputs</em>' attribute.
	 * @see #getInputs()
	 * @generated
	 */
	void setInputs(int value);

	/**
	 * Returns the value of the '<em><b>Axis</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Axis</em>' attribute.
	 * @see #setAxis(int)
	 * @see dev.dendrite.model.network.NetworkPackage#getConcat_Axis()
	 * @model default="1"
	 * @generated
	 */
	int getAxis();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.Concat#getAxis <em>Axis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Axis</em>' attribute.
	 * @see #getAxis()
	 * @generated
	 */
	void setAxis(int value);

} // Concat
