/**
 */
package dev.dendrite.model.network.sequence;

import dev.dendrite.model.network.Layer;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Embedding</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Maps int64 token ids [N,T] to vectors [N,T,D].
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.dendrite.model.network.sequence.Embedding#getVocabularySize <em>Vocabulary Size</em>}</li>
 *   <li>{@link dev.dendrite.model.network.sequence.Embedding#getEmbeddingDim <em>Embedding Dim</em>}</li>
 * </ul>
 *
 * @see dev.dendrite.model.network.sequence.SequencePackage#getEmbedding()
 * @model
 * @generated
 */
public interface Embedding extends Layer {
	/**
	 * Returns the value of the '<em><b>Vocabulary Size</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Vocabulary Size</em>' attribute.
	 * @see #setVocabularySize(int)
	 * @see dev.dendrite.model.network.sequence.SequencePackage#getEmbedding_VocabularySize()
	 * @model default="1"
	 * @generated
	 */
	int getVocabularySize();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.sequence.Embedding#getVocabularySize <em>Vocabulary Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vocabulary Size</em>' attribute.
	 * @see #getVocabularySize()
	 * @generated
	 */
	void setVocabularySize(int value);

	/**
	 * Returns the value of the '<em><b>Embedding Dim</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Embedding Dim</em>' attribute.
	 * @see #setEmbeddingDim(int)
	 * @see dev.dendrite.model.network.sequence.SequencePackage#getEmbedding_EmbeddingDim()
	 * @model default="1"
	 * @generated
	 */
	int getEmbeddingDim();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.sequence.Embedding#getEmbeddingDim <em>Embedding Dim</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Embedding Dim</em>' attribute.
	 * @see #getEmbeddingDim()
	 * @generated
	 */
	void setEmbeddingDim(int value);

} // Embedding
