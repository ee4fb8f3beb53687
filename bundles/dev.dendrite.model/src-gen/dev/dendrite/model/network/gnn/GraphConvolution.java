/**
 */
package dev.dendrite.model.network.gnn;

import dev.dendrite.model.network.Layer;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Graph Convolution</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * GCN: symmetric-normalised neighbourhood averaging with self-loops, then a linear map.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.dendrite.model.network.gnn.GraphConvolution#getOutFeatures <em>Out Features</em>}</li>
 *   <li>{@link dev.dendrite.model.network.gnn.GraphConvolution#isBias <em>Bias</em>}</li>
 * </ul>
 *
 * @see dev.dendrite.model.network.gnn.GnnPackage#getGraphConvolution()
 * @model
 * @generated
 */
public interface GraphConvolution extends Layer {
	/**
	 * Returns the value of the '<em><b>Out Features</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Out Features</em>' attribute.
	 * @see #setOutFeatures(int)
	 * @see dev.dendrite.model.network.gnn.GnnPackage#getGraphConvolution_OutFeatures()
	 * @model default="1"
	 * @generated
	 */
	int getOutFeatures();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.gnn.GraphConvolution#getOutFeatures <em>Out Features</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Out Features</em>' attribute.
	 * @see #getOutFeatures()
	 * @generated
	 */
	void setOutFeatures(int value);

	/**
	 * Returns the value of the '<em><b>Bias</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bias</em>' attribute.
	 * @see #setBias(boolean)
	 * @see dev.dendrite.model.network.gnn.GnnPackage#getGraphConvolution_Bias()
	 * @model default="true"
	 * @generated
	 */
	boolean isBias();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.gnn.GraphConvolution#isBias <em>Bias</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bias</em>' attribute.
	 * @see #isBias()
	 * @generated
	 */
	void setBias(boolean value);

} // GraphConvolution
