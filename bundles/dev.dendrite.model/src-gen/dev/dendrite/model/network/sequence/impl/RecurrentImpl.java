/**
 */
package dev.dendrite.model.network.sequence.impl;

import dev.dendrite.model.network.impl.LayerImpl;

import dev.dendrite.model.network.sequence.CellType;
import dev.dendrite.model.network.sequence.Recurrent;
import dev.dendrite.model.network.sequence.SequenceOutput;
import dev.dendrite.model.network.sequence.SequencePackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Recurrent</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.dendrite.model.network.sequence.impl.RecurrentImpl#getCell <em>Cell</em>}</li>
 *   <li>{@link dev.dendrite.model.network.sequence.impl.RecurrentImpl#getHiddenSize <em>Hidden Size</em>}</li>
 *   <li>{@link dev.dendrite.model.network.sequence.impl.RecurrentImpl#isBidirectional <em>Bidirectional</em>}</li>
 *   <li>{@link dev.dendrite.model.network.sequence.impl.RecurrentImpl#getOutput <em>Output</em>}</li>
 *   <li>{@link dev.dendrite.model.network.sequence.impl.RecurrentImpl#getGenerateSteps <em>Generate Steps</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RecurrentImpl extends LayerImpl implements Recurrent {
	/**
	 * The default value of the '{@link #getCell() <em>Cell</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCell()
	 * @generated
	 * @ordered
	 */
	protected static final CellType CELL_EDEFAULT = CellType.RNN;

	/**
	 * The cached value of the '{@link #getCell() <em>Cell</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCell()
	 * @generated
	 * @ordered
	 */
	protected CellType cell = CELL_EDEFAULT;

	/**
	 * The default value of the '{@link #getHiddenSize() <em>Hidden Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHiddenSize()
	 * @generated
	 * @ordered
	 */
	protected static final int HIDDEN_SIZE_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getHiddenSize() <em>Hidden Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHiddenSize()
	 * @generated
	 * @ordered
	 */
	protected int hiddenSize = HIDDEN_SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #isBidirectional() <em>Bidirectional</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBidirectional()
	 * @generated
	 * @ordered
	 */
	protected static final boolean BIDIRECTIONAL_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isBidirectional() <em>Bidirectional</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBidirectional()
	 * @generated
	 * @ordered
	 */
	protected boolean bidirectional = BIDIRECTIONAL_EDEFAULT;

	/**
	 * The default value of the '{@link #getOutput() <em>Output</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutput()
	 * @generated
	 * @ordered
	 */
	protected static final SequenceOutput OUTPUT_EDEFAULT = SequenceOutput.SEQUENCE;

	/**
	 * The cached value of the '{@link #getOutput() <em>Output</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutput()
	 * @generated
	 * @ordered
	 */
	protected SequenceOutput output = OUTPUT_EDEFAULT;

	/**
	 * The default value of the '{@link #getGenerateSteps() <em>Generate Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGenerateSteps()
	 * @generated
	 * @ordered
	 */
	protected static final int GENERATE_STEPS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getGenerateSteps() <em>Generate Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGenerateSteps()
	 * @generated
	 * @ordered
	 */
	protected int generateSteps = GENERATE_STEPS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RecurrentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SequencePackage.Literals.RECURRENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CellType getCell() {
		return cell;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCell(CellType newCell) {
		CellType oldCell = cell;
		cell = newCell == null ? CELL_EDEFAULT : newCell;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SequencePackage.RECURRENT__CELL, oldCell, cell));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getHiddenSize() {
		return hiddenSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHiddenSize(int newHiddenSize) {
		int oldHiddenSize = hiddenSize;
		hiddenSize = newHiddenSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SequencePackage.RECURRENT__HIDDEN_SIZE, oldHiddenSize, hiddenSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isBidirectional() {
		return bidirectional;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBidirectional(boolean newBidirectional) {
		boolean oldBidirectional = bidirectional;
		bidirectional = newBidirectional;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SequencePackage.RECURRENT__BIDIRECTIONAL, oldBidirectional, bidirectional));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SequenceOutput getOutput() {
		return output;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOutput(SequenceOutput newOutput) {
		SequenceOutput oldOutput = output;
		output = newOutput == null ? OUTPUT_EDEFAULT : newOutput;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SequencePackage.RECURRENT__OUTPUT, oldOutput, output));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getGenerateSteps() {
		return generateSteps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGenerateSteps(int newGenerateSteps) {
		int oldGenerateSteps = generateSteps;
		generateSteps = newGenerateSteps;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SequencePackage.RECURRENT__GENERATE_STEPS, oldGenerateSteps, generateSteps));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SequencePackage.RECURRENT__CELL:
				return getCell();
			case SequencePackage.RECURRENT__HIDDEN_SIZE:
				return getHiddenSize();
			case SequencePackage.RECURRENT__BIDIRECTIONAL:
				return isBidirectional();
			case SequencePackage.RECURRENT__OUTPUT:
				return getOutput();
			case SequencePackage.RECURRENT__GENERATE_STEPS:
				return getGenerateSteps();
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
			case SequencePackage.RECURRENT__CELL:
				setCell((CellType)newValue);
				return;
			case SequencePackage.RECURRENT__HIDDEN_SIZE:
				setHiddenSize((Integer)newValue);
				return;
			case SequencePackage.RECURRENT__BIDIRECTIONAL:
				setBidirectional((Boolean)newValue);
				return;
			case SequencePackage.RECURRENT__OUTPUT:
				setOutput((SequenceOutput)newValue);
				return;
			case SequencePackage.RECURRENT__GENERATE_STEPS:
				setGenerateSteps((Integer)newValue);
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
			case SequencePackage.RECURRENT__CELL:
				setCell(CELL_EDEFAULT);
				return;
			case SequencePackage.RECURRENT__HIDDEN_SIZE:
				setHiddenSize(HIDDEN_SIZE_EDEFAULT);
				return;
			case SequencePackage.RECURRENT__BIDIRECTIONAL:
				setBidirectional(BIDIRECTIONAL_EDEFAULT);
				return;
			case SequencePackage.RECURRENT__OUTPUT:
				setOutput(OUTPUT_EDEFAULT);
				return;
			case SequencePackage.RECURRENT__GENERATE_STEPS:
				setGenerateSteps(GENERATE_STEPS_EDEFAULT);
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
			case SequencePackage.RECURRENT__CELL:
				return cell != CELL_EDEFAULT;
			case SequencePackage.RECURRENT__HIDDEN_SIZE:
				return hiddenSize != HIDDEN_SIZE_EDEFAULT;
			case SequencePackage.RECURRENT__BIDIRECTIONAL:
				return bidirectional != BIDIRECTIONAL_EDEFAULT;
			case SequencePackage.RECURRENT__OUTPUT:
				return output != OUTPUT_EDEFAULT;
			case SequencePackage.RECURRENT__GENERATE_STEPS:
				return generateSteps != GENERATE_STEPS_EDEFAULT;
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
		result.append(" (cell: ");
		result.append(cell);
		result.append(", hiddenSize: ");
		result.append(hiddenSize);
		result.append(", bidirectional: ");
		result.append(bidirectional);
		result.append(", output: ");
		result.append(output);
		result.append(", generateSteps: ");
		result.append(generateSteps);
		result.append(')');
		return result.toString();
	}

} //RecurrentImpl
