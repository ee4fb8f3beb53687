/**
 */
package dev.dendrite.model.network;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Onnx Operator</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A standard ONNX operator without a Dendrite layer of its own, kept exactly as imported: op type, domain, attributes and constant inputs (definition), in0..in(n-1) data inputs, and the per-sample output dims found at import.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.dendrite.model.network.OnnxOperator#getOpType <em>Op Type</em>}</li>
 *   <li>{@link dev.dendrite.model.network.OnnxOperator#getDomain <em>Domain</em>}</li>
 *   <li>{@link dev.dendrite.model.network.OnnxOperator#getInputs <em>Inputs</em>}</li>
 *   <li>{@link dev.dendrite.model.network.OnnxOperator#getOutputDims <em>Output Dims</em>}</li>
 *   <li>{@link dev.dendrite.model.network.OnnxOperator#getDefinition <em>Definition</em>}</li>
 *   <li>{@link dev.dendrite.model.network.OnnxOperator#getParameterCount <em>Parameter Count</em>}</li>
 * </ul>
 *
 * @see dev.dendrite.model.network.NetworkPackage#getOnnxOperator()
 * @model
 * @generated
 */
public interface OnnxOperator extends Layer {
	/**
	 * Returns the value of the '<em><b>Op Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Op Type</em>' attribute.
	 * @see #setOpType(String)
	 * @see dev.dendrite.model.network.NetworkPackage#getOnnxOperator_OpType()
	 * @model
	 * @generated
	 */
	String getOpType();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.OnnxOperator#getOpType <em>Op Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Op Type</em>' attribute.
	 * @see #getOpType()
	 * @generated
	 */
	void setOpType(String value);

	/**
	 * Returns the value of the '<em><b>Domain</b></em>' attribute.
	 * The default value is <code>""</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Domain</em>' attribute.
	 * @see #setDomain(String)
	 * @see dev.dendrite.model.network.NetworkPackage#getOnnxOperator_Domain()
	 * @model default=""
	 * @generated
	 */
	String getDomain();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.OnnxOperator#getDomain <em>Domain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Domain</em>' attribute.
	 * @see #getDomain()
	 * @generated
	 */
	void setDomain(String value);

	/**
	 * Returns the value of the '<em><b>Inputs</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Inputs</em>' attribute.
	 * @see #setInputs(int)
	 * @see dev.dendrite.model.network.NetworkPackage#getOnnxOperator_Inputs()
	 * @model default="1"
	 * @generated
	 */
	int getInputs();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.OnnxOperator#getInputs <em>Inputs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Inputs</em>' attribute.
	 * @see #getInputs()
	 * @generated
	 */
	void setInputs(int value);

	/**
	 * Returns the value of the '<em><b>Output Dims</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Integer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Output Dims</em>' attribute list.
	 * @see dev.dendrite.model.network.NetworkPackage#getOnnxOperator_OutputDims()
	 * @model unique="false"
	 * @generated
	 */
	EList<Integer> getOutputDims();

	/**
	 * Returns the value of the '<em><b>Definition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Definition</em>' attribute.
	 * @see #setDefinition(String)
	 * @see dev.dendrite.model.network.NetworkPackage#getOnnxOperator_Definition()
	 * @model
	 * @generated
	 */
	String getDefinition();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.OnnxOperator#getDefinition <em>Definition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Definition</em>' attribute.
	 * @see #getDefinition()
	 * @generated
	 */
	void setDefinition(String value);

	/**
	 * Returns the value of the '<em><b>Parameter Count</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many values its trainable inputs hold (kernels, biases, scales kept as parameters named c0, c1, ...).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Parameter Count</em>' attribute.
	 * @see #setParameterCount(long)
	 * @see dev.dendrite.model.network.NetworkPackage#getOnnxOperator_ParameterCount()
	 * @model default="0"
	 * @generated
	 */
	long getParameterCount();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.OnnxOperator#getParameterCount <em>Parameter Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parameter Count</em>' attribute.
	 * @see #getParameterCount()
	 * @generated
	 */
	void setParameterCount(long value);

} // OnnxOperator
