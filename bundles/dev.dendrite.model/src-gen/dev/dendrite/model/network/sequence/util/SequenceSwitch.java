/**
 */
package dev.dendrite.model.network.sequence.util;

import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.NamedElement;

import dev.dendrite.model.network.sequence.*;

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
 * @see dev.dendrite.model.network.sequence.SequencePackage
 * @generated
 */
public class SequenceSwitch<T> extends Switch<T> {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static SequencePackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SequenceSwitch() {
		if (modelPackage == null) {
			modelPackage = SequencePackage.eINSTANCE;
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
			case SequencePackage.EMBEDDING: {
				Embedding embedding = (Embedding)theEObject;
				T result = caseEmbedding(embedding);
				if (result == null) result = caseLayer(embedding);
				if (result == null) result = caseNamedElement(embedding);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SequencePackage.RECURRENT: {
				Recurrent recurrent = (Recurrent)theEObject;
				T result = caseRecurrent(recurrent);
				if (result == null) result = caseLayer(recurrent);
				if (result == null) result = caseNamedElement(recurrent);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SequencePackage.ATTENTION: {
				Attention attention = (Attention)theEObject;
				T result = caseAttention(attention);
				if (result == null) result = caseLayer(attention);
				if (result == null) result = caseNamedElement(attention);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SequencePackage.POSITIONAL_ENCODING: {
				PositionalEncoding positionalEncoding = (PositionalEncoding)theEObject;
				T result = casePositionalEncoding(positionalEncoding);
				if (result == null) result = caseLayer(positionalEncoding);
				if (result == null) result = caseNamedElement(positionalEncoding);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SequencePackage.CLASS_TOKEN: {
				ClassToken classToken = (ClassToken)theEObject;
				T result = caseClassToken(classToken);
				if (result == null) result = caseLayer(classToken);
				if (result == null) result = caseNamedElement(classToken);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SequencePackage.SEQUENCE_POOLING: {
				SequencePooling sequencePooling = (SequencePooling)theEObject;
				T result = caseSequencePooling(sequencePooling);
				if (result == null) result = caseLayer(sequencePooling);
				if (result == null) result = caseNamedElement(sequencePooling);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Embedding</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Embedding</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseEmbedding(Embedding object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Recurrent</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Recurrent</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRecurrent(Recurrent object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Attention</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Attention</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAttention(Attention object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Positional Encoding</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Positional Encoding</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePositionalEncoding(PositionalEncoding object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Class Token</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Class Token</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseClassToken(ClassToken object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Pooling</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Pooling</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSequencePooling(SequencePooling object) {
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

} //SequenceSwitch
