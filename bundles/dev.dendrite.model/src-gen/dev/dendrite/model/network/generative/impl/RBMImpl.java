/**
 */
package dev.dendrite.model.network.generative.impl;

import dev.dendrite.model.network.generative.GenerativePackage;
import dev.dendrite.model.network.generative.RBM;
import dev.dendrite.model.network.generative.UnitType;

import dev.dendrite.model.network.impl.LayerImpl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>RBM</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.dendrite.model.network.generative.impl.RBMImpl#getVisibleUnits <em>Visible Units</em>}</li>
 *   <li>{@link dev.dendrite.model.network.generative.impl.RBMImpl#getHiddenUnits <em>Hidden Units</em>}</li>
 *   <li>{@link dev.dendrite.model.network.generative.impl.RBMImpl#getCdSteps <em>Cd Steps</em>}</li>
 *   <li>{@link dev.dendrite.model.network.generative.impl.RBMImpl#isPersistentChains <em>Persistent Chains</em>}</li>
 *   <li>{@link dev.dendrite.model.network.generative.impl.RBMImpl#getVisibleType <em>Visible Type</em>}</li>
 *   <li>{@link dev.dendrite.model.network.generative.impl.RBMImpl#getHiddenType <em>Hidden Type</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RBMImpl extends LayerImpl implements RBM {
	/**
	 * The default value of the '{@link #getVisibleUnits() <em>Visible Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVisibleUnits()
	 * @generated
	 * @ordered
	 */
	protected static final int VISIBLE_UNITS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getVisibleUnits() <em>Visible Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVisibleUnits()
	 * @generated
	 * @ordered
	 */
	protected int visibleUnits = VISIBLE_UNITS_EDEFAULT;

	/**
	 * The default value of the '{@link #getHiddenUnits() <em>Hidden Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHiddenUnits()
	 * @generated
	 * @ordered
	 */
	protected static final int HIDDEN_UNITS_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getHiddenUnits() <em>Hidden Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHiddenUnits()
	 * @generated
	 * @ordered
	 */
	protected int hiddenUnits = HIDDEN_UNITS_EDEFAULT;

	/**
	 * The default value of the '{@link #getCdSteps() <em>Cd Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCdSteps()
	 * @generated
	 * @ordered
	 */
	protected static final int CD_STEPS_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getCdSteps() <em>Cd Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCdSteps()
	 * @generated
	 * @ordered
	 */
	protected int cdSteps = CD_STEPS_EDEFAULT;

	/**
	 * The default value of the '{@link #isPersistentChains() <em>Persistent Chains</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPersistentChains()
	 * @generated
	 * @ordered
	 */
	protected static final boolean PERSISTENT_CHAINS_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isPersistentChains() <em>Persistent Chains</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPersistentChains()
	 * @generated
	 * @ordered
	 */
	protected boolean persistentChains = PERSISTENT_CHAINS_EDEFAULT;

	/**
	 * The default value of the '{@link #getVisibleType() <em>Visible Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVisibleType()
	 * @generated
	 * @ordered
	 */
	protected static final UnitType VISIBLE_TYPE_EDEFAULT = UnitType.BINARY;

	/**
	 * The cached value of the '{@link #getVisibleType() <em>Visible Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVisibleType()
	 * @generated
	 * @ordered
	 */
	protected UnitType visibleType = VISIBLE_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getHiddenType() <em>Hidden Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHiddenType()
	 * @generated
	 * @ordered
	 */
	protected static final UnitType HIDDEN_TYPE_EDEFAULT = UnitType.BINARY;

	/**
	 * The cached value of the '{@link #getHiddenType() <em>Hidden Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHiddenType()
	 * @generated
	 * @ordered
	 */
	protected UnitType hiddenType = HIDDEN_TYPE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RBMImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GenerativePackage.Literals.RBM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getVisibleUnits() {
		return visibleUnits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVisibleUnits(int newVisibleUnits) {
		int oldVisibleUnits = visibleUnits;
		visibleUnits = newVisibleUnits;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GenerativePackage.RBM__VISIBLE_UNITS, oldVisibleUnits, visibleUnits));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getHiddenUnits() {
		return hiddenUnits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHiddenUnits(int newHiddenUnits) {
		int oldHiddenUnits = hiddenUnits;
		hiddenUnits = newHiddenUnits;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GenerativePackage.RBM__HIDDEN_UNITS, oldHiddenUnits, hiddenUnits));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCdSteps() {
		return cdSteps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCdSteps(int newCdSteps) {
		int oldCdSteps = cdSteps;
		cdSteps = newCdSteps;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GenerativePackage.RBM__CD_STEPS, oldCdSteps, cdSteps));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isPersistentChains() {
		return persistentChains;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPersistentChains(boolean newPersistentChains) {
		boolean oldPersistentChains = persistentChains;
		persistentChains = newPersistentChains;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GenerativePackage.RBM__PERSISTENT_CHAINS, oldPersistentChains, persistentChains));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UnitType getVisibleType() {
		return visibleType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVisibleType(UnitType newVisibleType) {
		UnitType oldVisibleType = visibleType;
		visibleType = newVisibleType == null ? VISIBLE_TYPE_EDEFAULT : newVisibleType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GenerativePackage.RBM__VISIBLE_TYPE, oldVisibleType, visibleType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UnitType getHiddenType() {
		return hiddenType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHiddenType(UnitType newHiddenType) {
		UnitType oldHiddenType = hiddenType;
		hiddenType = newHiddenType == null ? HIDDEN_TYPE_EDEFAULT : newHiddenType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GenerativePackage.RBM__HIDDEN_TYPE, oldHiddenType, hiddenType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case GenerativePackage.RBM__VISIBLE_UNITS:
				return getVisibleUnits();
			case GenerativePackage.RBM__HIDDEN_UNITS:
				return getHiddenUnits();
			case GenerativePackage.RBM__CD_STEPS:
				return getCdSteps();
			case GenerativePackage.RBM__PERSISTENT_CHAINS:
				return isPersistentChains();
			case GenerativePackage.RBM__VISIBLE_TYPE:
				return getVisibleType();
			case GenerativePackage.RBM__HIDDEN_TYPE:
				return getHiddenType();
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
			case GenerativePackage.RBM__VISIBLE_UNITS:
				setVisibleUnits((Integer)newValue);
				return;
			case GenerativePackage.RBM__HIDDEN_UNITS:
				setHiddenUnits((Integer)newValue);
				return;
			case GenerativePackage.RBM__CD_STEPS:
				setCdSteps((Integer)newValue);
				return;
			case GenerativePackage.RBM__PERSISTENT_CHAINS:
				setPersistentChains((Boolean)newValue);
				return;
			case GenerativePackage.RBM__VISIBLE_TYPE:
				setVisibleType((UnitType)newValue);
				return;
			case GenerativePackage.RBM__HIDDEN_TYPE:
				setHiddenType((UnitType)newValue);
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
			case GenerativePackage.RBM__VISIBLE_UNITS:
				setVisibleUnits(VISIBLE_UNITS_EDEFAULT);
				return;
			case GenerativePackage.RBM__HIDDEN_UNITS:
				setHiddenUnits(HIDDEN_UNITS_EDEFAULT);
				return;
			case GenerativePackage.RBM__CD_STEPS:
				setCdSteps(CD_STEPS_EDEFAULT);
				return;
			case GenerativePackage.RBM__PERSISTENT_CHAINS:
				setPersistentChains(PERSISTENT_CHAINS_EDEFAULT);
				return;
			case GenerativePackage.RBM__VISIBLE_TYPE:
				setVisibleType(VISIBLE_TYPE_EDEFAULT);
				return;
			case GenerativePackage.RBM__HIDDEN_TYPE:
				setHiddenType(HIDDEN_TYPE_EDEFAULT);
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
			case GenerativePackage.RBM__VISIBLE_UNITS:
				return visibleUnits != VISIBLE_UNITS_EDEFAULT;
			case GenerativePackage.RBM__HIDDEN_UNITS:
				return hiddenUnits != HIDDEN_UNITS_EDEFAULT;
			case GenerativePackage.RBM__CD_STEPS:
				return cdSteps != CD_STEPS_EDEFAULT;
			case GenerativePackage.RBM__PERSISTENT_CHAINS:
				return persistentChains != PERSISTENT_CHAINS_EDEFAULT;
			case GenerativePackage.RBM__VISIBLE_TYPE:
				return visibleType != VISIBLE_TYPE_EDEFAULT;
			case GenerativePackage.RBM__HIDDEN_TYPE:
				return hiddenType != HIDDEN_TYPE_EDEFAULT;
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
		result.append(" (visibleUnits: ");
		result.append(visibleUnits);
		result.append(", hiddenUnits: ");
		result.append(hiddenUnits);
		result.append(", cdSteps: ");
		result.append(cdSteps);
		result.append(", persistentChains: ");
		result.append(persistentChains);
		result.append(", visibleType: ");
		result.append(visibleType);
		result.append(", hiddenType: ");
		result.append(hiddenType);
		result.append(')');
		return result.toString();
	}

} //RBMImpl
