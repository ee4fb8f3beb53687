/**
 */
package dev.dendrite.model.network.gnn.util;

import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.NamedElement;

import dev.dendrite.model.network.gnn.*;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see dev.dendrite.model.network.gnn.GnnPackage
 * @generated
 */
public class GnnAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static GnnPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public GnnAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = GnnPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected GnnSwitch<Adapter> modelSwitch =
		new GnnSwitch<Adapter>() {
			@Override
			public Adapter caseGraphInput(GraphInput object) {
				return createGraphInputAdapter();
			}
			@Override
			public Adapter caseMessagePassing(MessagePassing object) {
				return createMessagePassingAdapter();
			}
			@Override
			public Adapter caseGraphConvolution(GraphConvolution object) {
				return createGraphConvolutionAdapter();
			}
			@Override
			public Adapter caseGraphAttention(GraphAttention object) {
				return createGraphAttentionAdapter();
			}
			@Override
			public Adapter caseTopKPooling(TopKPooling object) {
				return createTopKPoolingAdapter();
			}
			@Override
			public Adapter caseGraphGlobalPooling(GraphGlobalPooling object) {
				return createGraphGlobalPoolingAdapter();
			}
			@Override
			public Adapter caseNamedElement(NamedElement object) {
				return createNamedElementAdapter();
			}
			@Override
			public Adapter caseLayer(Layer object) {
				return createLayerAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link dev.dendrite.model.network.gnn.GraphInput <em>Graph Input</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see dev.dendrite.model.network.gnn.GraphInput
	 * @generated
	 */
	public Adapter createGraphInputAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link dev.dendrite.model.network.gnn.MessagePassing <em>Message Passing</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see dev.dendrite.model.network.gnn.MessagePassing
	 * @generated
	 */
	public Adapter createMessagePassingAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link dev.dendrite.model.network.gnn.GraphConvolution <em>Graph Convolution</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see dev.dendrite.model.network.gnn.GraphConvolution
	 * @generated
	 */
	public Adapter createGraphConvolutionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link dev.dendrite.model.network.gnn.GraphAttention <em>Graph Attention</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see dev.dendrite.model.network.gnn.GraphAttention
	 * @generated
	 */
	public Adapter createGraphAttentionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link dev.dendrite.model.network.gnn.TopKPooling <em>Top KPooling</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see dev.dendrite.model.network.gnn.TopKPooling
	 * @generated
	 */
	public Adapter createTopKPoolingAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link dev.dendrite.model.network.gnn.GraphGlobalPooling <em>Graph Global Pooling</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see dev.dendrite.model.network.gnn.GraphGlobalPooling
	 * @generated
	 */
	public Adapter createGraphGlobalPoolingAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link dev.dendrite.model.network.NamedElement <em>Named Element</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see dev.dendrite.model.network.NamedElement
	 * @generated
	 */
	public Adapter createNamedElementAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link dev.dendrite.model.network.Layer <em>Layer</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see dev.dendrite.model.network.Layer
	 * @generated
	 */
	public Adapter createLayerAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //GnnAdapterFactory
