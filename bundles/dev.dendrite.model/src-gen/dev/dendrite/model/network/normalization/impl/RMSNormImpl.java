/**
 */
package dev.dendrite.model.network.normalization.impl;

import dev.dendrite.model.network.impl.LayerImpl;

import dev.dendrite.model.network.normalization.NormalizationPackage;
import dev.dendrite.model.network.normalization.RMSNorm;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>RMS Norm</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.dendrite.model.network.normalization.impl.RMSNormImpl#getEpsilon <em>Epsilon</em>}</li>
 *   <li>{@link dev.dendrite.model.network.normalization.impl.RMSNormImpl#isAffine <em>Affine</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RMSNormImpl extends LayerImpl implements RMSNorm {
	/**
	 * The default value of the '{@link #getEpsilon() <em>Epsilon</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEpsilon()
	 * @generated
	 * @ordered
	 */
	protected static final double EPSILON_EDEFAULT = 1.0E-6;

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
	protected RMSNormImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NormalizationPackage.Literals.RMS_NORM;
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
			eNotify(new ENotificationImpl(this, Notification.SET, NormalizationPackage.RMS_NORM__EPSILON, oldEpsilon, epsilon));
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
			eNotify(new ENotificationImpl(this, Notification.SET, NormalizationPackage.RMS_NORM__AFFINE, oldAffine, affine));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case NormalizationPackage.RMS_NORM__EPSILON:
				return getEpsilon();
			case NormalizationPackage.RMS_NORM__AFFINE:
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
			case NormalizationPackage.RMS_NORM__EPSILON:
				setEpsilon((Double)newValue);
				return;
			case NormalizationPackage.RMS_NORM__AFFINE:
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
			case NormalizationPackage.RMS_NORM__EPSILON:
				setEpsilon(EPSILON_EDEFAULT);
				return;
			case NormalizationPackage.RMS_NORM__AFFINE:
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
			case NormalizationPackage.RMS_NORM__EPSILON:
				return epsilon != EPSILON_EDEFAULT;
			case NormalizationPackage.RMS_NORM__AFFINE:
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
		result.append(", affine: ");
		result.append(affine);
		result.append(')');
		return result.toString();
	}

} //RMSNormImpl
