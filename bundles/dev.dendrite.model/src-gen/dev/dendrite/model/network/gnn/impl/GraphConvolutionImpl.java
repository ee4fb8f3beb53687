/**
 */
package dev.dendrite.model.network.gnn.impl;

import dev.dendrite.model.network.gnn.GnnPackage;
import dev.dendrite.model.network.gnn.GraphConvolution;

import dev.dendrite.model.network.impl.LayerImpl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Graph Convolution</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.dendrite.model.network.gnn.impl.GraphConvolutionImpl#getOutFeatures <em>Out Features</em>}</li>
 *   <li>{@link dev.dendrite.model.network.gnn.impl.GraphConvolutionImpl#isBias <em>Bias</em>}</li>
 * </ul>
 *
 * @generated
 */
public class GraphConvolutionImpl extends LayerImpl implements GraphConvolution {
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
	 * The default value of the '{@link #isBias() <em>Bias</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBias()
	 * @generated
	 * @ordered
	 */
	protected static final boolean BIAS_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isBias() <em>Bias</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBias()
	 * @generated
	 * @ordered
	 */
	protected boolean bias = BIAS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected GraphConvolutionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GnnPackage.Literals.GRAPH_CONVOLUTION;
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
			eNotify(new ENotificationImpl(this, Notification.SET, GnnPackage.GRAPH_CONVOLUTION__OUT_FEATURES, oldOutFeatures, outFeatures));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isBias() {
		return bias;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBias(boolean newBias) {
		boolean oldBias = bias;
		bias = newBias;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GnnPackage.GRAPH_CONVOLUTION__BIAS, oldBias, bias));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case GnnPackage.GRAPH_CONVOLUTION__OUT_FEATURES:
				return getOutFeatures();
			case GnnPackage.GRAPH_CONVOLUTION__BIAS:
				return isBias();
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
			case GnnPackage.GRAPH_CONVOLUTION__OUT_FEATURES:
				setOutFeatures((Integer)newValue);
				return;
			case GnnPackage.GRAPH_CONVOLUTION__BIAS:
				setBias((Boolean)newValue);
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
			case GnnPackage.GRAPH_CONVOLUTION__OUT_FEATURES:
				setOutFeatures(OUT_FEATURES_EDEFAULT);
				return;
			case GnnPackage.GRAPH_CONVOLUTION__BIAS:
				setBias(BIAS_EDEFAULT);
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
			case GnnPackage.GRAPH_CONVOLUTION__OUT_FEATURES:
				return outFeatures != OUT_FEATURES_EDEFAULT;
			case GnnPackage.GRAPH_CONVOLUTION__BIAS:
				return bias != BIAS_EDEFAULT;
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
		result.append(", bias: ");
		result.append(bias);
		result.append(')');
		return result.toString();
	}

} //GraphConvolutionImpl
