/**
 */
package dev.dendrite.model.network;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Layer</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A node of the network graph; its ports follow from its kind.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.dendrite.model.network.Layer#getId <em>Id</em>}</li>
 *   <li>{@link dev.dendrite.model.network.Layer#getX <em>X</em>}</li>
 *   <li>{@link dev.dendrite.model.network.Layer#getY <em>Y</em>}</li>
 *   <li>{@link dev.dendrite.model.network.Layer#getRegularization <em>Regularization</em>}</li>
 * </ul>
 *
 * @see dev.dendrite.model.network.NetworkPackage#getLayer()
 * @model abstract="true"
 * @generated
 */
public interface Layer extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see dev.dendrite.model.network.NetworkPackage#getLayer_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.Layer#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>X</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>X</em>' attribute.
	 * @see #setX(int)
	 * @see dev.dendrite.model.network.NetworkPackage#getLayer_X()
	 * @model default="0"
	 * @generated
	 */
	int getX();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.Layer#getX <em>X</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>X</em>' attribute.
	 * @see #getX()
	 * @generated
	 */
	void setX(int value);

	/**
	 * Returns the value of the '<em><b>Y</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Y</em>' attribute.
	 * @see #setY(int)
	 * @see dev.dendrite.model.network.NetworkPackage#getLayer_Y()
	 * @model default="0"
	 * @generated
	 */
	int getY();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.Layer#getY <em>Y</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Y</em>' attribute.
	 * @see #getY()
	 * @generated
	 */
	void setY(int value);

	/**
	 * Returns the value of the '<em><b>Regularization</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Regularization</em>' containment reference.
	 * @see #setRegularization(Regularization)
	 * @see dev.dendrite.model.network.NetworkPackage#getLayer_Regularization()
	 * @model containment="true"
	 * @generated
	 */
	Regularization getRegularization();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.Layer#getRegularization <em>Regularization</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Regularization</em>' containment reference.
	 * @see #getRegularization()
	 * @generated
	 */
	void setRegularization(Regularization value);

} // Layer
