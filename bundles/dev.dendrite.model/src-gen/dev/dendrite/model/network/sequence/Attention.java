/**
 */
package dev.dendrite.model.network.sequence;

import dev.dendrite.model.network.Layer;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Attention</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Multi-head scaled dot-product attention over a sequence [N,T,D]: heads of D/heads dims each; causal hides later steps from every step. Self-attention, or cross-attention when a second sequence [N,S,M] is connected to its memory port: keys and values from it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.dendrite.model.network.sequence.Attention#getHeads <em>Heads</em>}</li>
 *   <li>{@link dev.dendrite.model.network.sequence.Attention#isCausal <em>Causal</em>}</li>
 * </ul>
 *
 * @see dev.dendrite.model.network.sequence.SequencePackage#getAttention()
 * @model
 * @generated
 */
public interface Attention extends Layer {
	/**
	 * Returns the value of the '<em><b>Heads</b></em>' attribute.
	 * The default value is <code>"4"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Heads</em>' attribute.
	 * @see #setHeads(int)
	 * @see dev.dendrite.model.network.sequence.SequencePackage#getAttention_Heads()
	 * @model default="4"
	 * @generated
	 */
	int getHeads();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.sequence.Attention#getHeads <em>Heads</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Heads</em>' attribute.
	 * @see #getHeads()
	 * @generated
	 */
	void setHeads(int value);

	/**
	 * Returns the value of the '<em><b>Causal</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Causal</em>' attribute.
	 * @see #setCausal(boolean)
	 * @see dev.dendrite.model.network.sequence.SequencePackage#getAttention_Causal()
	 * @model default="false"
	 * @generated
	 */
	boolean isCausal();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.sequence.Attention#isCausal <em>Causal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Causal</em>' attribute.
	 * @see #isCausal()
	 * @generated
	 */
	void setCausal(boolean value);

} // Attention
