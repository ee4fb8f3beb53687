/**
 */
package dev.dendrite.model.network.gnn.impl;

import dev.dendrite.model.network.gnn.*;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class GnnFactoryImpl extends EFactoryImpl implements GnnFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static GnnFactory init() {
		try {
			GnnFactory theGnnFactory = (GnnFactory)EPackage.Registry.INSTANCE.getEFactory(GnnPackage.eNS_URI);
			if (theGnnFactory != null) {
				return theGnnFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new GnnFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public GnnFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case GnnPackage.GRAPH_INPUT: return createGraphInput();
			case GnnPackage.MESSAGE_PASSING: return createMessagePassing();
			case GnnPackage.GRAPH_CONVOLUTION: return createGraphConvolution();
			case GnnPackage.GRAPH_ATTENTION: return createGraphAttention();
			case GnnPackage.TOP_KPOOLING: return createTopKPooling();
			case GnnPackage.GRAPH_GLOBAL_POOLING: return createGraphGlobalPooling();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case GnnPackage.MESSAGE_FUNCTION:
				return createMessageFunctionFromString(eDataType, initialValue);
			case GnnPackage.AGGREGATION:
				return createAggregationFromString(eDataType, initialValue);
			case GnnPackage.UPDATE_FUNCTION:
				return createUpdateFunctionFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case GnnPackage.MESSAGE_FUNCTION:
				return convertMessageFunctionToString(eDataType, instanceValue);
			case GnnPackage.AGGREGATION:
				return convertAggregationToString(eDataType, instanceValue);
			case GnnPackage.UPDATE_FUNCTION:
				return convertUpdateFunctionToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GraphInput createGraphInput() {
		GraphInputImpl graphInput = new GraphInputImpl();
		return graphInput;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MessagePassing createMessagePassing() {
		MessagePassingImpl messagePassing = new MessagePassingImpl();
		return messagePassing;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GraphConvolution createGraphConvolution() {
		GraphConvolutionImpl graphConvolution = new GraphConvolutionImpl();
		return graphConvolution;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GraphAttention createGraphAttention() {
		GraphAttentionImpl graphAttention = new GraphAttentionImpl();
		return graphAttention;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TopKPooling createTopKPooling() {
		TopKPoolingImpl topKPooling = new TopKPoolingImpl();
		return topKPooling;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GraphGlobalPooling createGraphGlobalPooling() {
		GraphGlobalPoolingImpl graphGlobalPooling = new GraphGlobalPoolingImpl();
		return graphGlobalPooling;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MessageFunction createMessageFunctionFromString(EDataType eDataType, String initialValue) {
		MessageFunction result = MessageFunction.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMessageFunctionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Aggregation createAggregationFromString(EDataType eDataType, String initialValue) {
		Aggregation result = Aggregation.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAggregationToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public UpdateFunction createUpdateFunctionFromString(EDataType eDataType, String initialValue) {
		UpdateFunction result = UpdateFunction.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertUpdateFunctionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GnnPackage getGnnPackage() {
		return (GnnPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static GnnPackage getPackage() {
		return GnnPackage.eINSTANCE;
	}

} //GnnFactoryImpl
