/**
 */
package dev.dendrite.model.network.normalization;

import dev.dendrite.model.network.Layer;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Batch Norm</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Batch normalisation over dim 1; batch statistics in training, running statistics in inference.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.dendrite.model.network.normalization.BatchNorm#getMomentum <em>Momentum</em>}</li>
 *   <li>{@link dev.dendrite.model.network.normalization.BatchNorm#getEpsilon <em>Epsilon</em>}</li>
 * </ul>
 *
 * @see dev.dendrite.model.network.normalization.NormalizationPackage#getBatchNorm()
 * @model
 * @generated
 */
public interface BatchNorm extends Layer {
	/**
	 * Returns the value of the '<em><b>Momentum</b></em>' attribute.
	 * The default value is <code>"0.1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Momentum</em>' attribute.
	 * @see #setMomentum(double)
	 * @see dev.dendrite.model.network.normalization.NormalizationPackage#getBatchNorm_Momentum()
	 * @model default="0.1"
	 * @generated
	 */
	double getMomentum();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.normalization.BatchNorm#getMomentum <em>Momentum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Momentum</em>' attribute.
	 * @see #getMomentum()
	 * @generated
	 */
	void setMomentum(double value);

	/**
	 * Returns the value of the '<em><b>Epsilon</b></em>' attribute.
	 * The default value is <code>"1.0E-5"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Epsilon</em>' attribute.
	 * @see #setEpsilon(double)
	 * @see dev.dendrite.model.network.normalization.NormalizationPackage#getBatchNorm_Epsilon()
	 * @model default="1.0E-5"
	 * @generated
	 */
	double getEpsilon();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.normalization.BatchNorm#getEpsilon <em>Epsilon</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Epsilon</em>' attribute.
	 * @see #getEpsilon()
	 * @generated
	 */
	void setEpsilon(double value);

} // BatchNorm
