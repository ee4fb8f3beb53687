/**
 */
package dev.dendrite.model.network.impl;

import dev.dendrite.model.network.NetworkPackage;
import dev.dendrite.model.network.OnnxOperator;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Onnx Operator</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.dendrite.model.network.impl.OnnxOperatorImpl#getOpType <em>Op Type</em>}</li>
 *   <li>{@link dev.dendrite.model.network.impl.OnnxOperatorImpl#getDomain <em>Domain</em>}</li>
 *   <li>{@link dev.dendrite.model.network.impl.OnnxOperatorImpl#getInputs <em>Inputs</em>}</li>
 *   <li>{@link dev.dendrite.model.network.impl.OnnxOperatorImpl#getOutputDims <em>Output Dims</em>}</li>
 *   <li>{@link dev.dendrite.model.network.impl.OnnxOperatorImpl#getDefinition <em>Definition</em>}</li>
 *   <li>{@link dev.dendrite.model.network.impl.OnnxOperatorImpl#getParameterCount <em>Parameter Count</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OnnxOperatorImpl extends LayerImpl implements OnnxOperator {
	/**
	 * The default value of the '{@link #getOpType() <em>Op Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOpType()
	 * @generated
	 * @ordered
	 */
	protected static final String OP_TYPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOpType() <em>Op Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOpType()
	 * @generated
	 * @ordered
	 */
	protected String opType = OP_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDomain() <em>Domain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDomain()
	 * @generated
	 * @ordered
	 */
	protected static final String DOMAIN_EDEFAULT = "";

	/**
	 * The cached value of the '{@link #getDomain() <em>Domain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDomain()
	 * @generated
	 * @ordered
	 */
	protected String domain = DOMAIN_EDEFAULT;

	/**
	 * The default value of the '{@link #getInputs() <em>Inputs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInputs()
	 * @generated
	 * @ordered
	 */
	protected static final int INPUTS_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getInputs() <em>Inputs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInputs()
	 * @generated
	 * @ordered
	 */
	protected int inputs = INPUTS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getOutputDims() <em>Output Dims</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutputDims()
	 * @generated
	 * @ordered
	 */
	protected EList<Integer> outputDims;

	/**
	 * The default value of the '{@link #getDefinition() <em>Definition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefinition()
	 * @generated
	 * @ordered
	 */
	protected static final String DEFINITION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDefinition() <em>Definition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefinition()
	 * @generated
	 * @ordered
	 */
	protected String definition = DEFINITION_EDEFAULT;

	/**
	 * The default value of the '{@link #getParameterCount() <em>Parameter Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParameterCount()
	 * @generated
	 * @ordered
	 */
	protected static final long PARAMETER_COUNT_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getParameterCount() <em>Parameter Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParameterCount()
	 * @generated
	 * @ordered
	 */
	protected long parameterCount = PARAMETER_COUNT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected OnnxOperatorImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NetworkPackage.Literals.ONNX_OPERATOR;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOpType() {
		return opType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOpType(String newOpType) {
		String oldOpType = opType;
		opType = newOpType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetworkPackage.ONNX_OPERATOR__OP_TYPE, oldOpType, opType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDomain() {
		return domain;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDomain(String newDomain) {
		String oldDomain = domain;
		domain = newDomain;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetworkPackage.ONNX_OPERATOR__DOMAIN, oldDomain, domain));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getInputs() {
		return inputs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInputs(int newInputs) {
		int oldInputs = inputs;
		inputs = newInputs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetworkPackage.ONNX_OPERATOR__INPUTS, oldInputs, inputs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Integer> getOutputDims() {
		if (outputDims == null) {
			outputDims = new EDataTypeEList<Integer>(Integer.class, this, NetworkPackage.ONNX_OPERATOR__OUTPUT_DIMS);
		}
		return outputDims;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDefinition() {
		return definition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDefinition(String newDefinition) {
		String oldDefinition = definition;
		definition = newDefinition;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetworkPackage.ONNX_OPERATOR__DEFINITION, oldDefinition, definition));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getParameterCount() {
		return parameterCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setParameterCount(long newParameterCount) {
		long oldParameterCount = parameterCount;
		parameterCount = newParameterCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetworkPackage.ONNX_OPERATOR__PARAMETER_COUNT, oldParameterCount, parameterCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case NetworkPackage.ONNX_OPERATOR__OP_TYPE:
				return getOpType();
			case NetworkPackage.ONNX_OPERATOR__DOMAIN:
				return getDomain();
			case NetworkPackage.ONNX_OPERATOR__INPUTS:
				return getInputs();
			case NetworkPackage.ONNX_OPERATOR__OUTPUT_DIMS:
				return getOutputDims();
			case NetworkPackage.ONNX_OPERATOR__DEFINITION:
				return getDefinition();
			case NetworkPackage.ONNX_OPERATOR__PARAMETER_COUNT:
				return getParameterCount();
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
			case NetworkPackage.ONNX_OPERATOR__OP_TYPE:
				setOpType((String)newValue);
				return;
			case NetworkPackage.ONNX_OPERATOR__DOMAIN:
				setDomain((String)newValue);
				return;
			case NetworkPackage.ONNX_OPERATOR__INPUTS:
				setInputs((Integer)newValue);
				return;
			case NetworkPackage.ONNX_OPERATOR__OUTPUT_DIMS:
				getOutputDims().clear();
				getOutputDims().addAll((Collection<? extends Integer>)newValue);
				return;
			case NetworkPackage.ONNX_OPERATOR__DEFINITION:
				setDefinition((String)newValue);
				return;
			case NetworkPackage.ONNX_OPERATOR__PARAMETER_COUNT:
				setParameterCount((Long)newValue);
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
			case NetworkPackage.ONNX_OPERATOR__OP_TYPE:
				setOpType(OP_TYPE_EDEFAULT);
				return;
			case NetworkPackage.ONNX_OPERATOR__DOMAIN:
				setDomain(DOMAIN_EDEFAULT);
				return;
			case NetworkPackage.ONNX_OPERATOR__INPUTS:
				setInputs(INPUTS_EDEFAULT);
				return;
			case NetworkPackage.ONNX_OPERATOR__OUTPUT_DIMS:
				getOutputDims().clear();
				return;
			case NetworkPackage.ONNX_OPERATOR__DEFINITION:
				setDefinition(DEFINITION_EDEFAULT);
				return;
			case NetworkPackage.ONNX_OPERATOR__PARAMETER_COUNT:
				setParameterCount(PARAMETER_COUNT_EDEFAULT);
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
			case NetworkPackage.ONNX_OPERATOR__OP_TYPE:
				return OP_TYPE_EDEFAULT == null ? opType != null : !OP_TYPE_EDEFAULT.equals(opType);
			case NetworkPackage.ONNX_OPERATOR__DOMAIN:
				return DOMAIN_EDEFAULT == null ? domain != null : !DOMAIN_EDEFAULT.equals(domain);
			case NetworkPackage.ONNX_OPERATOR__INPUTS:
				return inputs != INPUTS_EDEFAULT;
			case NetworkPackage.ONNX_OPERATOR__OUTPUT_DIMS:
				return outputDims != null && !outputDims.isEmpty();
			case NetworkPackage.ONNX_OPERATOR__DEFINITION:
				return DEFINITION_EDEFAULT == null ? definition != null : !DEFINITION_EDEFAULT.equals(definition);
			case NetworkPackage.ONNX_OPERATOR__PARAMETER_COUNT:
				return parameterCount != PARAMETER_COUNT_EDEFAULT;
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
		result.append(" (opType: ");
		result.append(opType);
		result.append(", domain: ");
		result.append(domain);
		result.append(", inputs: ");
		result.append(inputs);
		result.append(", outputDims: ");
		result.append(outputDims);
		result.append(", definition: ");
		result.append(definition);
		result.append(", parameterCount: ");
		result.append(parameterCount);
		result.append(')');
		return result.toString();
	}

} //OnnxOperatorImpl
