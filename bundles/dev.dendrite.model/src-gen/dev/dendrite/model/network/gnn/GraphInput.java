/**
 */
package dev.dendrite.model.network.gnn;

import dev.dendrite.model.network.Layer;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Graph Input</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A graph input: node features [V,F], edge index [2,E], optional edge features and graph assignment.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.dendrite.model.network.gnn.GraphInput#getNodeFeatures <em>Node Features</em>}</li>
 *   <li>{@link dev.dendrite.model.network.gnn.GraphInput#getEdgeFeatures <em>Edge Features</em>}</li>
 *   <li>{@link dev.dendrite.model.network.gnn.GraphInput#isBatched <em>Batched</em>}</li>
 * </ul>
 *
 * @see dev.dendrite.model.network.gnn.GnnPackage#getGraphInput()
 * @model
 * @generated
 */
public interface GraphInput extends Layer {
	/**
	 * Returns the value of the '<em><b>Node Features</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Node Features</em>' attribute.
	 * @see #setNodeFeatures(int)
	 * @see dev.dendrite.model.network.gnn.GnnPackage#getGraphInput_NodeFeatures()
	 * @model default="1"
	 * @generated
	 */
	int getNodeFeatures();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.gnn.GraphInput#getNodeFeatures <em>Node Features</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Node Features</em>' attribute.
	 * @see #getNodeFeatures()
	 * @generated
	 */
	void setNodeFeatures(int value);

	/**
	 * Returns the value of the '<em><b>Edge Features</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Edge Features</em>' attribute.
	 * @see #setEdgeFeatures(int)
	 * @see dev.dendrite.model.network.gnn.GnnPackage#getGraphInput_EdgeFeatures()
	 * @model default="0"
	 * @generated
	 */
	int getEdgeFeatures();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.gnn.GraphInput#getEdgeFeatures <em>Edge Features</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Edge Features</em>' attribute.
	 * @see #getEdgeFeatures()
	 * @generated
	 */
	void setEdgeFeatures(int value);

	/**
	 * Returns the value of the '<em><b>Batched</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Batched</em>' attribute.
	 * @see #setBatched(boolean)
	 * @see dev.dendrite.model.network.gnn.GnnPackage#getGraphInput_Batched()
	 * @model
	 * @generated
	 */
	boolean isBatched();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.gnn.GraphInput#isBatched <em>Batched</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Batched</em>' attribute.
	 * @see #isBatched()
	 * @generated
	 */
	void setBatched(boolean value);

} // GraphInput
