/**
 */
package dev.dendrite.model.network;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Noise</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Corrupts its input in training only: Gaussian noise or masking (denoising autoencoders).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.dendrite.model.network.Noise#getKind <em>Kind</em>}</li>
 *   <li>{@link dev.dendrite.model.network.Noise#getAmount <em>Amount</em>}</li>
 * </ul>
 *
 * @see dev.dendrite.model.network.NetworkPackage#getNoise()
 * @model
 * @generated
 */
public interface Noise extends Layer {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.dendrite.model.network.NoiseKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see dev.dendrite.model.network.NoiseKind
	 * @see #setKind(NoiseKind)
	 * @see dev.dendrite.model.network.NetworkPackage#getNoise_Kind()
	 * @model
	 * @generated
	 */
	NoiseKind getKind();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.Noise#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see dev.dendrite.model.network.NoiseKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(NoiseKind value);

	/**
	 * Returns the value of the '<em><b>Amount</b></em>' attribute.
	 * The default value is <code>"0.1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Amount</em>' attribute.
	 * @see #setAmount(double)
	 * @see dev.dendrite.model.network.NetworkPackage#getNoise_Amount()
	 * @model default="0.1"
	 * @generated
	 */
	double getAmount();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.Noise#getAmount <em>Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Amount</em>' attribute.
	 * @see #getAmount()
	 * @generated
	 */
	void setAmount(double value);

} // Noise
