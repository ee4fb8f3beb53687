/**
 */
package dev.dendrite.model.network.gnn.impl;

import dev.dendrite.model.network.NetworkPackage;

import dev.dendrite.model.network.convolution.ConvolutionPackage;

import dev.dendrite.model.network.convolution.impl.ConvolutionPackageImpl;

import dev.dendrite.model.network.generative.GenerativePackage;

import dev.dendrite.model.network.generative.impl.GenerativePackageImpl;

import dev.dendrite.model.network.gnn.Aggregation;
import dev.dendrite.model.network.gnn.GnnFactory;
import dev.dendrite.model.network.gnn.GnnPackage;
import dev.dendrite.model.network.gnn.GraphAttention;
import dev.dendrite.model.network.gnn.GraphConvolution;
import dev.dendrite.model.network.gnn.GraphGlobalPooling;
import dev.dendrite.model.network.gnn.GraphInput;
import dev.dendrite.model.network.gnn.MessageFunction;
import dev.dendrite.model.network.gnn.MessagePassing;
import dev.dendrite.model.network.gnn.TopKPooling;
import dev.dendrite.model.network.gnn.UpdateFunction;

import dev.dendrite.model.network.impl.NetworkPackageImpl;

import dev.dendrite.model.network.normalization.NormalizationPackage;

import dev.dendrite.model.network.normalization.impl.NormalizationPackageImpl;

import dev.dendrite.model.network.sequence.SequencePackage;

