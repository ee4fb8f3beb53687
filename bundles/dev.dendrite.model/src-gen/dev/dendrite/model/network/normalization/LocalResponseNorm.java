/**
 */
package dev.dendrite.model.network.normalization;

import dev.dendrite.model.network.Layer;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Local Response Norm</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Local response normalisation across channels (AlexNet): x / (bias + alpha/size · Σ x² over size neighbouring channels)^beta.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.dendrite.model.network.normalization.LocalResponseNorm#getSize <em>Size</em>}</li>
 *   <li>{@link dev.dendrite.model.network.normalization.LocalResponseNorm#getAlpha <em>Alpha</em>}</li>
 *   <li>{@link dev.dendrite.model.network.normalization.LocalResponseNorm#getBeta <em>Beta</em>}</li>
 *   <li>{@link dev.dendrite.model.network.normalization.LocalResponseNorm#getBias <em>Bias</em>}</li>
 * </ul>
 *
 * @see dev.dendrite.model.network.normalization.NormalizationPackage#getLocalResponseNorm()
 * @model
 * @generated
 */
public interface LocalResponseNorm extends Layer {
	/**
	 * Returns the value of the '<em><b>Size</b></em>' attribute.
	 * The default value is <code>"5"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Size</em>' attribute.
	 * @see #setSize(int)
	 * @see dev.dendrite.model.network.normalization.NormalizationPackage#getLocalResponseNorm_Size()
	 * @model default="5"
	 * @generated
	 */
	int getSize();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.normalization.LocalResponseNorm#getSize <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Size</em>' attribute.
	 * @see #getSize()
	 * @generated
	 */
	void setSize(int value);

	/**
	 * Returns the value of the '<em><b>Alpha</b></em>' attribute.
	 * The default value is <code>"1.0E-4"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Alpha</em>' attribute.
	 * @see #setAlpha(float)
	 * @see dev.dendrite.model.network.normalization.NormalizationPackage#getLocalResponseNorm_Alpha()
	 * @model default="1.0E-4"
	 * @generated
	 */
	float getAlpha();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.normalization.LocalResponseNorm#getAlpha <em>Alpha</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Alpha</em>' attribute.
	 * @see #getAlpha()
	 * @generated
	 */
	void setAlpha(float value);

	/**
	 * Returns the value of the '<em><b>Beta</b></em>' attribute.
	 * The default value is <code>"0.75"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Beta</em>' attribute.
	 * @see #setBeta(float)
	 * @see dev.dendrite.model.network.normalization.NormalizationPackage#getLocalResponseNorm_Beta()
	 * @model default="0.75"
	 * @generated
	 */
	float getBeta();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.normalization.LocalResponseNorm#getBeta <em>Beta</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Beta</em>' attribute.
	 * @see #getBeta()
	 * @generated
	 */
	void setBeta(float value);

	/**
	 * Returns the value of the '<em><b>Bias</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bias</em>' attribute.
	 * @see #setBias(float)
	 * @see dev.dendrite.model.network.normalization.NormalizationPackage#getLocalResponseNorm_Bias()
	 * @model default="1.0"
	 * @generated
	 */
	float getBias();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.normalization.LocalResponseNorm#getBias <em>Bias</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bias</em>' attribute.
	 * @see #getBias()
	 * @generated
	 */
	void setBias(float value);

} // LocalResponseNorm
