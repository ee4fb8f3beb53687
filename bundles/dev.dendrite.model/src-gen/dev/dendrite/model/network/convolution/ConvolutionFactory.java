/**
 */
package dev.dendrite.model.network.convolution;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see dev.dendrite.model.network.convolution.ConvolutionPackage
 * @generated
 */
public interface ConvolutionFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ConvolutionFactory eINSTANCE = dev.dendrite.model.network.convolution.impl.ConvolutionFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Convolution</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Convolution</em>'.
	 * @generated
	 */
	Convolution createConvolution();

	/**
	 * Returns a new object of class '<em>Pooling</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Pooling</em>'.
	 * @generated
	 */
	Pooling createPooling();

	/**
	 * Returns a new object of class '<em>Transposed Convolution</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Transposed Convolution</em>'.
	 * @generated
	 */
	TransposedConvolution createTransposedConvolution();

	/**
	 * Returns a new object of class '<em>Upsample</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Upsample</em>'.
	 * @generated
	 */
	Upsample createUpsample();

	/**
	 * Returns a new object of class '<em>Global Pooling</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Global Pooling</em>'.
	 * @generated
	 */
	GlobalPooling createGlobalPooling();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	ConvolutionPackage getConvolutionPackage();

} //ConvolutionFactory
