/**
 */
package dev.dendrite.model.network.normalization.impl;

import dev.dendrite.model.network.impl.LayerImpl;

import dev.dendrite.model.network.normalization.LocalResponseNorm;
import dev.dendrite.model.network.normalization.NormalizationPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Local Response Norm</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.dendrite.model.network.normalization.impl.LocalResponseNormImpl#getSize <em>Size</em>}</li>
 *   <li>{@link dev.dendrite.model.network.normalization.impl.LocalResponseNormImpl#getAlpha <em>Alpha</em>}</li>
 *   <li>{@link dev.dendrite.model.network.normalization.impl.LocalResponseNormImpl#getBeta <em>Beta</em>}</li>
 *   <li>{@link dev.dendrite.model.network.normalization.impl.LocalResponseNormImpl#getBias <em>Bias</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LocalResponseNormImpl extends LayerImpl implements LocalResponseNorm {
	/**
	 * The default value of the '{@link #getSize() <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSize()
	 * @generated
	 * @ordered
	 */
	protected static final int SIZE_EDEFAULT = 5;

	/**
	 * The cached value of the '{@link #getSize() <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSize()
	 * @generated
	 * @ordered
	 */
	protected int size = SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAlpha() <em>Alpha</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAlpha()
	 * @generated
	 * @ordered
	 */
	protected static final float ALPHA_EDEFAULT = 1.0E-4F;

	/**
	 * The cached value of the '{@link #getAlpha() <em>Alpha</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAlpha()
	 * @generated
	 * @ordered
	 */
	protected float alpha = ALPHA_EDEFAULT;

	/**
	 * The default value of the '{@link #getBeta() <em>Beta</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBeta()
	 * @generated
	 * @ordered
	 */
	protected static final float BETA_EDEFAULT = 0.75F;

	/**
	 * The cached value of the '{@link #getBeta() <em>Beta</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBeta()
	 * @generated
	 * @ordered
	 */
	protected float beta = BETA_EDEFAULT;

	/**
	 * The default value of the '{@link #getBias() <em>Bias</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBias()
	 * @generated
	 * @ordered
	 */
	protected static final float BIAS_EDEFAULT = 1.0F;

	/**
	 * The cached value of the '{@link #getBias() <em>Bias</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBias()
	 * @generated
	 * @ordered
	 */
	protected float bias = BIAS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LocalResponseNormImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NormalizationPackage.Literals.LOCAL_RESPONSE_NORM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSize() {
		return size;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSize(int newSize) {
		int oldSize = size;
		size = newSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NormalizationPackage.LOCAL_RESPONSE_NORM__SIZE, oldSize, size));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public float getAlpha() {
		return alpha;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAlpha(float newAlpha) {
		float oldAlpha = alpha;
		alpha = newAlpha;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NormalizationPackage.LOCAL_RESPONSE_NORM__ALPHA, oldAlpha, alpha));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public float getBeta() {
		return beta;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBeta(float newBeta) {
		float oldBeta = beta;
		beta = newBeta;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NormalizationPackage.LOCAL_RESPONSE_NORM__BETA, oldBeta, beta));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public float getBias() {
		return bias;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBias(float newBias) {
		float oldBias = bias;
		bias = newBias;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NormalizationPackage.LOCAL_RESPONSE_NORM__BIAS, oldBias, bias));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case NormalizationPackage.LOCAL_RESPONSE_NORM__SIZE:
				return getSize();
			case NormalizationPackage.LOCAL_RESPONSE_NORM__ALPHA:
				return getAlpha();
			case NormalizationPackage.LOCAL_RESPONSE_NORM__BETA:
				return getBeta();
			case NormalizationPackage.LOCAL_RESPONSE_NORM__BIAS:
				return getBias();
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
			case NormalizationPackage.LOCAL_RESPONSE_NORM__SIZE:
				setSize((Integer)newValue);
				return;
			case NormalizationPackage.LOCAL_RESPONSE_NORM__ALPHA:
				setAlpha((Float)newValue);
				return;
			case NormalizationPackage.LOCAL_RESPONSE_NORM__BETA:
				setBeta((Float)newValue);
				return;
			case NormalizationPackage.LOCAL_RESPONSE_NORM__BIAS:
				setBias((Float)newValue);
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
			case NormalizationPackage.LOCAL_RESPONSE_NORM__SIZE:
				setSize(SIZE_EDEFAULT);
				return;
			case NormalizationPackage.LOCAL_RESPONSE_NORM__ALPHA:
				setAlpha(ALPHA_EDEFAULT);
				return;
			case NormalizationPackage.LOCAL_RESPONSE_NORM__BETA:
				setBeta(BETA_EDEFAULT);
				return;
			case NormalizationPackage.LOCAL_RESPONSE_NORM__BIAS:
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
			case NormalizationPackage.LOCAL_RESPONSE_NORM__SIZE:
				return size != SIZE_EDEFAULT;
			case NormalizationPackage.LOCAL_RESPONSE_NORM__ALPHA:
				return alpha != ALPHA_EDEFAULT;
			case NormalizationPackage.LOCAL_RESPONSE_NORM__BETA:
				return beta != BETA_EDEFAULT;
			case NormalizationPackage.LOCAL_RESPONSE_NORM__BIAS:
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
		result.append(" (size: ");
		result.append(size);
		result.append(", alpha: ");
		result.append(alpha);
		result.append(", beta: ");
		result.append(beta);
		result.append(", bias: ");
		result.append(bias);
		result.append(')');
		return result.toString();
	}

} //LocalResponseNormImpl
