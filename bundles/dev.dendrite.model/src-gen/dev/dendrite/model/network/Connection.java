/**
 */
package dev.dendrite.model.network;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Connection</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Wires an output port of one layer to an input port of another; empty port names mean the primary port.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.dendrite.model.network.Connection#getSource <em>Source</em>}</li>
 *   <li>{@link dev.dendrite.model.network.Connection#getSourcePort <em>Source Port</em>}</li>
 *   <li>{@link dev.dendrite.model.network.Connection#getTarget <em>Target</em>}</li>
 *   <li>{@link dev.dendrite.model.network.Connection#getTargetPort <em>Target Port</em>}</li>
 * </ul>
 *
 * @see dev.dendrite.model.network.NetworkPackage#getConnection()
 * @model
 * @generated
 */
public interface Connection extends EObject {
	/**
	 * Returns the value of the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' reference.
	 * @see #setSource(Layer)
	 * @see dev.dendrite.model.network.NetworkPackage#getConnection_Source()
	 * @model required="true"
	 * @generated
	 */
	Layer getSource();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.Connection#getSource <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(Layer value);

	/**
	 * Returns the value of the '<em><b>Source Port</b></em>' attribute.
	 * The default value is <code>""</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source Port</em>' attribute.
	 * @see #setSourcePort(String)
	 * @see dev.dendrite.model.network.NetworkPackage#getConnection_SourcePort()
	 * @model default=""
	 * @generated
	 */
	String getSourcePort();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.Connection#getSourcePort <em>Source Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Port</em>' attribute.
	 * @see #getSourcePort()
	 * @generated
	 */
	void setSourcePort(String value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' reference.
	 * @see #setTarget(Layer)
	 * @see dev.dendrite.model.network.NetworkPackage#getConnection_Target()
	 * @model required="true"
	 * @generated
	 */
	Layer getTarget();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.Connection#getTarget <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(Layer value);

	/**
	 * Returns the value of the '<em><b>Target Port</b></em>' attribute.
	 * The default value is <code>""</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target Port</em>' attribute.
	 * @see #setTargetPort(String)
	 * @see dev.dendrite.model.network.NetworkPackage#getConnection_TargetPort()
	 * @model default=""
	 * @generated
	 */
	String getTargetPort();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.Connection#getTargetPort <em>Target Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Port</em>' attribute.
	 * @see #getTargetPort()
	 * @generated
	 */
	void setTargetPort(String value);

} // Connection
