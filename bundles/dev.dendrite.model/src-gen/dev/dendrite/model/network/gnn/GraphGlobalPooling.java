/**
 */
package dev.dendrite.model.network.gnn;

import dev.dendrite.model.network.Layer;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Graph Global Pooling</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Pools node features per graph: [V,F] to [G,F].
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.dendrite.model.network.gnn.GraphGlobalPooling#getAggregation <em>Aggregation</em>}</li>
 * </ul>
 *
 * @see dev.dendrite.model.network.gnn.GnnPackage#getGraphGlobalPooling()
 * @model
 * @generated
 */
public interface GraphGlobalPooling extends Layer {
	/**
	 * Returns the value of the '<em><b>Aggregation</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.dendrite.model.network.gnn.Aggregation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Aggregation</em>' attribute.
	 * @see dev.dendrite.model.network.gnn.Aggregation
	 * @see #setAggregation(Aggregation)
	 * @see dev.dendrite.model.network.gnn.GnnPackage#getGraphGlobalPooling_Aggregation()
	 * @model
	 * @generated
	 */
	Aggregation getAggregation();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.gnn.GraphGlobalPooling#getAggregation <em>Aggregation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Aggregation</em>' attribute.
	 * @see dev.dendrite.model.network.gnn.Aggregation
	 * @see #getAggregation()
	 * @generated
	 */
	void setAggregation(Aggregation value);

} // GraphGlobalPooling
