/**
 */
package dev.dendrite.model.network;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Dropout</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Zeroes a fraction of activations in training (inverted dropout); identity in inference.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.dendrite.model.network.Dropout#getRate <em>Rate</em>}</li>
 * </ul>
 *
 * @see dev.dendrite.model.network.NetworkPackage#getDropout()
 * @model
 * @generated
 */
public interface Dropout extends Layer {
	/**
	 * Returns the value of the '<em><b>Rate</b></em>' attribute.
	 * The default value is <code>"0.5"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rate</em>' attribute.
	 * @see #setRate(double)
	 * @see dev.dendrite.model.network.NetworkPackage#getDropout_Rate()
	 * @model default="0.5"
	 * @generated
	 */
	double getRate();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.Dropout#getRate <em>Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rate</em>' attribute.
	 * @see #getRate()
	 * @generated
	 */
	void setRate(double value);

} // Dropout
