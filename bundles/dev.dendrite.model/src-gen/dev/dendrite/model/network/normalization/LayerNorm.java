/**
 */
package dev.dendrite.model.network.normalization;

import dev.dendrite.model.network.Layer;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Layer Norm</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Normalises over the last normalizedDims dims of each sample.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.dendrite.model.network.normalization.LayerNorm#getEpsilon <em>Epsilon</em>}</li>
 *   <li>{@link dev.dendrite.model.network.normalization.LayerNorm#getNormalizedDims <em>Normalized Dims</em>}</li>
 *   <li>{@link dev.dendrite.model.network.normalization.LayerNorm#isAffine <em>Affine</em>}</li>
 * </ul>
 *
 * @see dev.dendrite.model.network.normalization.NormalizationPackage#getLayerNorm()
 * @model
 * @generated
 */
public interface LayerNorm extends Layer {
	/**
	 * Returns the value of the '<em><b>Epsilon</b></em>' attribute.
	 * The default value is <code>"1.0E-5"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Epsilon</em>' attribute.
	 * @see #setEpsilon(double)
	 * @see dev.dendrite.model.network.normalization.NormalizationPackage#getLayerNorm_Epsilon()
	 * @model default="1.0E-5"
	 * @generated
	 */
	double getEpsilon();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.normalization.LayerNorm#getEpsilon <em>Epsilon</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Epsilon</em>' attribute.
	 * @see #getEpsilon()
	 * @generated
	 */
	void setEpsilon(double value);

	/**
	 * Returns the value of the '<em><b>Normalized Dims</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Normalized Dims</em>' attribute.
	 * @see #setNormalizedDims(int)
	 * @see dev.dendrite.model.network.normalization.NormalizationPackage#getLayerNorm_NormalizedDims()
	 * @model default="1"
	 * @generated
	 */
	int getNormalizedDims();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.normalization.LayerNorm#getNormalizedDims <em>Normalized Dims</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Normalized Dims</em>' attribute.
	 * @see #getNormalizedDims()
	 * @generated
	 */
	void setNormalizedDims(int value);

	/**
	 * Returns the value of the '<em><b>Affine</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Affine</em>' attribute.
	 * @see #setAffine(boolean)
	 * @see dev.dendrite.model.network.normalization.NormalizationPackage#getLayerNorm_Affine()
	 * @model default="true"
	 * @generated
	 */
	boolean isAffine();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.normalization.LayerNorm#isAffine <em>Affine</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Affine</em>' attribute.
	 * @see #isAffine()
	 * @generated
	 */
	void setAffine(boolean value);

} // LayerNorm
