/**
 */
package dev.dendrite.model.network.sequence;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see dev.dendrite.model.network.sequence.SequencePackage
 * @generated
 */
public interface SequenceFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	SequenceFactory eINSTANCE = dev.dendrite.model.network.sequence.impl.SequenceFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Embedding</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Embedding</em>'.
	 * @generated
	 */
	Embedding createEmbedding();

	/**
	 * Returns a new object of class '<em>Recurrent</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Recurrent</em>'.
	 * @generated
	 */
	Recurrent createRecurrent();

	/**
	 * Returns a new object of class '<em>Attention</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Attention</em>'.
	 * @generated
	 */
	Attention createAttention();

	/**
	 * Returns a new object of class '<em>Positional Encoding</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Positional Encoding</em>'.
	 * @generated
	 */
	PositionalEncoding createPositionalEncoding();

	/**
	 * Returns a new object of class '<em>Class Token</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Class Token</em>'.
	 * @generated
	 */
	ClassToken createClassToken();

	/**
	 * Returns a new object of class '<em>Pooling</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Pooling</em>'.
	 * @generated
	 */
	SequencePooling createSequencePooling();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	SequencePackage getSequencePackage();

} //SequenceFactory
