/**
 */
package dev.dendrite.model.network.sequence;

import dev.dendrite.model.network.Layer;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Positional Encoding</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Adds each step's position to a sequence [N,T,F]: a learned vector per position, or fixed sinusoids; maxLength positions.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.dendrite.model.network.sequence.PositionalEncoding#getMaxLength <em>Max Length</em>}</li>
 *   <li>{@link dev.dendrite.model.network.sequence.PositionalEncoding#isLearned <em>Learned</em>}</li>
 * </ul>
 *
 * @see dev.dendrite.model.network.sequence.SequencePackage#getPositionalEncoding()
 * @model
 * @generated
 */
public interface PositionalEncoding extends Layer {
	/**
	 * Returns the value of the '<em><b>Max Length</b></em>' attribute.
	 * The default value is <code>"512"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Max Length</em>' attribute.
	 * @see #setMaxLength(int)
	 * @see dev.dendrite.model.network.sequence.SequencePackage#getPositionalEncoding_MaxLength()
	 * @model default="512"
	 * @generated
	 */
	int getMaxLength();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.sequence.PositionalEncoding#getMaxLength <em>Max Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Length</em>' attribute.
	 * @see #getMaxLength()
	 * @generated
	 */
	void setMaxLength(int value);

	/**
	 * Returns the value of the '<em><b>Learned</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Learned</em>' attribute.
	 * @see #setLearned(boolean)
	 * @see dev.dendrite.model.network.sequence.SequencePackage#getPositionalEncoding_Learned()
	 * @model default="true"
	 * @generated
	 */
	boolean isLearned();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.sequence.PositionalEncoding#isLearned <em>Learned</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Learned</em>' attribute.
	 * @see #isLearned()
	 * @generated
	 */
	void setLearned(boolean value);

} // PositionalEncoding
