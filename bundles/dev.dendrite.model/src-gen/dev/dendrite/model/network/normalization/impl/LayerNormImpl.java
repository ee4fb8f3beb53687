/**
 */
package dev.dendrite.model.network.normalization.impl;

import dev.dendrite.model.network.impl.LayerImpl;

import dev.dendrite.model.network.normalization.LayerNorm;
import dev.dendrite.model.network.normalization.NormalizationPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Layer Norm</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.dendrite.model.network.normalization.impl.LayerNormImpl#getEpsilon <em>Epsilon</em>}</li>
 *   <li>{@link dev.dendrite.model.network.normalization.impl.LayerNormImpl#getNormalizedDims <em>Normalized Dims</em>}</li>
 *   <li>{@link dev.dendrite.model.network.normalization.impl.LayerNormImpl#isAffine <em>Affine</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LayerNormImpl extends LayerImpl implements LayerNorm {
	/**
	 * The default value of the '{@link #getEpsilon() <em>Epsilon</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEpsilon()
	 * @generated
	 * @ordered
	 */
	protected static final double EPSILON_EDEFAULT = 1.0E-5;

	/**
	 * The cached value of the '{@link #getEpsilon() <em>Epsilon</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEpsilon()
	 * @generated
	 * @ordered
	 */
	protected double epsilon = EPSILON_EDEFAULT;

	/**
	 * The default value of the '{@link #getNormalizedDims() <em>Normalized Dims</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNormalizedDims()
	 * @generated
	 * @ordered
	 */
	protected static final int NORMALIZED_DIMS_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getNormalizedDims() <em>Normalized Dims</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNormalizedDims()
	 * @generated
	 * @ordered
	 */
	protected int normalizedDims = NORMALIZED_DIMS_EDEFAULT;

	/**
	 * The default value of the '{@link #isAffine() <em>Affine</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAffine()
	 * @generated
	 * @ordered
	 */
	protected static final boolean AFFINE_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isAffine() <em>Affine</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAffine()
	 * @generated
	 * @ordered
	 */
	protected boolean affine = AFFINE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LayerNormImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NormalizationPackage.Literals.LAYER_NORM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getEpsilon() {
		return epsilon;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEpsilon(double newEpsilon) {
		double oldEpsilon = epsilon;
		epsilon = newEpsilon;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NormalizationPackage.LAYER_NORM__EPSILON, oldEpsilon, epsilon));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getNormalizedDims() {
		return normalizedDims;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNormalizedDims(int newNormalizedDims) {
		int oldNormalizedDims = normalizedDims;
		normalizedDims = newNormalizedDims;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NormalizationPackage.LAYER_NORM__NORMALIZED_DIMS, oldNormalizedDims, normalizedDims));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isAffine() {
		return affine;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAffine(boolean newAffine) {
		boolean oldAffine = affine;
		affine = newAffine;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NormalizationPackage.LAYER_NORM__AFFINE, oldAffine, affine));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case NormalizationPackage.LAYER_NORM__EPSILON:
				return getEpsilon();
			case NormalizationPackage.LAYER_NORM__NORMALIZED_DIMS:
				return getNormalizedDims();
			case NormalizationPackage.LAYER_NORM__AFFINE:
				return isAffine();
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
			case NormalizationPackage.LAYER_NORM__EPSILON:
				setEpsilon((Double)newValue);
				return;
			case NormalizationPackage.LAYER_NORM__NORMALIZED_DIMS:
				setNormalizedDims((Integer)newValue);
				return;
			case NormalizationPackage.LAYER_NORM__AFFINE:
				setAffine((Boolean)newValue);
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
			case NormalizationPackage.LAYER_NORM__EPSILON:
				setEpsilon(EPSILON_EDEFAULT);
				return;
			case NormalizationPackage.LAYER_NORM__NORMALIZED_DIMS:
				setNormalizedDims(NORMALIZED_DIMS_EDEFAULT);
				return;
			case NormalizationPackage.LAYER_NORM__AFFINE:
				setAffine(AFFINE_EDEFAULT);
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
			case NormalizationPackage.LAYER_NORM__EPSILON:
				return epsilon != EPSILON_EDEFAULT;
			case NormalizationPackage.LAYER_NORM__NORMALIZED_DIMS:
				return normalizedDims != NORMALIZED_DIMS_EDEFAULT;
			case NormalizationPackage.LAYER_NORM__AFFINE:
				return affine != AFFINE_EDEFAULT;
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
		result.append(" (epsilon: ");
		result.append(epsilon);
		result.append(", normalizedDims: ");
		result.append(normalizedDims);
		result.append(", affine: ");
		result.append(affine);
		result.append(')');
		return result.toString();
	}

} //LayerNormImpl
