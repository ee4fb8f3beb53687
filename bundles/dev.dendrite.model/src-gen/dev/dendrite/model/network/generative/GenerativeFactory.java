/**
 */
package dev.dendrite.model.network.generative;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see dev.dendrite.model.network.generative.GenerativePackage
 * @generated
 */
public interface GenerativeFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	GenerativeFactory eINSTANCE = dev.dendrite.model.network.generative.impl.GenerativeFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Gaussian Latent</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Gaussian Latent</em>'.
	 * @generated
	 */
	GaussianLatent createGaussianLatent();

	/**
	 * Returns a new object of class '<em>RBM</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>RBM</em>'.
	 * @generated
	 */
	RBM createRBM();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	GenerativePackage getGenerativePackage();

} //GenerativeFactory
