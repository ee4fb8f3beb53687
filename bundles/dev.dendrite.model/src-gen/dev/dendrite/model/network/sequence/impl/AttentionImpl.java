/**
 */
package dev.dendrite.model.network.sequence.impl;

import dev.dendrite.model.network.impl.LayerImpl;

import dev.dendrite.model.network.sequence.Attention;
import dev.dendrite.model.network.sequence.SequencePackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Attention</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.dendrite.model.network.sequence.impl.AttentionImpl#getHeads <em>Heads</em>}</li>
 *   <li>{@link dev.dendrite.model.network.sequence.impl.AttentionImpl#isCausal <em>Causal</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AttentionImpl extends LayerImpl implements Attention {
	/**
	 * The default value of the '{@link #getHeads() <em>Heads</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeads()
	 * @generated
	 * @ordered
	 */
	protected static final int HEADS_EDEFAULT = 4;

	/**
	 * The cached value of the '{@link #getHeads() <em>Heads</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeads()
	 * @generated
	 * @ordered
	 */
	protected int heads = HEADS_EDEFAULT;

	/**
	 * The default value of the '{@link #isCausal() <em>Causal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCausal()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CAUSAL_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isCausal() <em>Causal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCausal()
	 * @generated
	 * @ordered
	 */
	protected boolean causal = CAUSAL_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AttentionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SequencePackage.Literals.ATTENTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getHeads() {
		return heads;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHeads(int newHeads) {
		int oldHeads = heads;
		heads = newHeads;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SequencePackage.ATTENTION__HEADS, oldHeads, heads));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isCausal() {
		return causal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCausal(boolean newCausal) {
		boolean oldCausal = causal;
		causal = newCausal;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SequencePackage.ATTENTION__CAUSAL, oldCausal, causal));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SequencePackage.ATTENTION__HEADS:
				return getHeads();
			case SequencePackage.ATTENTION__CAUSAL:
				return isCausal();
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
			case SequencePackage.ATTENTION__HEADS:
				setHeads((Integer)newValue);
				return;
			case SequencePackage.ATTENTION__CAUSAL:
				setCausal((Boolean)newValue);
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
			case SequencePackage.ATTENTION__HEADS:
				setHeads(HEADS_EDEFAULT);
				return;
			case SequencePackage.ATTENTION__CAUSAL:
				setCausal(CAUSAL_EDEFAULT);
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
			case SequencePackage.ATTENTION__HEADS:
				return heads != HEADS_EDEFAULT;
			case SequencePackage.ATTENTION__CAUSAL:
				return causal != CAUSAL_EDEFAULT;
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
		result.append(" (heads: ");
		result.append(heads);
		result.append(", causal: ");
		result.append(causal);
		result.append(')');
		return result.toString();
	}

} //AttentionImpl
