/**
 */
package dev.dendrite.model.network.gnn;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see dev.dendrite.model.network.gnn.GnnPackage
 * @generated
 */
public interface GnnFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	GnnFactory eINSTANCE = dev.dendrite.model.network.gnn.impl.GnnFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Graph Input</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Graph Input</em>'.
	 * @generated
	 */
	GraphInput createGraphInput();

	/**
	 * Returns a new object of class '<em>Message Passing</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Message Passing</em>'.
	 * @generated
	 */
	MessagePassing createMessagePassing();

	/**
	 * Returns a new object of class '<em>Graph Convolution</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Graph Convolution</em>'.
	 * @generated
	 */
	GraphConvolution createGraphConvolution();

	/**
	 * Returns a new object of class '<em>Graph Attention</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Graph Attention</em>'.
	 * @generated
	 */
	GraphAttention createGraphAttention();

	/**
	 * Returns a new object of class '<em>Top KPooling</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Top KPooling</em>'.
	 * @generated
	 */
	TopKPooling createTopKPooling();

	/**
	 * Returns a new object of class '<em>Graph Global Pooling</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Graph Global Pooling</em>'.
	 * @generated
	 */
	GraphGlobalPooling createGraphGlobalPooling();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	GnnPackage getGnnPackage();

} //GnnFactory
