/**
 */
package dev.dendrite.model.network;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Multiply</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Element-wise product of in0..in(n-1), broadcast as ONNX's Mul (aligned at the last dim, each dim equal or 1): gates (GLU, WaveNet's tanh times sigmoid, SwiGLU, SiLU) and squeeze-and-excitation's channel weights.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.dendrite.model.network.Multiply#getInputs <em>Inputs</em>}</li>
 * </ul>
 *
 * @see dev.dendrite.model.network.NetworkPackage#getMultiply()
 * @model
 * @generated
 */
public interface Multiply extends Layer {
	/**
	 * Returns the value of the '<em><b>Inputs</b></em>' attribute.
	 * The default value is <code>"2"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Inputs</em>' attribute.
	 * @see #setInputs(int)
	 * @see dev.dendrite.model.network.NetworkPackage#getMultiply_Inputs()
	 * @model default="2"
	 * @generated
	 */
	int getInputs();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.Multiply#getInputs <em>Inputs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Inputs</em>' attribute.
	 * @see #getInputs()
	 * @generated
	 */
	void setInputs(int value);

} // Multiply
