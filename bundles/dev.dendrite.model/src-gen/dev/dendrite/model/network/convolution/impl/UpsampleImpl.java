/**
 */
package dev.dendrite.model.network.convolution.impl;

import dev.dendrite.model.network.convolution.ConvolutionPackage;
import dev.dendrite.model.network.convolution.Upsample;

import dev.dendrite.model.network.impl.LayerImpl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Upsample</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.dendrite.model.network.convolution.impl.UpsampleImpl#getScale <em>Scale</em>}</li>
 *   <li>{@link dev.dendrite.model.network.convolution.impl.UpsampleImpl#isBilinear <em>Bilinear</em>}</li>
 * </ul>
 *
 * @generated
 */
public class UpsampleImpl extends LayerImpl implements Upsample {
	/**
	 * The default value of the '{@link #getScale() <em>Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScale()
	 * @generated
	 * @ordered
	 */
	protected static final int SCALE_EDEFAULT = 2;

	/**
	 * The cached value of the '{@link #getScale() <em>Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScale()
	 * @generated
	 * @ordered
	 */
	protected int scale = SCALE_EDEFAULT;

	/**
	 * The default value of the '{@link #isBilinear() <em>Bilinear</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBilinear()
	 * @generated
	 * @ordered
	 */
	protected static final boolean BILINEAR_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isBilinear() <em>Bilinear</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBilinear()
	 * @generated
	 * @ordered
	 */
	protected boolean bilinear = BILINEAR_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected UpsampleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ConvolutionPackage.Literals.UPSAMPLE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getScale() {
		return scale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScale(int newScale) {
		int oldScale = scale;
		scale = newScale;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ConvolutionPackage.UPSAMPLE__SCALE, oldScale, scale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isBilinear() {
		return bilinear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBilinear(boolean newBilinear) {
		boolean oldBilinear = bilinear;
		bilinear = newBilinear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ConvolutionPackage.UPSAMPLE__BILINEAR, oldBilinear, bilinear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ConvolutionPackage.UPSAMPLE__SCALE:
				return getScale();
			case ConvolutionPackage.UPSAMPLE__BILINEAR:
				return isBilinear();
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
			case ConvolutionPackage.UPSAMPLE__SCALE:
				setScale((Integer)newValue);
				return;
			case ConvolutionPackage.UPSAMPLE__BILINEAR:
				setBilinear((Boolean)newValue);
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
			case ConvolutionPackage.UPSAMPLE__SCALE:
				setScale(SCALE_EDEFAULT);
				return;
			case ConvolutionPackage.UPSAMPLE__BILINEAR:
				setBilinear(BILINEAR_EDEFAULT);
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
			case ConvolutionPackage.UPSAMPLE__SCALE:
				return scale != SCALE_EDEFAULT;
			case ConvolutionPackage.UPSAMPLE__BILINEAR:
				return bilinear != BILINEAR_EDEFAULT;
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
		result.append(" (scale: ");
		result.append(scale);
		result.append(", bilinear: ");
		result.append(bilinear);
		result.append(')');
		return result.toString();
	}

} //UpsampleImpl
