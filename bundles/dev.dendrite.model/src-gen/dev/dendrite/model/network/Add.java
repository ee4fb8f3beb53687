/**
 */
package dev.dendrite.model.network;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Add</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Element-wise sum of in0..in(n-1): a skip connection; projection maps other inputs to in0 shape.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.dendrite.model.network.Add#getInputs <em>Inputs</em>}</li>
 *   <li>{@link dev.dendrite.model.network.Add#getProjection <em>Projection</em>}</li>
 * </ul>
 *
 * @see dev.dendrite.model.network.NetworkPackage#getAdd()
 * @model
 * @generated
 */
public interface Add extends Layer {
	/**
	 * Returns the value of the '<em><b>Inputs</b></em>' attribute.
	 * The default value is <code>"2"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Inputs</em>' attribute.
	 * @see #setInputs(int)
	 * @see dev.dendrite.model.network.NetworkPackage#getAdd_Inputs()
	 * @model default="2"
	 * @generated
	 */
	int getInputs();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.Add#getInputs <em>Inputs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Inputs</em>' attribute.
	 * @see #getInputs()
	 * @generated
	 */
	void setInputs(int value);

	/**
	 * Returns the value of the '<em><b>Projection</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.dendrite.model.network.ProjectionKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Projection</em>' attribute.
	 * @see dev.dendrite.model.network.ProjectionKind
	 * @see #setProjection(ProjectionKind)
	 * @see dev.dendrite.model.network.NetworkPackage#getAdd_Projection()
	 * @model
	 * @generated
	 */
	ProjectionKind getProjection();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.Add#getProjection <em>Projection</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Projection</em>' attribute.
	 * @see dev.dendrite.model.network.ProjectionKind
	 * @see #getProjection()
	 * @generated
	 */
	void setProjection(ProjectionKind value);

} // Add