import dev.dendrite.model.network.sequence.impl.SequencePackageImpl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class GnnPackageImpl extends EPackageImpl implements GnnPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass graphInputEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass messagePassingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass graphConvolutionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass graphAttentionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass topKPoolingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass graphGlobalPoolingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum messageFunctionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum aggregationEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum updateFunctionEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see dev.dendrite.model.network.gnn.GnnPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private GnnPackageImpl() {
		super(eNS_URI, GnnFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link GnnPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static GnnPackage init() {
		if (isInited) return (GnnPackage)EPackage.Registry.INSTANCE.getEPackage(GnnPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredGnnPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		GnnPackageImpl theGnnPackage = registeredGnnPackage instanceof GnnPackageImpl ? (GnnPackageImpl)registeredGnnPackage : new GnnPackageImpl();

		isInited = true;

		// Obtain or create and register interdependencies
		Object registeredPackage = EPackage.Registry.INSTANCE.getEPackage(NetworkPackage.eNS_URI);
		NetworkPackageImpl theNetworkPackage = (NetworkPackageImpl)(registeredPackage instanceof NetworkPackageImpl ? registeredPackage : NetworkPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(ConvolutionPackage.eNS_URI);
		ConvolutionPackageImpl theConvolutionPackage = (ConvolutionPackageImpl)(registeredPackage instanceof ConvolutionPackageImpl ? registeredPackage : ConvolutionPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(SequencePackage.eNS_URI);
		SequencePackageImpl theSequencePackage = (SequencePackageImpl)(registeredPackage instanceof SequencePackageImpl ? registeredPackage : SequencePackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(NormalizationPackage.eNS_URI);
		NormalizationPackageImpl theNormalizationPackage = (NormalizationPackageImpl)(registeredPackage instanceof NormalizationPackageImpl ? registeredPackage : NormalizationPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(GenerativePackage.eNS_URI);
		GenerativePackageImpl theGenerativePackage = (GenerativePackageImpl)(registeredPackage instanceof GenerativePackageImpl ? registeredPackage : GenerativePackage.eINSTANCE);

		// Create package meta-data objects
		theGnnPackage.createPackageContents();
		theNetworkPackage.createPackageContents();
		theConvolutionPackage.createPackageContents();
		theSequencePackage.createPackageContents();
		theNormalizationPackage.createPackageContents();
		theGenerativePackage.createPackageContents();

		// Initialize created meta-data
		theGnnPackage.initializePackageContents();
		theNetworkPackage.initializePackageContents();
		theConvolutionPackage.initializePackageContents();
		theSequencePackage.initializePackageContents();
		theNormalizationPackage.initializePackageContents();
		theGenerativePackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theGnnPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(GnnPackage.eNS_URI, theGnnPackage);
		return theGnnPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGraphInput() {
		return graphInputEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGraphInput_NodeFeatures() {
		return (EAttribute)graphInputEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGraphInput_EdgeFeatures() {
		return (EAttribute)graphInputEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGraphInput_Batched() {
		return (EAttribute)graphInputEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMessagePassing() {
		return messagePassingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMessagePassing_OutFeatures() {
		return (EAttribute)messagePassingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMessagePassing_Message() {
		return (EAttribute)messagePassingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMessagePassing_Aggregation() {
		return (EAttribute)messagePassingEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMessagePassing_Update() {
		return (EAttribute)messagePassingEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMessagePassing_Activation() {
		return (EAttribute)messagePassingEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMessagePassing_ActivateMessages() {
		return (EAttribute)messagePassingEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGraphConvolution() {
		return graphConvolutionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGraphConvolution_OutFeatures() {
		return (EAttribute)graphConvolutionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGraphConvolution_Bias() {
		return (EAttribute)graphConvolutionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGraphAttention() {
		return graphAttentionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGraphAttention_OutFeatures() {
		return (EAttribute)graphAttentionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGraphAttention_Heads() {
		return (EAttribute)graphAttentionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGraphAttention_Concat() {
		return (EAttribute)graphAttentionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGraphAttention_NegativeSlope() {
		return (EAttribute)graphAttentionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGraphAttention_SelfLoops() {
		return (EAttribute)graphAttentionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGraphAttention_Bias() {
		return (EAttribute)graphAttentionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGraphAttention_Dynamic() {
		return (EAttribute)graphAttentionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGraphAttention_ShareWeights() {
		return (EAttribute)graphAttentionEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGraphAttention_Dropout() {
		return (EAttribute)graphAttentionEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTopKPooling() {
		return topKPoolingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTopKPooling_Ratio() {
		return (EAttribute)topKPoolingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTopKPooling_K() {
		return (EAttribute)topKPoolingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGraphGlobalPooling() {
		return graphGlobalPoolingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGraphGlobalPooling_Aggregation() {
		return (EAttribute)graphGlobalPoolingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getMessageFunction() {
		return messageFunctionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAggregation() {
		return aggregationEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getUpdateFunction() {
		return updateFunctionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GnnFactory getGnnFactory() {
		return (GnnFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		graphInputEClass = createEClass(GRAPH_INPUT);
		createEAttribute(graphInputEClass, GRAPH_INPUT__NODE_FEATURES);
		createEAttribute(graphInputEClass, GRAPH_INPUT__EDGE_FEATURES);
		createEAttribute(graphInputEClass, GRAPH_INPUT__BATCHED);

		messagePassingEClass = createEClass(MESSAGE_PASSING);
		createEAttribute(messagePassingEClass, MESSAGE_PASSING__OUT_FEATURES);
		createEAttribute(messagePassingEClass, MESSAGE_PASSING__MESSAGE);
		createEAttribute(messagePassingEClass, MESSAGE_PASSING__AGGREGATION);
		createEAttribute(messagePassingEClass, MESSAGE_PASSING__UPDATE);
		createEAttribute(messagePassingEClass, MESSAGE_PASSING__ACTIVATION);
		createEAttribute(messagePassingEClass, MESSAGE_PASSING__ACTIVATE_MESSAGES);

		graphConvolutionEClass = createEClass(GRAPH_CONVOLUTION);
		createEAttribute(graphConvolutionEClass, GRAPH_CONVOLUTION__OUT_FEATURES);
		createEAttribute(graphConvolutionEClass, GRAPH_CONVOLUTION__BIAS);

		graphAttentionEClass = createEClass(GRAPH_ATTENTION);
		createEAttribute(graphAttentionEClass, GRAPH_ATTENTION__OUT_FEATURES);
		createEAttribute(graphAttentionEClass, GRAPH_ATTENTION__HEADS);
		createEAttribute(graphAttentionEClass, GRAPH_ATTENTION__CONCAT);
		createEAttribute(graphAttentionEClass, GRAPH_ATTENTION__NEGATIVE_SLOPE);
		createEAttribute(graphAttentionEClass, GRAPH_ATTENTION__SELF_LOOPS);
		createEAttribute(graphAttentionEClass, GRAPH_ATTENTION__BIAS);
		createEAttribute(graphAttentionEClass, GRAPH_ATTENTION__DYNAMIC);
		createEAttribute(graphAttentionEClass, GRAPH_ATTENTION__SHARE_WEIGHTS);
		createEAttribute(graphAttentionEClass, GRAPH_ATTENTION__DROPOUT);

		topKPoolingEClass = createEClass(TOP_KPOOLING);
		createEAttribute(topKPoolingEClass, TOP_KPOOLING__RATIO);
		createEAttribute(topKPoolingEClass, TOP_KPOOLING__K);

		graphGlobalPoolingEClass = createEClass(GRAPH_GLOBAL_POOLING);
		createEAttribute(graphGlobalPoolingEClass, GRAPH_GLOBAL_POOLING__AGGREGATION);

		// Create enums
		messageFunctionEEnum = createEEnum(MESSAGE_FUNCTION);
		aggregationEEnum = createEEnum(AGGREGATION);
		updateFunctionEEnum = createEEnum(UPDATE_FUNCTION);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Obtain other dependent packages
		NetworkPackage theNetworkPackage = (NetworkPackage)EPackage.Registry.INSTANCE.getEPackage(NetworkPackage.eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		graphInputEClass.getESuperTypes().add(theNetworkPackage.getLayer());
		messagePassingEClass.getESuperTypes().add(theNetworkPackage.getLayer());
		graphConvolutionEClass.getESuperTypes().add(theNetworkPackage.getLayer());
		graphAttentionEClass.getESuperTypes().add(theNetworkPackage.getLayer());
		topKPoolingEClass.getESuperTypes().add(theNetworkPackage.getLayer());
		graphGlobalPoolingEClass.getESuperTypes().add(theNetworkPackage.getLayer());

		// Initialize classes, features, and operations; add parameters
		initEClass(graphInputEClass, GraphInput.class, "GraphInput", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getGraphInput_NodeFeatures(), ecorePackage.getEInt(), "nodeFeatures", "1", 0, 1, GraphInput.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGraphInput_EdgeFeatures(), ecorePackage.getEInt(), "edgeFeatures", "0", 0, 1, GraphInput.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGraphInput_Batched(), ecorePackage.getEBoolean(), "batched", null, 0, 1, GraphInput.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(messagePassingEClass, MessagePassing.class, "MessagePassing", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMessagePassing_OutFeatures(), ecorePackage.getEInt(), "outFeatures", "1", 0, 1, MessagePassing.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMessagePassing_Message(), this.getMessageFunction(), "message", null, 0, 1, MessagePassing.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMessagePassing_Aggregation(), this.getAggregation(), "aggregation", null, 0, 1, MessagePassing.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMessagePassing_Update(), this.getUpdateFunction(), "update", null, 0, 1, MessagePassing.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMessagePassing_Activation(), theNetworkPackage.getActivationFunction(), "activation", "relu", 0, 1, MessagePassing.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMessagePassing_ActivateMessages(), ecorePackage.getEBoolean(), "activateMessages", null, 0, 1, MessagePassing.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(graphConvolutionEClass, GraphConvolution.class, "GraphConvolution", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getGraphConvolution_OutFeatures(), ecorePackage.getEInt(), "outFeatures", "1", 0, 1, GraphConvolution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGraphConvolution_Bias(), ecorePackage.getEBoolean(), "bias", "true", 0, 1, GraphConvolution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(graphAttentionEClass, GraphAttention.class, "GraphAttention", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getGraphAttention_OutFeatures(), ecorePackage.getEInt(), "outFeatures", "8", 0, 1, GraphAttention.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGraphAttention_Heads(), ecorePackage.getEInt(), "heads", "1", 0, 1, GraphAttention.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGraphAttention_Concat(), ecorePackage.getEBoolean(), "concat", "true", 0, 1, GraphAttention.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGraphAttention_NegativeSlope(), ecorePackage.getEDouble(), "negativeSlope", "0.2", 0, 1, GraphAttention.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGraphAttention_SelfLoops(), ecorePackage.getEBoolean(), "selfLoops", "true", 0, 1, GraphAttention.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGraphAttention_Bias(), ecorePackage.getEBoolean(), "bias", "true", 0, 1, GraphAttention.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGraphAttention_Dynamic(), ecorePackage.getEBoolean(), "dynamic", null, 0, 1, GraphAttention.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGraphAttention_ShareWeights(), ecorePackage.getEBoolean(), "shareWeights", null, 0, 1, GraphAttention.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGraphAttention_Dropout(), ecorePackage.getEDouble(), "dropout", "0.0", 0, 1, GraphAttention.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(topKPoolingEClass, TopKPooling.class, "TopKPooling", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTopKPooling_Ratio(), ecorePackage.getEDouble(), "ratio", "0.5", 0, 1, TopKPooling.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTopKPooling_K(), ecorePackage.getEInt(), "k", "0", 0, 1, TopKPooling.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(graphGlobalPoolingEClass, GraphGlobalPooling.class, "GraphGlobalPooling", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getGraphGlobalPooling_Aggregation(), this.getAggregation(), "aggregation", null, 0, 1, GraphGlobalPooling.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(messageFunctionEEnum, MessageFunction.class, "MessageFunction");
		addEEnumLiteral(messageFunctionEEnum, MessageFunction.IDENTITY);
		addEEnumLiteral(messageFunctionEEnum, MessageFunction.LINEAR);

		initEEnum(aggregationEEnum, Aggregation.class, "Aggregation");
		addEEnumLiteral(aggregationEEnum, Aggregation.SUM);
		addEEnumLiteral(aggregationEEnum, Aggregation.MEAN);
		addEEnumLiteral(aggregationEEnum, Aggregation.MAX);

		initEEnum(updateFunctionEEnum, UpdateFunction.class, "UpdateFunction");
		addEEnumLiteral(updateFunctionEEnum, UpdateFunction.SUM);
		addEEnumLiteral(updateFunctionEEnum, UpdateFunction.LINEAR);

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http://www.eclipse.org/emf/2002/GenModel
		createGenModelAnnotations();
	}

	/**
	 * Initializes the annotations for <b>http://www.eclipse.org/emf/2002/GenModel</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createGenModelAnnotations() {
		String source = "http://www.eclipse.org/emf/2002/GenModel";
		addAnnotation
		  (this,
		   source,
		   new String[] {
			   "documentation", "Graph neural networks: graph inputs, message passing, graph convolutions, graph attention, top-k and global pooling over nodes."
		   });
		addAnnotation
		  (graphInputEClass,
		   source,
		   new String[] {
			   "documentation", "A graph input: node features [V,F], edge index [2,E], optional edge features and graph assignment."
		   });
		addAnnotation
		  (messagePassingEClass,
		   source,
		   new String[] {
			   "documentation", "h_i\' = act(update(h_i, aggregate_j message(h_j))) over the edges j -> i."
		   });
		addAnnotation
		  (getMessagePassing_ActivateMessages(),
		   source,
		   new String[] {
			   "documentation", "Each message passes through the activation before the aggregation, m_ji = act(message(x_j) + W_e.e_ji), as GINEConv\'s ReLU(x_j + e_ji): a sum of such messages can tell which neighbour came over which edge, where a sum of linear messages only adds the two up."
		   });
		addAnnotation
		  (graphConvolutionEClass,
		   source,
		   new String[] {
			   "documentation", "GCN: symmetric-normalised neighbourhood averaging with self-loops, then a linear map."
		   });
		addAnnotation
		  (graphAttentionEClass,
		   source,
		   new String[] {
			   "documentation", "GAT (Velickovic et al.): each node averages its neighbours\' W.x_j weighted by a softmax over them of LeakyReLU(a.[W.x_i, W.x_j]), per head; heads concatenated or averaged."
		   });
		addAnnotation
		  (getGraphAttention_Dynamic(),
		   source,
		   new String[] {
			   "documentation", "GATv2 (Brody et al.): scores a.LeakyReLU(W.x_j + W_t.x_i), which can rank a node\'s neighbours differently for every node; GAT\'s a.[W.x_i, W.x_j] ranks them alike for all."
		   });
		addAnnotation
		  (getGraphAttention_ShareWeights(),
		   source,
		   new String[] {
			   "documentation", "GATv2 only: one weight matrix for the source and the target node (W_t = W, GATv2Conv\'s share_weights), half the layer\'s weights."
		   });
		addAnnotation
		  (getGraphAttention_Dropout(),
		   source,
		   new String[] {
			   "documentation", "The probability of dropping each attention coefficient in training (Velickovic et al. drop 0.6 on Cora): every node hears a random subset of its neighbours each step. Inference keeps all."
		   });
		addAnnotation
		  (topKPoolingEClass,
		   source,
		   new String[] {
			   "documentation", "Keeps the k (or ratio of) highest-scoring nodes, score = tanh(x.p/|p|)."
		   });
		addAnnotation
		  (graphGlobalPoolingEClass,
		   source,
		   new String[] {
			   "documentation", "Pools node features per graph: [V,F] to [G,F]."
		   });
	}

} //GnnPackageImpl
