/**
 */
package dev.dendrite.model.network;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Regularization</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * L1 and L2 penalty coefficients on weights.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.dendrite.model.network.Regularization#getL1 <em>L1</em>}</li>
 *   <li>{@link dev.dendrite.model.network.Regularization#getL2 <em>L2</em>}</li>
 * </ul>
 *
 * @see dev.dendrite.model.network.NetworkPackage#getRegularization()
 * @model
 * @generated
 */
public interface Regularization extends EObject {
	/**
	 * Returns the value of the '<em><b>L1</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>L1</em>' attribute.
	 * @see #setL1(double)
	 * @see dev.dendrite.model.network.NetworkPackage#getRegularization_L1()
	 * @model default="0.0"
	 * @generated
	 */
	double getL1();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.Regularization#getL1 <em>L1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>L1</em>' attribute.
	 * @see #getL1()
	 * @generated
	 */
	void setL1(double value);

	/**
	 * Returns the value of the '<em><b>L2</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>L2</em>' attribute.
	 * @see #setL2(double)
	 * @see dev.dendrite.model.network.NetworkPackage#getRegularization_L2()
	 * @model default="0.0"
	 * @generated
	 */
	double getL2();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.Regularization#getL2 <em>L2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>L2</em>' attribute.
	 * @see #getL2()
	 * @generated
	 */
	void setL2(double value);

} // Regularization
