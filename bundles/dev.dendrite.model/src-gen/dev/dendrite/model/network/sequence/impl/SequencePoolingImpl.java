/**
 */
package dev.dendrite.model.network.sequence.impl;

import dev.dendrite.model.network.PoolType;

import dev.dendrite.model.network.impl.LayerImpl;

import dev.dendrite.model.network.sequence.SequencePackage;
import dev.dendrite.model.network.sequence.SequencePooling;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Pooling</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.dendrite.model.network.sequence.impl.SequencePoolingImpl#getPoolType <em>Pool Type</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SequencePoolingImpl extends LayerImpl implements SequencePooling {
	/**
	 * The default value of the '{@link #getPoolType() <em>Pool Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPoolType()
	 * @generated
	 * @ordered
	 */
	protected static final PoolType POOL_TYPE_EDEFAULT = PoolType.AVERAGE;

	/**
	 * The cached value of the '{@link #getPoolType() <em>Pool Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPoolType()
	 * @generated
	 * @ordered
	 */
	protected PoolType poolType = POOL_TYPE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SequencePoolingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SequencePackage.Literals.SEQUENCE_POOLING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PoolType getPoolType() {
		return poolType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPoolType(PoolType newPoolType) {
		PoolType oldPoolType = poolType;
		poolType = newPoolType == null ? POOL_TYPE_EDEFAULT : newPoolType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SequencePackage.SEQUENCE_POOLING__POOL_TYPE, oldPoolType, poolType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SequencePackage.SEQUENCE_POOLING__POOL_TYPE:
				return getPoolType();
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
			case SequencePackage.SEQUENCE_POOLING__POOL_TYPE:
				setPoolType((PoolType)newValue);
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
			case SequencePackage.SEQUENCE_POOLING__POOL_TYPE:
				setPoolType(POOL_TYPE_EDEFAULT);
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
			case SequencePackage.SEQUENCE_POOLING__POOL_TYPE:
				return poolType != POOL_TYPE_EDEFAULT;
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
		result.append(" (poolType: ");
		result.append(poolType);
		result.append(')');
		return result.toString();
	}

} //SequencePoolingImpl
