/**
 */
package dev.dendrite.model.network.sequence;

import dev.dendrite.model.network.Layer;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Recurrent</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * RNN (tanh), LSTM or GRU over [N,T,F]; forward or bidirectional; generateSteps > 0 turns a vector into a sequence (one-to-many).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.dendrite.model.network.sequence.Recurrent#getCell <em>Cell</em>}</li>
 *   <li>{@link dev.dendrite.model.network.sequence.Recurrent#getHiddenSize <em>Hidden Size</em>}</li>
 *   <li>{@link dev.dendrite.model.network.sequence.Recurrent#isBidirectional <em>Bidirectional</em>}</li>
 *   <li>{@link dev.dendrite.model.network.sequence.Recurrent#getOutput <em>Output</em>}</li>
 *   <li>{@link dev.dendrite.model.network.sequence.Recurrent#getGenerateSteps <em>Generate Steps</em>}</li>
 * </ul>
 *
 * @see dev.dendrite.model.network.sequence.SequencePackage#getRecurrent()
 * @model
 * @generated
 */
public interface Recurrent extends Layer {
	/**
	 * Returns the value of the '<em><b>Cell</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.dendrite.model.network.sequence.CellType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cell</em>' attribute.
	 * @see dev.dendrite.model.network.sequence.CellType
	 * @see #setCell(CellType)
	 * @see dev.dendrite.model.network.sequence.SequencePackage#getRecurrent_Cell()
	 * @model
	 * @generated
	 */
	CellType getCell();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.sequence.Recurrent#getCell <em>Cell</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cell</em>' attribute.
	 * @see dev.dendrite.model.network.sequence.CellType
	 * @see #getCell()
	 * @generated
	 */
	void setCell(CellType value);

	/**
	 * Returns the value of the '<em><b>Hidden Size</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hidden Size</em>' attribute.
	 * @see #setHiddenSize(int)
	 * @see dev.dendrite.model.network.sequence.SequencePackage#getRecurrent_HiddenSize()
	 * @model default="1"
	 * @generated
	 */
	int getHiddenSize();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.sequence.Recurrent#getHiddenSize <em>Hidden Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hidden Size</em>' attribute.
	 * @see #getHiddenSize()
	 * @generated
	 */
	void setHiddenSize(int value);

	/**
	 * Returns the value of the '<em><b>Bidirectional</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bidirectional</em>' attribute.
	 * @see #setBidirectional(boolean)
	 * @see dev.dendrite.model.network.sequence.SequencePackage#getRecurrent_Bidirectional()
	 * @model
	 * @generated
	 */
	boolean isBidirectional();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.sequence.Recurrent#isBidirectional <em>Bidirectional</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bidirectional</em>' attribute.
	 * @see #isBidirectional()
	 * @generated
	 */
	void setBidirectional(boolean value);

	/**
	 * Returns the value of the '<em><b>Output</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.dendrite.model.network.sequence.SequenceOutput}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Output</em>' attribute.
	 * @see dev.dendrite.model.network.sequence.SequenceOutput
	 * @see #setOutput(SequenceOutput)
	 * @see dev.dendrite.model.network.sequence.SequencePackage#getRecurrent_Output()
	 * @model
	 * @generated
	 */
	SequenceOutput getOutput();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.sequence.Recurrent#getOutput <em>Output</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Output</em>' attribute.
	 * @see dev.dendrite.model.network.sequence.SequenceOutput
	 * @see #getOutput()
	 * @generated
	 */
	void setOutput(SequenceOutput value);

	/**
	 * Returns the value of the '<em><b>Generate Steps</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Generate Steps</em>' attribute.
	 * @see #setGenerateSteps(int)
	 * @see dev.dendrite.model.network.sequence.SequencePackage#getRecurrent_GenerateSteps()
	 * @model default="0"
	 * @generated
	 */
	int getGenerateSteps();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.sequence.Recurrent#getGenerateSteps <em>Generate Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Generate Steps</em>' attribute.
	 * @see #getGenerateSteps()
	 * @generated
	 */
	void setGenerateSteps(int value);

} // Recurrent
