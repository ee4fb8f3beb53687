/**
 */
package dev.dendrite.model.network.impl;

import dev.dendrite.model.network.Dense;
import dev.dendrite.model.network.NetworkPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Dense</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.dendrite.model.network.impl.DenseImpl#getUnits <em>Units</em>}</li>
 *   <li>{@link dev.dendrite.model.network.impl.DenseImpl#isBias <em>Bias</em>}</li>
 *   <li>{@link dev.dendrite.model.network.impl.DenseImpl#isSpectralNorm <em>Spectral Norm</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DenseImpl extends LayerImpl implements Dense {
	/**
	 * The default value of the '{@link #getUnits() <em>Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnits()
	 * @generated
	 * @ordered
	 */
	protected static final int UNITS_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getUnits() <em>Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnits()
	 * @generated
	 * @ordered
	 */
	protected int units = UNITS_EDEFAULT;

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
	 * The default value of the '{@link #isSpectralNorm() <em>Spectral Norm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSpectralNorm()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SPECTRAL_NORM_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isSpectralNorm() <em>Spectral Norm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSpectralNorm()
	 * @generated
	 * @ordered
	 */
	protected boolean spectralNorm = SPECTRAL_NORM_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DenseImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NetworkPackage.Literals.DENSE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getUnits() {
		return units;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnits(int newUnits) {
		int oldUnits = units;
		units = newUnits;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetworkPackage.DENSE__UNITS, oldUnits, units));
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
			eNotify(new ENotificationImpl(this, Notification.SET, NetworkPackage.DENSE__BIAS, oldBias, bias));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSpectralNorm() {
		return spectralNorm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSpectralNorm(boolean newSpectralNorm) {
		boolean oldSpectralNorm = spectralNorm;
		spectralNorm = newSpectralNorm;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetworkPackage.DENSE__SPECTRAL_NORM, oldSpectralNorm, spectralNorm));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case NetworkPackage.DENSE__UNITS:
				return getUnits();
			case NetworkPackage.DENSE__BIAS:
				return isBias();
			case NetworkPackage.DENSE__SPECTRAL_NORM:
				return isSpectralNorm();
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
			case NetworkPackage.DENSE__UNITS:
				setUnits((Integer)newValue);
				return;
			case NetworkPackage.DENSE__BIAS:
				setBias((Boolean)newValue);
				return;
			case NetworkPackage.DENSE__SPECTRAL_NORM:
				setSpectralNorm((Boolean)newValue);
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
			case NetworkPackage.DENSE__UNITS:
				setUnits(UNITS_EDEFAULT);
				return;
			case NetworkPackage.DENSE__BIAS:
				setBias(BIAS_EDEFAULT);
				return;
			case NetworkPackage.DENSE__SPECTRAL_NORM:
				setSpectralNorm(SPECTRAL_NORM_EDEFAULT);
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
			case NetworkPackage.DENSE__UNITS:
				return units != UNITS_EDEFAULT;
			case NetworkPackage.DENSE__BIAS:
				return bias != BIAS_EDEFAULT;
			case NetworkPackage.DENSE__SPECTRAL_NORM:
				return spectralNorm != SPECTRAL_NORM_EDEFAULT;
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
		result.append(" (units: ");
		result.append(units);
		result.append(", bias: ");
		result.append(bias);
		result.append(", spectralNorm: ");
		result.append(spectralNorm);
		result.append(')');
		return result.toString();
	}

} //DenseImpl
