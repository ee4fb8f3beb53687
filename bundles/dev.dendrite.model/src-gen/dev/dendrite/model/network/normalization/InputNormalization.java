/**
 */
package dev.dendrite.model.network.normalization;

import dev.dendrite.model.network.Layer;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Input Normalization</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Standardises or min-max scales inputs with statistics of the training data.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.dendrite.model.network.normalization.InputNormalization#getMode <em>Mode</em>}</li>
 * </ul>
 *
 * @see dev.dendrite.model.network.normalization.NormalizationPackage#getInputNormalization()
 * @model
 * @generated
 */
public interface InputNormalization extends Layer {
	/**
	 * Returns the value of the '<em><b>Mode</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.dendrite.model.network.normalization.NormalizationMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mode</em>' attribute.
	 * @see dev.dendrite.model.network.normalization.NormalizationMode
	 * @see #setMode(NormalizationMode)
	 * @see dev.dendrite.model.network.normalization.NormalizationPackage#getInputNormalization_Mode()
	 * @model
	 * @generated
	 */
	NormalizationMode getMode();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.normalization.InputNormalization#getMode <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mode</em>' attribute.
	 * @see dev.dendrite.model.network.normalization.NormalizationMode
	 * @see #getMode()
	 * @generated
	 */
	void setMode(NormalizationMode value);

} // InputNormalization
