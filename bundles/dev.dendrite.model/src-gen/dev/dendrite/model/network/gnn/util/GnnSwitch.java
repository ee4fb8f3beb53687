/**
 */
package dev.dendrite.model.network.gnn.util;

import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.NamedElement;

import dev.dendrite.model.network.gnn.*;

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
 * @see dev.dendrite.model.network.gnn.GnnPackage
 * @generated
 */
public class GnnSwitch<T> extends Switch<T> {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static GnnPackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public GnnSwitch() {
		if (modelPackage == null) {
			modelPackage = GnnPackage.eINSTANCE;
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
			case GnnPackage.GRAPH_INPUT: {
				GraphInput graphInput = (GraphInput)theEObject;
				T result = caseGraphInput(graphInput);
				if (result == null) result = caseLayer(graphInput);
				if (result == null) result = caseNamedElement(graphInput);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case GnnPackage.MESSAGE_PASSING: {
				MessagePassing messagePassing = (MessagePassing)theEObject;
				T result = caseMessagePassing(messagePassing);
				if (result == null) result = caseLayer(messagePassing);
				if (result == null) result = caseNamedElement(messagePassing);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case GnnPackage.GRAPH_CONVOLUTION: {
				GraphConvolution graphConvolution = (GraphConvolution)theEObject;
				T result = caseGraphConvolution(graphConvolution);
				if (result == null) result = caseLayer(graphConvolution);
				if (result == null) result = caseNamedElement(graphConvolution);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case GnnPackage.GRAPH_ATTENTION: {
				GraphAttention graphAttention = (GraphAttention)theEObject;
				T result = caseGraphAttention(graphAttention);
				if (result == null) result = caseLayer(graphAttention);
				if (result == null) result = caseNamedElement(graphAttention);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case GnnPackage.TOP_KPOOLING: {
				TopKPooling topKPooling = (TopKPooling)theEObject;
				T result = caseTopKPooling(topKPooling);
				if (result == null) result = caseLayer(topKPooling);
				if (result == null) result = caseNamedElement(topKPooling);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case GnnPackage.GRAPH_GLOBAL_POOLING: {
				GraphGlobalPooling graphGlobalPooling = (GraphGlobalPooling)theEObject;
				T result = caseGraphGlobalPooling(graphGlobalPooling);
				if (result == null) result = caseLayer(graphGlobalPooling);
				if (result == null) result = caseNamedElement(graphGlobalPooling);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Graph Input</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Graph Input</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseGraphInput(GraphInput object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Message Passing</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Message Passing</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMessagePassing(MessagePassing object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Graph Convolution</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Graph Convolution</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseGraphConvolution(GraphConvolution object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Graph Attention</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Graph Attention</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseGraphAttention(GraphAttention object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Top KPooling</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Top KPooling</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTopKPooling(TopKPooling object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Graph Global Pooling</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Graph Global Pooling</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseGraphGlobalPooling(GraphGlobalPooling object) {
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

} //GnnSwitch
