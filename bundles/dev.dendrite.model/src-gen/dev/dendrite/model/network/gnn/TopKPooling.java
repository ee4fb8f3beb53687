/**
 */
package dev.dendrite.model.network.gnn;

import dev.dendrite.model.network.Layer;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Top KPooling</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Keeps the k (or ratio of) highest-scoring nodes, score = tanh(x.p/|p|).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.dendrite.model.network.gnn.TopKPooling#getRatio <em>Ratio</em>}</li>
 *   <li>{@link dev.dendrite.model.network.gnn.TopKPooling#getK <em>K</em>}</li>
 * </ul>
 *
 * @see dev.dendrite.model.network.gnn.GnnPackage#getTopKPooling()
 * @model
 * @generated
 */
public interface TopKPooling extends Layer {
	/**
	 * Returns the value of the '<em><b>Ratio</b></em>' attribute.
	 * The default value is <code>"0.5"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ratio</em>' attribute.
	 * @see #setRatio(double)
	 * @see dev.dendrite.model.network.gnn.GnnPackage#getTopKPooling_Ratio()
	 * @model default="0.5"
	 * @generated
	 */
	double getRatio();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.gnn.TopKPooling#getRatio <em>Ratio</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ratio</em>' attribute.
	 * @see #getRatio()
	 * @generated
	 */
	void setRatio(double value);

	/**
	 * Returns the value of the '<em><b>K</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>K</em>' attribute.
	 * @see #setK(int)
	 * @see dev.dendrite.model.network.gnn.GnnPackage#getTopKPooling_K()
	 * @model default="0"
	 * @generated
	 */
	int getK();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.gnn.TopKPooling#getK <em>K</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>K</em>' attribute.
	 * @see #getK()
	 * @generated
	 */
	void setK(int value);

} // TopKPooling
