/**
 */
package dev.dendrite.model.network.gnn.impl;

import dev.dendrite.model.network.gnn.GnnPackage;
import dev.dendrite.model.network.gnn.GraphInput;

import dev.dendrite.model.network.impl.LayerImpl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Graph Input</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.dendrite.model.network.gnn.impl.GraphInputImpl#getNodeFeatures <em>Node Features</em>}</li>
 *   <li>{@link dev.dendrite.model.network.gnn.impl.GraphInputImpl#getEdgeFeatures <em>Edge Features</em>}</li>
 *   <li>{@link dev.dendrite.model.network.gnn.impl.GraphInputImpl#isBatched <em>Batched</em>}</li>
 * </ul>
 *
 * @generated
 */
public class GraphInputImpl extends LayerImpl implements GraphInput {
	/**
	 * The default value of the '{@link #getNodeFeatures() <em>Node Features</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNodeFeatures()
	 * @generated
	 * @ordered
	 */
	protected static final int NODE_FEATURES_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getNodeFeatures() <em>Node Features</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNodeFeatures()
	 * @generated
	 * @ordered
	 */
	protected int nodeFeatures = NODE_FEATURES_EDEFAULT;

	/**
	 * The default value of the '{@link #getEdgeFeatures() <em>Edge Features</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEdgeFeatures()
	 * @generated
	 * @ordered
	 */
	protected static final int EDGE_FEATURES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getEdgeFeatures() <em>Edge Features</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEdgeFeatures()
	 * @generated
	 * @ordered
	 */
	protected int edgeFeatures = EDGE_FEATURES_EDEFAULT;

	/**
	 * The default value of the '{@link #isBatched() <em>Batched</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBatched()
	 * @generated
	 * @ordered
	 */
	protected static final boolean BATCHED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isBatched() <em>Batched</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBatched()
	 * @generated
	 * @ordered
	 */
	protected boolean batched = BATCHED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected GraphInputImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GnnPackage.Literals.GRAPH_INPUT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getNodeFeatures() {
		return nodeFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNodeFeatures(int newNodeFeatures) {
		int oldNodeFeatures = nodeFeatures;
		nodeFeatures = newNodeFeatures;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GnnPackage.GRAPH_INPUT__NODE_FEATURES, oldNodeFeatures, nodeFeatures));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getEdgeFeatures() {
		return edgeFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEdgeFeatures(int newEdgeFeatures) {
		int oldEdgeFeatures = edgeFeatures;
		edgeFeatures = newEdgeFeatures;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GnnPackage.GRAPH_INPUT__EDGE_FEATURES, oldEdgeFeatures, edgeFeatures));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isBatched() {
		return batched;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBatched(boolean newBatched) {
		boolean oldBatched = batched;
		batched = newBatched;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GnnPackage.GRAPH_INPUT__BATCHED, oldBatched, batched));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case GnnPackage.GRAPH_INPUT__NODE_FEATURES:
				return getNodeFeatures();
			case GnnPackage.GRAPH_INPUT__EDGE_FEATURES:
				return getEdgeFeatures();
			case GnnPackage.GRAPH_INPUT__BATCHED:
				return isBatched();
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
			case GnnPackage.GRAPH_INPUT__NODE_FEATURES:
				setNodeFeatures((Integer)newValue);
				return;
			case GnnPackage.GRAPH_INPUT__EDGE_FEATURES:
				setEdgeFeatures((Integer)newValue);
				return;
			case GnnPackage.GRAPH_INPUT__BATCHED:
				setBatched((Boolean)newValue);
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
			case GnnPackage.GRAPH_INPUT__NODE_FEATURES:
				setNodeFeatures(NODE_FEATURES_EDEFAULT);
				return;
			case GnnPackage.GRAPH_INPUT__EDGE_FEATURES:
				setEdgeFeatures(EDGE_FEATURES_EDEFAULT);
				return;
			case GnnPackage.GRAPH_INPUT__BATCHED:
				setBatched(BATCHED_EDEFAULT);
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
			case GnnPackage.GRAPH_INPUT__NODE_FEATURES:
				return nodeFeatures != NODE_FEATURES_EDEFAULT;
			case GnnPackage.GRAPH_INPUT__EDGE_FEATURES:
				return edgeFeatures != EDGE_FEATURES_EDEFAULT;
			case GnnPackage.GRAPH_INPUT__BATCHED:
				return batched != BATCHED_EDEFAULT;
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
		result.append(" (nodeFeatures: ");
		result.append(nodeFeatures);
		result.append(", edgeFeatures: ");
		result.append(edgeFeatures);
		result.append(", batched: ");
		result.append(batched);
		result.append(')');
		return result.toString();
	}

} //GraphInputImpl
