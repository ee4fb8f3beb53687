/**
 */
package dev.dendrite.model.network.gnn;

import dev.dendrite.model.network.Layer;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Graph Attention</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * GAT (Velickovic et al.): each node averages its neighbours' W.x_j weighted by a softmax over them of LeakyReLU(a.[W.x_i, W.x_j]), per head; heads concatenated or averaged.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.dendrite.model.network.gnn.GraphAttention#getOutFeatures <em>Out Features</em>}</li>
 *   <li>{@link dev.dendrite.model.network.gnn.GraphAttention#getHeads <em>Heads</em>}</li>
 *   <li>{@link dev.dendrite.model.network.gnn.GraphAttention#isConcat <em>Concat</em>}</li>
 *   <li>{@link dev.dendrite.model.network.gnn.GraphAttention#getNegativeSlope <em>Negative Slope</em>}</li>
 *   <li>{@link dev.dendrite.model.network.gnn.GraphAttention#isSelfLoops <em>Self Loops</em>}</li>
 *   <li>{@link dev.dendrite.model.network.gnn.GraphAttention#isBias <em>Bias</em>}</li>
 *   <li>{@link dev.dendrite.model.network.gnn.GraphAttention#isDynamic <em>Dynamic</em>}</li>
 *   <li>{@link dev.dendrite.model.network.gnn.GraphAttention#isShareWeights <em>Share Weights</em>}</li>
 *   <li>{@link dev.dendrite.model.network.gnn.GraphAttention#getDropout <em>Dropout</em>}</li>
 * </ul>
 *
 * @see dev.dendrite.model.network.gnn.GnnPackage#getGraphAttention()
 * @model
 * @generated
 */
public interface GraphAttention extends Layer {
	/**
	 * Returns the value of the '<em><b>Out Features</b></em>' attribute.
	 * The default value is <code>"8"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Out Features</em>' attribute.
	 * @see #setOutFeatures(int)
	 * @see dev.dendrite.model.network.gnn.GnnPackage#getGraphAttention_OutFeatures()
	 * @model default="8"
	 * @generated
	 */
	int getOutFeatures();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.gnn.GraphAttention#getOutFeatures <em>Out Features</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Out Features</em>' attribute.
	 * @see #getOutFeatures()
	 * @generated
	 */
	void setOutFeatures(int value);

	/**
	 * Returns the value of the '<em><b>Heads</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Heads</em>' attribute.
	 * @see #setHeads(int)
	 * @see dev.dendrite.model.network.gnn.GnnPackage#getGraphAttention_Heads()
	 * @model default="1"
	 * @generated
	 */
	int getHeads();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.gnn.GraphAttention#getHeads <em>Heads</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Heads</em>' attribute.
	 * @see #getHeads()
	 * @generated
	 */
	void setHeads(int value);

	/**
	 * Returns the value of the '<em><b>Concat</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Concat</em>' attribute.
	 * @see #setConcat(boolean)
	 * @see dev.dendrite.model.network.gnn.GnnPackage#getGraphAttention_Concat()
	 * @model default="true"
	 * @generated
	 */
	boolean isConcat();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.gnn.GraphAttention#isConcat <em>Concat</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Concat</em>' attribute.
	 * @see #isConcat()
	 * @generated
	 */
	void setConcat(boolean value);

	/**
	 * Returns the value of the '<em><b>Negative Slope</b></em>' attribute.
	 * The default value is <code>"0.2"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Negative Slope</em>' attribute.
	 * @see #setNegativeSlope(double)
	 * @see dev.dendrite.model.network.gnn.GnnPackage#getGraphAttention_NegativeSlope()
	 * @model default="0.2"
	 * @generated
	 */
	double getNegativeSlope();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.gnn.GraphAttention#getNegativeSlope <em>Negative Slope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Negative Slope</em>' attribute.
	 * @see #getNegativeSlope()
	 * @generated
	 */
	void setNegativeSlope(double value);

	/**
	 * Returns the value of the '<em><b>Self Loops</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Self Loops</em>' attribute.
	 * @see #setSelfLoops(boolean)
	 * @see dev.dendrite.model.network.gnn.GnnPackage#getGraphAttention_SelfLoops()
	 * @model default="true"
	 * @generated
	 */
	boolean isSelfLoops();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.gnn.GraphAttention#isSelfLoops <em>Self Loops</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Self Loops</em>' attribute.
	 * @see #isSelfLoops()
	 * @generated
	 */
	void setSelfLoops(boolean value);

	/**
	 * Returns the value of the '<em><b>Bias</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bias</em>' attribute.
	 * @see #setBias(boolean)
	 * @see dev.dendrite.model.network.gnn.GnnPackage#getGraphAttention_Bias()
	 * @model default="true"
	 * @generated
	 */
	boolean isBias();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.gnn.GraphAttention#isBias <em>Bias</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bias</em>' attribute.
	 * @see #isBias()
	 * @generated
	 */
	void setBias(boolean value);

	/**
	 * Returns the value of the '<em><b>Dynamic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * GATv2 (Brody et al.): scores a.LeakyReLU(W.x_j + W_t.x_i), which can rank a node's neighbours differently for every node; GAT's a.[W.x_i, W.x_j] ranks them alike for all.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dynamic</em>' attribute.
	 * @see #setDynamic(boolean)
	 * @see dev.dendrite.model.network.gnn.GnnPackage#getGraphAttention_Dynamic()
	 * @model
	 * @generated
	 */
	boolean isDynamic();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.gnn.GraphAttention#isDynamic <em>Dynamic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dynamic</em>' attribute.
	 * @see #isDynamic()
	 * @generated
	 */
	void setDynamic(boolean value);

	/**
	 * Returns the value of the '<em><b>Share Weights</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * GATv2 only: one weight matrix for the source and the target node (W_t = W, GATv2Conv's share_weights), half the layer's weights.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Share Weights</em>' attribute.
	 * @see #setShareWeights(boolean)
	 * @see dev.dendrite.model.network.gnn.GnnPackage#getGraphAttention_ShareWeights()
	 * @model
	 * @generated
	 */
	boolean isShareWeights();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.gnn.GraphAttention#isShareWeights <em>Share Weights</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Share Weights</em>' attribute.
	 * @see #isShareWeights()
	 * @generated
	 */
	void setShareWeights(boolean value);

	/**
	 * Returns the value of the '<em><b>Dropout</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The probability of dropping each attention coefficient in training (Velickovic et al. drop 0.6 on Cora): every node hears a random subset of its neighbours each step. Inference keeps all.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dropout</em>' attribute.
	 * @see #setDropout(double)
	 * @see dev.dendrite.model.network.gnn.GnnPackage#getGraphAttention_Dropout()
	 * @model default="0.0"
	 * @generated
	 */
	double getDropout();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.gnn.GraphAttention#getDropout <em>Dropout</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dropout</em>' attribute.
	 * @see #getDropout()
	 * @generated
	 */
	void setDropout(double value);

} // GraphAttention
