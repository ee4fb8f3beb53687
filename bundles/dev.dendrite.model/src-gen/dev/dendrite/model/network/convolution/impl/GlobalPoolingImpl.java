/**
 */
package dev.dendrite.model.network.convolution.impl;

import dev.dendrite.model.network.PoolType;

import dev.dendrite.model.network.convolution.ConvolutionPackage;
import dev.dendrite.model.network.convolution.GlobalPooling;

import dev.dendrite.model.network.impl.LayerImpl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Global Pooling</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.dendrite.model.network.convolution.impl.GlobalPoolingImpl#getPoolType <em>Pool Type</em>}</li>
 * </ul>
 *
 * @generated
 */
public class GlobalPoolingImpl extends LayerImpl implements GlobalPooling {
	/**
	 * The default value of the '{@link #getPoolType() <em>Pool Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPoolType()
	 * @generated
	 * @ordered
	 */
	protected static final PoolType POOL_TYPE_EDEFAULT = PoolType.MAX;

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
	protected GlobalPoolingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ConvolutionPackage.Literals.GLOBAL_POOLING;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ConvolutionPackage.GLOBAL_POOLING__POOL_TYPE, oldPoolType, poolType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ConvolutionPackage.GLOBAL_POOLING__POOL_TYPE:
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
			case ConvolutionPackage.GLOBAL_POOLING__POOL_TYPE:
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
			case ConvolutionPackage.GLOBAL_POOLING__POOL_TYPE:
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
			case ConvolutionPackage.GLOBAL_POOLING__POOL_TYPE:
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

} //GlobalPoolingImpl
