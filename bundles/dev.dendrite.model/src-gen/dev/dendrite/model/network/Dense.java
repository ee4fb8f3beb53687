/**
 */
package dev.dendrite.model.network;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Dense</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Fully connected: y = xW + b over the last dimension.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.dendrite.model.network.Dense#getUnits <em>Units</em>}</li>
 *   <li>{@link dev.dendrite.model.network.Dense#isBias <em>Bias</em>}</li>
 *   <li>{@link dev.dendrite.model.network.Dense#isSpectralNorm <em>Spectral Norm</em>}</li>
 * </ul>
 *
 * @see dev.dendrite.model.network.NetworkPackage#getDense()
 * @model
 * @generated
 */
public interface Dense extends Layer {
	/**
	 * Returns the value of the '<em><b>Units</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Units</em>' attribute.
	 * @see #setUnits(int)
	 * @see dev.dendrite.model.network.NetworkPackage#getDense_Units()
	 * @model default="1"
	 * @generated
	 */
	int getUnits();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.Dense#getUnits <em>Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Units</em>' attribute.
	 * @see #getUnits()
	 * @generated
	 */
	void setUnits(int value);

	/**
	 * Returns the value of the '<em><b>Bias</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bias</em>' attribute.
	 * @see #setBias(boolean)
	 * @see dev.dendrite.model.network.NetworkPackage#getDense_Bias()
	 * @model default="true"
	 * @generated
	 */
	boolean isBias();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.Dense#isBias <em>Bias</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bias</em>' attribute.
	 * @see #isBias()
	 * @generated
	 */
	void setBias(boolean value);

	/**
	 * Returns the value of the '<em><b>Spectral Norm</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Divides the weight by its largest singular value (spectral normalisation, Miyato et al., 2018), estimated by one power iteration per training step from a kept vector: the layer is 1-Lipschitz, as a GAN's discriminator wants.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Spectral Norm</em>' attribute.
	 * @see #setSpectralNorm(boolean)
	 * @see dev.dendrite.model.network.NetworkPackage#getDense_SpectralNorm()
	 * @model default="false"
	 * @generated
	 */
	boolean isSpectralNorm();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.Dense#isSpectralNorm <em>Spectral Norm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Spectral Norm</em>' attribute.
	 * @see #isSpectralNorm()
	 * @generated
	 */
	void setSpectralNorm(boolean value);

} // Dense
