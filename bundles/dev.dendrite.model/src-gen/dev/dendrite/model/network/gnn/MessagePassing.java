/**
 */
package dev.dendrite.model.network.gnn;

import dev.dendrite.model.network.ActivationFunction;
import dev.dendrite.model.network.Layer;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Message Passing</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * h_i' = act(update(h_i, aggregate_j message(h_j))) over the edges j -> i.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.dendrite.model.network.gnn.MessagePassing#getOutFeatures <em>Out Features</em>}</li>
 *   <li>{@link dev.dendrite.model.network.gnn.MessagePassing#getMessage <em>Message</em>}</li>
 *   <li>{@link dev.dendrite.model.network.gnn.MessagePassing#getAggregation <em>Aggregation</em>}</li>
 *   <li>{@link dev.dendrite.model.network.gnn.MessagePassing#getUpdate <em>Update</em>}</li>
 *   <li>{@link dev.dendrite.model.network.gnn.MessagePassing#getActivation <em>Activation</em>}</li>
 *   <li>{@link dev.dendrite.model.network.gnn.MessagePassing#isActivateMessages <em>Activate Messages</em>}</li>
 * </ul>
 *
 * @see dev.dendrite.model.network.gnn.GnnPackage#getMessagePassing()
 * @model
 * @generated
 */
public interface MessagePassing extends Layer {
	/**
	 * Returns the value of the '<em><b>Out Features</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Out Features</em>' attribute.
	 * @see #setOutFeatures(int)
	 * @see dev.dendrite.model.network.gnn.GnnPackage#getMessagePassing_OutFeatures()
	 * @model default="1"
	 * @generated
	 */
	int getOutFeatures();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.gnn.MessagePassing#getOutFeatures <em>Out Features</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Out Features</em>' attribute.
	 * @see #getOutFeatures()
	 * @generated
	 */
	void setOutFeatures(int value);

	/**
	 * Returns the value of the '<em><b>Message</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.dendrite.model.network.gnn.MessageFunction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Message</em>' attribute.
	 * @see dev.dendrite.model.network.gnn.MessageFunction
	 * @see #setMessage(MessageFunction)
	 * @see dev.dendrite.model.network.gnn.GnnPackage#getMessagePassing_Message()
	 * @model
	 * @generated
	 */
	MessageFunction getMessage();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.gnn.MessagePassing#getMessage <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Message</em>' attribute.
	 * @see dev.dendrite.model.network.gnn.MessageFunction
	 * @see #getMessage()
	 * @generated
	 */
	void setMessage(MessageFunction value);

	/**
	 * Returns the value of the '<em><b>Aggregation</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.dendrite.model.network.gnn.Aggregation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Aggregation</em>' attribute.
	 * @see dev.dendrite.model.network.gnn.Aggregation
	 * @see #setAggregation(Aggregation)
	 * @see dev.dendrite.model.network.gnn.GnnPackage#getMessagePassing_Aggregation()
	 * @model
	 * @generated
	 */
	Aggregation getAggregation();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.gnn.MessagePassing#getAggregation <em>Aggregation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Aggregation</em>' attribute.
	 * @see dev.dendrite.model.network.gnn.Aggregation
	 * @see #getAggregation()
	 * @generated
	 */
	void setAggregation(Aggregation value);

	/**
	 * Returns the value of the '<em><b>Update</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.dendrite.model.network.gnn.UpdateFunction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Update</em>' attribute.
	 * @see dev.dendrite.model.network.gnn.UpdateFunction
	 * @see #setUpdate(UpdateFunction)
	 * @see dev.dendrite.model.network.gnn.GnnPackage#getMessagePassing_Update()
	 * @model
	 * @generated
	 */
	UpdateFunction getUpdate();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.gnn.MessagePassing#getUpdate <em>Update</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Update</em>' attribute.
	 * @see dev.dendrite.model.network.gnn.UpdateFunction
	 * @see #getUpdate()
	 * @generated
	 */
	void setUpdate(UpdateFunction value);

	/**
	 * Returns the value of the '<em><b>Activation</b></em>' attribute.
	 * The default value is <code>"relu"</code>.
	 * The literals are from the enumeration {@link dev.dendrite.model.network.ActivationFunction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Activation</em>' attribute.
	 * @see dev.dendrite.model.network.ActivationFunction
	 * @see #setActivation(ActivationFunction)
	 * @see dev.dendrite.model.network.gnn.GnnPackage#getMessagePassing_Activation()
	 * @model default="relu"
	 * @generated
	 */
	ActivationFunction getActivation();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.gnn.MessagePassing#getActivation <em>Activation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Activation</em>' attribute.
	 * @see dev.dendrite.model.network.ActivationFunction
	 * @see #getActivation()
	 * @generated
	 */
	void setActivation(ActivationFunction value);

	/**
	 * Returns the value of the '<em><b>Activate Messages</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Each message passes through the activation before the aggregation, m_ji = act(message(x_j) + W_e.e_ji), as GINEConv's ReLU(x_j + e_ji): a sum of such messages can tell which neighbour came over which edge, where a sum of linear messages only adds the two up.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Activate Messages</em>' attribute.
	 * @see #setActivateMessages(boolean)
	 * @see dev.dendrite.model.network.gnn.GnnPackage#getMessagePassing_ActivateMessages()
	 * @model
	 * @generated
	 */
	boolean isActivateMessages();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.gnn.MessagePassing#isActivateMessages <em>Activate Messages</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Activate Messages</em>' attribute.
	 * @see #isActivateMessages()
	 * @generated
	 */
	void setActivateMessages(boolean value);

} // MessagePassing
