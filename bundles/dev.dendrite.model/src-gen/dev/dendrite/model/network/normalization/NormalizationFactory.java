/**
 */
package dev.dendrite.model.network.normalization;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see dev.dendrite.model.network.normalization.NormalizationPackage
 * @generated
 */
public interface NormalizationFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	NormalizationFactory eINSTANCE = dev.dendrite.model.network.normalization.impl.NormalizationFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Batch Norm</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Batch Norm</em>'.
	 * @generated
	 */
	BatchNorm createBatchNorm();

	/**
	 * Returns a new object of class '<em>Layer Norm</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Layer Norm</em>'.
	 * @generated
	 */
	LayerNorm createLayerNorm();

	/**
	 * Returns a new object of class '<em>RMS Norm</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>RMS Norm</em>'.
	 * @generated
	 */
	RMSNorm createRMSNorm();

	/**
	 * Returns a new object of class '<em>Input Normalization</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Input Normalization</em>'.
	 * @generated
	 */
	InputNormalization createInputNormalization();

	/**
	 * Returns a new object of class '<em>Local Response Norm</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Local Response Norm</em>'.
	 * @generated
	 */
	LocalResponseNorm createLocalResponseNorm();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	NormalizationPackage getNormalizationPackage();

} //NormalizationFactory
