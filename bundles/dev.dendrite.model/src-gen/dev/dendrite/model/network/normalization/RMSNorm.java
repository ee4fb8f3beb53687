/**
 */
package dev.dendrite.model.network.normalization;

import dev.dendrite.model.network.Layer;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>RMS Norm</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Divides by the root mean square over the last dim, with a learned gain.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.dendrite.model.network.normalization.RMSNorm#getEpsilon <em>Epsilon</em>}</li>
 *   <li>{@link dev.dendrite.model.network.normalization.RMSNorm#isAffine <em>Affine</em>}</li>
 * </ul>
 *
 * @see dev.dendrite.model.network.normalization.NormalizationPackage#getRMSNorm()
 * @model
 * @generated
 */
public interface RMSNorm extends Layer {
	/**
	 * Returns the value of the '<em><b>Epsilon</b></em>' attribute.
	 * The default value is <code>"1.0E-6"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Epsilon</em>' attribute.
	 * @see #setEpsilon(double)
	 * @see dev.dendrite.model.network.normalization.NormalizationPackage#getRMSNorm_Epsilon()
	 * @model default="1.0E-6"
	 * @generated
	 */
	double getEpsilon();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.normalization.RMSNorm#getEpsilon <em>Epsilon</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Epsilon</em>' attribute.
	 * @see #getEpsilon()
	 * @generated
	 */
	void setEpsilon(double value);

	/**
	 * Returns the value of the '<em><b>Affine</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Affine</em>' attribute.
	 * @see #setAffine(boolean)
	 * @see dev.dendrite.model.network.normalization.NormalizationPackage#getRMSNorm_Affine()
	 * @model default="true"
	 * @generated
	 */
	boolean isAffine();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.normalization.RMSNorm#isAffine <em>Affine</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Affine</em>' attribute.
	 * @see #isAffine()
	 * @generated
	 */
	void setAffine(boolean value);

} // RMSNorm
