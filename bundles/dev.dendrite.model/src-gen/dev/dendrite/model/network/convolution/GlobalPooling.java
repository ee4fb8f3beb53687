/**
 */
package dev.dendrite.model.network.convolution;

import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.PoolType;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Global Pooling</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Max or average over all spatial positions: [N,C,...] to [N,C].
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.dendrite.model.network.convolution.GlobalPooling#getPoolType <em>Pool Type</em>}</li>
 * </ul>
 *
 * @see dev.dendrite.model.network.convolution.ConvolutionPackage#getGlobalPooling()
 * @model
 * @generated
 */
public interface GlobalPooling extends Layer {
	/**
	 * Returns the value of the '<em><b>Pool Type</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.dendrite.model.network.PoolType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pool Type</em>' attribute.
	 * @see dev.dendrite.model.network.PoolType
	 * @see #setPoolType(PoolType)
	 * @see dev.dendrite.model.network.convolution.ConvolutionPackage#getGlobalPooling_PoolType()
	 * @model
	 * @generated
	 */
	PoolType getPoolType();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.convolution.GlobalPooling#getPoolType <em>Pool Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pool Type</em>' attribute.
	 * @see dev.dendrite.model.network.PoolType
	 * @see #getPoolType()
	 * @generated
	 */
	void setPoolType(PoolType value);

} // GlobalPooling
