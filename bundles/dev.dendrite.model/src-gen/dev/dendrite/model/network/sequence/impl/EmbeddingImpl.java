/**
 */
package dev.dendrite.model.network.sequence.impl;

import dev.dendrite.model.network.impl.LayerImpl;

import dev.dendrite.model.network.sequence.Embedding;
import dev.dendrite.model.network.sequence.SequencePackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Embedding</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.dendrite.model.network.sequence.impl.EmbeddingImpl#getVocabularySize <em>Vocabulary Size</em>}</li>
 *   <li>{@link dev.dendrite.model.network.sequence.impl.EmbeddingImpl#getEmbeddingDim <em>Embedding Dim</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EmbeddingImpl extends LayerImpl implements Embedding {
	/**
	 * The default value of the '{@link #getVocabularySize() <em>Vocabulary Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVocabularySize()
	 * @generated
	 * @ordered
	 */
	protected static final int VOCABULARY_SIZE_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getVocabularySize() <em>Vocabulary Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVocabularySize()
	 * @generated
	 * @ordered
	 */
	protected int vocabularySize = VOCABULARY_SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getEmbeddingDim() <em>Embedding Dim</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmbeddingDim()
	 * @generated
	 * @ordered
	 */
	protected static final int EMBEDDING_DIM_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getEmbeddingDim() <em>Embedding Dim</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmbeddingDim()
	 * @generated
	 * @ordered
	 */
	protected int embeddingDim = EMBEDDING_DIM_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EmbeddingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SequencePackage.Literals.EMBEDDING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getVocabularySize() {
		return vocabularySize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVocabularySize(int newVocabularySize) {
		int oldVocabularySize = vocabularySize;
		vocabularySize = newVocabularySize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SequencePackage.EMBEDDING__VOCABULARY_SIZE, oldVocabularySize, vocabularySize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getEmbeddingDim() {
		return embeddingDim;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEmbeddingDim(int newEmbeddingDim) {
		int oldEmbeddingDim = embeddingDim;
		embeddingDim = newEmbeddingDim;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SequencePackage.EMBEDDING__EMBEDDING_DIM, oldEmbeddingDim, embeddingDim));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SequencePackage.EMBEDDING__VOCABULARY_SIZE:
				return getVocabularySize();
			case SequencePackage.EMBEDDING__EMBEDDING_DIM:
				return getEmbeddingDim();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case SequencePackage.EMBEDDING__VOCABULARY_SIZE:
				setVocabularySize((Integer)newValue);
				return;
			case SequencePackage.EMBEDDING__EMBEDDING_DIM:
				setEmbeddingDim((Integer)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case SequencePackage.EMBEDDING__VOCABULARY_SIZE:
				setVocabularySize(VOCABULARY_SIZE_EDEFAULT);
				return;
			case SequencePackage.EMBEDDING__EMBEDDING_DIM:
				setEmbeddingDim(EMBEDDING_DIM_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case SequencePackage.EMBEDDING__VOCABULARY_SIZE:
				return vocabularySize != VOCABULARY_SIZE_EDEFAULT;
			case SequencePackage.EMBEDDING__EMBEDDING_DIM:
				return embeddingDim != EMBEDDING_DIM_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (vocabularySize: ");
		result.append(vocabularySize);
		result.append(", embeddingDim: ");
		result.append(embeddingDim);
		result.append(')');
		return result.toString();
	}

} //EmbeddingImpl
