/**
 */
package dev.dendrite.model.network.gnn.impl;

import dev.dendrite.model.network.ActivationFunction;

import dev.dendrite.model.network.gnn.Aggregation;
import dev.dendrite.model.network.gnn.GnnPackage;
import dev.dendrite.model.network.gnn.MessageFunction;
import dev.dendrite.model.network.gnn.MessagePassing;
import dev.dendrite.model.network.gnn.UpdateFunction;

import dev.dendrite.model.network.impl.LayerImpl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Message Passing</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.dendrite.model.network.gnn.impl.MessagePassingImpl#getOutFeatures <em>Out Features</em>}</li>
 *   <li>{@link dev.dendrite.model.network.gnn.impl.MessagePassingImpl#getMessage <em>Message</em>}</li>
 *   <li>{@link dev.dendrite.model.network.gnn.impl.MessagePassingImpl#getAggregation <em>Aggregation</em>}</li>
 *   <li>{@link dev.dendrite.model.network.gnn.impl.MessagePassingImpl#getUpdate <em>Update</em>}</li>
 *   <li>{@link dev.dendrite.model.network.gnn.impl.MessagePassingImpl#getActivation <em>Activation</em>}</li>
 *   <li>{@link dev.dendrite.model.network.gnn.impl.MessagePassingImpl#isActivateMessages <em>Activate Messages</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MessagePassingImpl extends LayerImpl implements MessagePassing {
	/**
	 * The default value of the '{@link #getOutFeatures() <em>Out Features</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutFeatures()
	 * @generated
	 * @ordered
	 */
	protected static final int OUT_FEATURES_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getOutFeatures() <em>Out Features</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutFeatures()
	 * @generated
	 * @ordered
	 */
	protected int outFeatures = OUT_FEATURES_EDEFAULT;

	/**
	 * The default value of the '{@link #getMessage() <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessage()
	 * @generated
	 * @ordered
	 */
	protected static final MessageFunction MESSAGE_EDEFAULT = MessageFunction.IDENTITY;

	/**
	 * The cached value of the '{@link #getMessage() <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessage()
	 * @generated
	 * @ordered
	 */
	protected MessageFunction message = MESSAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAggregation() <em>Aggregation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAggregation()
	 * @generated
	 * @ordered
	 */
	protected static final Aggregation AGGREGATION_EDEFAULT = Aggregation.SUM;

	/**
	 * The cached value of the '{@link #getAggregation() <em>Aggregation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAggregation()
	 * @generated
	 * @ordered
	 */
	protected Aggregation aggregation = AGGREGATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getUpdate() <em>Update</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUpdate()
	 * @generated
	 * @ordered
	 */
	protected static final UpdateFunction UPDATE_EDEFAULT = UpdateFunction.SUM;

	/**
	 * The cached value of the '{@link #getUpdate() <em>Update</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUpdate()
	 * @generated
	 * @ordered
	 */
	protected UpdateFunction update = UPDATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getActivation() <em>Activation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActivation()
	 * @generated
	 * @ordered
	 */
	protected static final ActivationFunction ACTIVATION_EDEFAULT = ActivationFunction.RELU;

	/**
	 * The cached value of the '{@link #getActivation() <em>Activation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActivation()
	 * @generated
	 * @ordered
	 */
	protected ActivationFunction activation = ACTIVATION_EDEFAULT;

	/**
	 * The default value of the '{@link #isActivateMessages() <em>Activate Messages</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isActivateMessages()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ACTIVATE_MESSAGES_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isActivateMessages() <em>Activate Messages</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isActivateMessages()
	 * @generated
	 * @ordered
	 */
	protected boolean activateMessages = ACTIVATE_MESSAGES_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MessagePassingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GnnPackage.Literals.MESSAGE_PASSING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getOutFeatures() {
		return outFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOutFeatures(int newOutFeatures) {
		int oldOutFeatures = outFeatures;
		outFeatures = newOutFeatures;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GnnPackage.MESSAGE_PASSING__OUT_FEATURES, oldOutFeatures, outFeatures));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MessageFunction getMessage() {
		return message;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMessage(MessageFunction newMessage) {
		MessageFunction oldMessage = message;
		message = newMessage == null ? MESSAGE_EDEFAULT : newMessage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GnnPackage.MESSAGE_PASSING__MESSAGE, oldMessage, message));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Aggregation getAggregation() {
		return aggregation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAggregation(Aggregation newAggregation) {
		Aggregation oldAggregation = aggregation;
		aggregation = newAggregation == null ? AGGREGATION_EDEFAULT : newAggregation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GnnPackage.MESSAGE_PASSING__AGGREGATION, oldAggregation, aggregation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UpdateFunction getUpdate() {
		return update;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUpdate(UpdateFunction newUpdate) {
		UpdateFunction oldUpdate = update;
		update = newUpdate == null ? UPDATE_EDEFAULT : newUpdate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GnnPackage.MESSAGE_PASSING__UPDATE, oldUpdate, update));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ActivationFunction getActivation() {
		return activation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActivation(ActivationFunction newActivation) {
		ActivationFunction oldActivation = activation;
		activation = newActivation == null ? ACTIVATION_EDEFAULT : newActivation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GnnPackage.MESSAGE_PASSING__ACTIVATION, oldActivation, activation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isActivateMessages() {
		return activateMessages;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActivateMessages(boolean newActivateMessages) {
		boolean oldActivateMessages = activateMessages;
		activateMessages = newActivateMessages;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GnnPackage.MESSAGE_PASSING__ACTIVATE_MESSAGES, oldActivateMessages, activateMessages));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case GnnPackage.MESSAGE_PASSING__OUT_FEATURES:
				return getOutFeatures();
			case GnnPackage.MESSAGE_PASSING__MESSAGE:
				return getMessage();
			case GnnPackage.MESSAGE_PASSING__AGGREGATION:
				return getAggregation();
			case GnnPackage.MESSAGE_PASSING__UPDATE:
				return getUpdate();
			case GnnPackage.MESSAGE_PASSING__ACTIVATION:
				return getActivation();
			case GnnPackage.MESSAGE_PASSING__ACTIVATE_MESSAGES:
				return isActivateMessages();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case GnnPackage.MESSAGE_PASSING__OUT_FEATURES:
				setOutFeatures((Integer)newValue);
				return;
			case GnnPackage.MESSAGE_PASSING__MESSAGE:
				setMessage((MessageFunction)newValue);
				return;
			case GnnPackage.MESSAGE_PASSING__AGGREGATION:
				setAggregation((Aggregation)newValue);
				return;
			case GnnPackage.MESSAGE_PASSING__UPDATE:
				setUpdate((UpdateFunction)newValue);
				return;
			case GnnPackage.MESSAGE_PASSING__ACTIVATION:
				setActivation((ActivationFunction)newValue);
				return;
			case GnnPackage.MESSAGE_PASSING__ACTIVATE_MESSAGES:
				setActivateMessages((Boolean)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case GnnPackage.MESSAGE_PASSING__OUT_FEATURES:
				setOutFeatures(OUT_FEATURES_EDEFAULT);
				return;
			case GnnPackage.MESSAGE_PASSING__MESSAGE:
				setMessage(MESSAGE_EDEFAULT);
				return;
			case GnnPackage.MESSAGE_PASSING__AGGREGATION:
				setAggregation(AGGREGATION_EDEFAULT);
				return;
			case GnnPackage.MESSAGE_PASSING__UPDATE:
				setUpdate(UPDATE_EDEFAULT);
				return;
			case GnnPackage.MESSAGE_PASSING__ACTIVATION:
				setActivation(ACTIVATION_EDEFAULT);
				return;
			case GnnPackage.MESSAGE_PASSING__ACTIVATE_MESSAGES:
				setActivateMessages(ACTIVATE_MESSAGES_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case GnnPackage.MESSAGE_PASSING__OUT_FEATURES:
				return outFeatures != OUT_FEATURES_EDEFAULT;
			case GnnPackage.MESSAGE_PASSING__MESSAGE:
				return message != MESSAGE_EDEFAULT;
			case GnnPackage.MESSAGE_PASSING__AGGREGATION:
				return aggregation != AGGREGATION_EDEFAULT;
			case GnnPackage.MESSAGE_PASSING__UPDATE:
				return update != UPDATE_EDEFAULT;
			case GnnPackage.MESSAGE_PASSING__ACTIVATION:
				return activation != ACTIVATION_EDEFAULT;
			case GnnPackage.MESSAGE_PASSING__ACTIVATE_MESSAGES:
				return activateMessages != ACTIVATE_MESSAGES_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (outFeatures: ");
		result.append(outFeatures);
		result.append(", message: ");
		result.append(message);
		result.append(", aggregation: ");
		result.append(aggregation);
		result.append(", update: ");
		result.append(update);
		result.append(", activation: ");
		result.append(activation);
		result.append(", activateMessages: ");
		result.append(activateMessages);
		result.append(')');
		return result.toString();
	}

} //MessagePassingImpl
