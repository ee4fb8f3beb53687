/**
 */
package dev.dendrite.model.network.normalization.util;

import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.NamedElement;

import dev.dendrite.model.network.normalization.*;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

/**
 * <!-- begin-user-doc -->
 * The <b>Switch</b> for the model's inheritance hierarchy.
 * It supports the call {@link #doSwitch(EObject) doSwitch(object)}
 * to invoke the <code>caseXXX</code> method for each class of the model,
 * starting with the actual class of the object
 * and proceeding up the inheritance hierarchy
 * until a non-null result is returned,
 * which is the result of the switch.
 * <!-- end-user-doc -->
 * @see dev.dendrite.model.network.normalization.NormalizationPackage
 * @generated
 */
public class NormalizationSwitch<T> extends Switch<T> {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static NormalizationPackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NormalizationSwitch() {
		if (modelPackage == null) {
			modelPackage = NormalizationPackage.eINSTANCE;
		}
	}

	/**
	 * Checks whether this is a switch for the given package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param ePackage the package in question.
	 * @return whether this is a switch for the given package.
	 * @generated
	 */
	@Override
	protected boolean isSwitchFor(EPackage ePackage) {
		return ePackage == modelPackage;
	}

	/**
	 * Calls <code>caseXXX</code> for each class of the model until one returns a non null result; it yields that result.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the first non-null result returned by a <code>caseXXX</code> call.
	 * @generated
	 */
	@Override
	protected T doSwitch(int classifierID, EObject theEObject) {
		switch (classifierID) {
			case NormalizationPackage.BATCH_NORM: {
				BatchNorm batchNorm = (BatchNorm)theEObject;
				T result = caseBatchNorm(batchNorm);
				if (result == null) result = caseLayer(batchNorm);
				if (result == null) result = caseNamedElement(batchNorm);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case NormalizationPackage.LAYER_NORM: {
				LayerNorm layerNorm = (LayerNorm)theEObject;
				T result = caseLayerNorm(layerNorm);
				if (result == null) result = caseLayer(layerNorm);
				if (result == null) result = caseNamedElement(layerNorm);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case NormalizationPackage.RMS_NORM: {
				RMSNorm rmsNorm = (RMSNorm)theEObject;
				T result = caseRMSNorm(rmsNorm);
				if (result == null) result = caseLayer(rmsNorm);
				if (result == null) result = caseNamedElement(rmsNorm);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case NormalizationPackage.INPUT_NORMALIZATION: {
				InputNormalization inputNormalization = (InputNormalization)theEObject;
				T result = caseInputNormalization(inputNormalization);
				if (result == null) result = caseLayer(inputNormalization);
				if (result == null) result = caseNamedElement(inputNormalization);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case NormalizationPackage.LOCAL_RESPONSE_NORM: {
				LocalResponseNorm localResponseNorm = (LocalResponseNorm)theEObject;
				T result = caseLocalResponseNorm(localResponseNorm);
				if (result == null) result = caseLayer(localResponseNorm);
				if (result == null) result = caseNamedElement(localResponseNorm);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Batch Norm</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Batch Norm</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseBatchNorm(BatchNorm object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Layer Norm</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Layer Norm</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseLayerNorm(LayerNorm object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>RMS Norm</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>RMS Norm</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRMSNorm(RMSNorm object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Input Normalization</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Input Normalization</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseInputNormalization(InputNormalization object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Local Response Norm</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Local Response Norm</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseLocalResponseNorm(LocalResponseNorm object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Named Element</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Named Element</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseNamedElement(NamedElement object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Layer</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Layer</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseLayer(Layer object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch, but this is the last case anyway.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	@Override
	public T defaultCase(EObject object) {
		return null;
	}

} //NormalizationSwitch
