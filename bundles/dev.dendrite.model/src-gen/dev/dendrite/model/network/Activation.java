/**
 */
package dev.dendrite.model.network;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Activation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An element-wise (or, for softmax, per-row) non-linearity.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.dendrite.model.network.Activation#getFunction <em>Function</em>}</li>
 *   <li>{@link dev.dendrite.model.network.Activation#getAlpha <em>Alpha</em>}</li>
 *   <li>{@link dev.dendrite.model.network.Activation#getAxis <em>Axis</em>}</li>
 * </ul>
 *
 * @see dev.dendrite.model.network.NetworkPackage#getActivation()
 * @model
 * @generated
 */
public interface Activation extends Layer {
	/**
	 * Returns the value of the '<em><b>Function</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.dendrite.model.network.ActivationFunction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Function</em>' attribute.
	 * @see dev.dendrite.model.network.ActivationFunction
	 * @see #setFunction(ActivationFunction)
	 * @see dev.dendrite.model.network.NetworkPackage#getActivation_Function()
	 * @model
	 * @generated
	 */
	ActivationFunction getFunction();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.Activation#getFunction <em>Function</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Function</em>' attribute.
	 * @see dev.dendrite.model.network.ActivationFunction
	 * @see #getFunction()
	 * @generated
	 */
	void setFunction(ActivationFunction value);

	/**
	 * Returns the value of the '<em><b>Alpha</b></em>' attribute.
	 * The default value is <code>"0.01"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Alpha</em>' attribute.
	 * @see #setAlpha(double)
	 * @see dev.dendrite.model.network.NetworkPackage#getActivation_Alpha()
	 * @model default="0.01"
	 * @generated
	 */
	double getAlpha();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.Activation#getAlpha <em>Alpha</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Alpha</em>' attribute.
	 * @see #getAlpha()
	 * @generated
	 */
	void setAlpha(double value);

	/**
	 * Returns the value of the '<em><b>Axis</b></em>' attribute.
	 * The default value is <code>"-1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Axis</em>' attribute.
	 * @see #setAxis(int)
	 * @see dev.dendrite.model.network.NetworkPackage#getActivation_Axis()
	 * @model default="-1"
	 * @generated
	 */
	int getAxis();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.Activation#getAxis <em>Axis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Axis</em>' attribute.
	 * @see #getAxis()
	 * @generated
	 */
	void setAxis(int value);

} // Activation
