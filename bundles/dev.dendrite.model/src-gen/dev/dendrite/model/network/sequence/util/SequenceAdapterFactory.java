/**
 */
package dev.dendrite.model.network.sequence.util;

import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.NamedElement;

import dev.dendrite.model.network.sequence.*;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see dev.dendrite.model.network.sequence.SequencePackage
 * @generated
 */
public class SequenceAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static SequencePackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SequenceAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = SequencePackage.eINSTANCE;
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
	protected SequenceSwitch<Adapter> modelSwitch =
		new SequenceSwitch<Adapter>() {
			@Override
			public Adapter caseEmbedding(Embedding object) {
				return createEmbeddingAdapter();
			}
			@Override
			public Adapter caseRecurrent(Recurrent object) {
				return createRecurrentAdapter();
			}
			@Override
			public Adapter caseAttention(Attention object) {
				return createAttentionAdapter();
			}
			@Override
			public Adapter casePositionalEncoding(PositionalEncoding object) {
				return createPositionalEncodingAdapter();
			}
			@Override
			public Adapter caseClassToken(ClassToken object) {
				return createClassTokenAdapter();
			}
			@Override
			public Adapter caseSequencePooling(SequencePooling object) {
				return createSequencePoolingAdapter();
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
	 * Creates a new adapter for an object of class '{@link dev.dendrite.model.network.sequence.Embedding <em>Embedding</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see dev.dendrite.model.network.sequence.Embedding
	 * @generated
	 */
	public Adapter createEmbeddingAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link dev.dendrite.model.network.sequence.Recurrent <em>Recurrent</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see dev.dendrite.model.network.sequence.Recurrent
	 * @generated
	 */
	public Adapter createRecurrentAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link dev.dendrite.model.network.sequence.Attention <em>Attention</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see dev.dendrite.model.network.sequence.Attention
	 * @generated
	 */
	public Adapter createAttentionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link dev.dendrite.model.network.sequence.PositionalEncoding <em>Positional Encoding</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see dev.dendrite.model.network.sequence.PositionalEncoding
	 * @generated
	 */
	public Adapter createPositionalEncodingAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link dev.dendrite.model.network.sequence.ClassToken <em>Class Token</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see dev.dendrite.model.network.sequence.ClassToken
	 * @generated
	 */
	public Adapter createClassTokenAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link dev.dendrite.model.network.sequence.SequencePooling <em>Pooling</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see dev.dendrite.model.network.sequence.SequencePooling
	 * @generated
	 */
	public Adapter createSequencePoolingAdapter() {
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

} //SequenceAdapterFactory
