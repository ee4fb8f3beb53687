/**
 */
package dev.dendrite.model.network.impl;

import dev.dendrite.model.network.NetworkPackage;
import dev.dendrite.model.network.Regularization;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Regularization</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.dendrite.model.network.impl.RegularizationImpl#getL1 <em>L1</em>}</li>
 *   <li>{@link dev.dendrite.model.network.impl.RegularizationImpl#getL2 <em>L2</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RegularizationImpl extends EObjectImpl implements Regularization {
	/**
	 * The default value of the '{@link #getL1() <em>L1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getL1()
	 * @generated
	 * @ordered
	 */
	protected static final double L1_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getL1() <em>L1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getL1()
	 * @generated
	 * @ordered
	 */
	protected double l1 = L1_EDEFAULT;

	/**
	 * The default value of the '{@link #getL2() <em>L2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getL2()
	 * @generated
	 * @ordered
	 */
	protected static final double L2_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getL2() <em>L2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getL2()
	 * @generated
	 * @ordered
	 */
	protected double l2 = L2_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RegularizationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NetworkPackage.Literals.REGULARIZATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getL1() {
		return l1;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setL1(double newL1) {
		double oldL1 = l1;
		l1 = newL1;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetworkPackage.REGULARIZATION__L1, oldL1, l1));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getL2() {
		return l2;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setL2(double newL2) {
		double oldL2 = l2;
		l2 = newL2;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetworkPackage.REGULARIZATION__L2, oldL2, l2));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case NetworkPackage.REGULARIZATION__L1:
				return getL1();
			case NetworkPackage.REGULARIZATION__L2:
				return getL2();
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
			case NetworkPackage.REGULARIZATION__L1:
				setL1((Double)newValue);
				return;
			case NetworkPackage.REGULARIZATION__L2:
				setL2((Double)newValue);
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
			case NetworkPackage.REGULARIZATION__L1:
				setL1(L1_EDEFAULT);
				return;
			case NetworkPackage.REGULARIZATION__L2:
				setL2(L2_EDEFAULT);
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
			case NetworkPackage.REGULARIZATION__L1:
				return l1 != L1_EDEFAULT;
			case NetworkPackage.REGULARIZATION__L2:
				return l2 != L2_EDEFAULT;
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
		result.append(" (l1: ");
		result.append(l1);
		result.append(", l2: ");
		result.append(l2);
		result.append(')');
		return result.toString();
	}

} //RegularizationImpl
