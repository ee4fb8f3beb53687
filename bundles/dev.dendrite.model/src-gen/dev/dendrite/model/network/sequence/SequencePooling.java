/**
 */
package dev.dendrite.model.network.sequence;

import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.PoolType;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Pooling</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Average or max over the steps of a sequence: [N,T,F] to [N,F]; padded steps of masked batches are left out.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.dendrite.model.network.sequence.SequencePooling#getPoolType <em>Pool Type</em>}</li>
 * </ul>
 *
 * @see dev.dendrite.model.network.sequence.SequencePackage#getSequencePooling()
 * @model
 * @generated
 */
public interface SequencePooling extends Layer {
	/**
	 * Returns the value of the '<em><b>Pool Type</b></em>' attribute.
	 * The default value is <code>"average"</code>.
	 * The literals are from the enumeration {@link dev.dendrite.model.network.PoolType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pool Type</em>' attribute.
	 * @see dev.dendrite.model.network.PoolType
	 * @see #setPoolType(PoolType)
	 * @see dev.dendrite.model.network.sequence.SequencePackage#getSequencePooling_PoolType()
	 * @model default="average"
	 * @generated
	 */
	PoolType getPoolType();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.sequence.SequencePooling#getPoolType <em>Pool Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pool Type</em>' attribute.
	 * @see dev.dendrite.model.network.PoolType
	 * @see #getPoolType()
	 * @generated
	 */
	void setPoolType(PoolType value);

} // SequencePooling
