/**
 */
package dev.dendrite.model.network.impl;

import dev.dendrite.model.network.DataType;
import dev.dendrite.model.network.Input;
import dev.dendrite.model.network.InputRole;
import dev.dendrite.model.network.NetworkPackage;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Input</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.dendrite.model.network.impl.InputImpl#getDims <em>Dims</em>}</li>
 *   <li>{@link dev.dendrite.model.network.impl.InputImpl#isSequence <em>Sequence</em>}</li>
 *   <li>{@link dev.dendrite.model.network.impl.InputImpl#getDataType <em>Data Type</em>}</li>
 *   <li>{@link dev.dendrite.model.network.impl.InputImpl#getRole <em>Role</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InputImpl extends LayerImpl implements Input {
	/**
	 * The cached value of the '{@link #getDims() <em>Dims</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDims()
	 * @generated
	 * @ordered
	 */
	protected EList<Integer> dims;

	/**
	 * The default value of the '{@link #isSequence() <em>Sequence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSequence()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SEQUENCE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isSequence() <em>Sequence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSequence()
	 * @generated
	 * @ordered
	 */
	protected boolean sequence = SEQUENCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDataType() <em>Data Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataType()
	 * @generated
	 * @ordered
	 */
	protected static final DataType DATA_TYPE_EDEFAULT = DataType.FLOAT;

	/**
	 * The cached value of the '{@link #getDataType() <em>Data Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataType()
	 * @generated
	 * @ordered
	 */
	protected DataType dataType = DATA_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected static final InputRole ROLE_EDEFAULT = InputRole.FEATURES;

	/**
	 * The cached value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected InputRole role = ROLE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InputImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NetworkPackage.Literals.INPUT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Integer> getDims() {
		if (dims == null) {
			dims = new EDataTypeEList<Integer>(Integer.class, this, NetworkPackage.INPUT__DIMS);
		}
		return dims;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSequence() {
		return sequence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSequence(boolean newSequence) {
		boolean oldSequence = sequence;
		sequence = newSequence;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetworkPackage.INPUT__SEQUENCE, oldSequence, sequence));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DataType getDataType() {
		return dataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDataType(DataType newDataType) {
		DataType oldDataType = dataType;
		dataType = newDataType == null ? DATA_TYPE_EDEFAULT : newDataType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetworkPackage.INPUT__DATA_TYPE, oldDataType, dataType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InputRole getRole() {
		return role;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRole(InputRole newRole) {
		InputRole oldRole = role;
		role = newRole == null ? ROLE_EDEFAULT : newRole;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetworkPackage.INPUT__ROLE, oldRole, role));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case NetworkPackage.INPUT__DIMS:
				return getDims();
			case NetworkPackage.INPUT__SEQUENCE:
				return isSequence();
			case NetworkPackage.INPUT__DATA_TYPE:
				return getDataType();
			case NetworkPackage.INPUT__ROLE:
				return getRole();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case NetworkPackage.INPUT__DIMS:
				getDims().clear();
				getDims().addAll((Collection<? extends Integer>)newValue);
				return;
			case NetworkPackage.INPUT__SEQUENCE:
				setSequence((Boolean)newValue);
				return;
			case NetworkPackage.INPUT__DATA_TYPE:
				setDataType((DataType)newValue);
				return;
			case NetworkPackage.INPUT__ROLE:
				setRole((InputRole)newValue);
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
			case NetworkPackage.INPUT__DIMS:
				getDims().clear();
				return;
			case NetworkPackage.INPUT__SEQUENCE:
				setSequence(SEQUENCE_EDEFAULT);
				return;
			case NetworkPackage.INPUT__DATA_TYPE:
				setDataType(DATA_TYPE_EDEFAULT);
				return;
			case NetworkPackage.INPUT__ROLE:
				setRole(ROLE_EDEFAULT);
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
			case NetworkPackage.INPUT__DIMS:
				return dims != null && !dims.isEmpty();
			case NetworkPackage.INPUT__SEQUENCE:
				return sequence != SEQUENCE_EDEFAULT;
			case NetworkPackage.INPUT__DATA_TYPE:
				return dataType != DATA_TYPE_EDEFAULT;
			case NetworkPackage.INPUT__ROLE:
				return role != ROLE_EDEFAULT;
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
		result.append(" (dims: ");
		result.append(dims);
		result.append(", sequence: ");
		result.append(sequence);
		result.append(", dataType: ");
		result.append(dataType);
		result.append(", role: ");
		result.append(role);
		result.append(')');
		return result.toString();
	}

} //InputImpl
