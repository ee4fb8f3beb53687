/**
 */
package dev.dendrite.model.network.sequence.impl;

import dev.dendrite.model.network.NetworkPackage;

import dev.dendrite.model.network.convolution.ConvolutionPackage;

import dev.dendrite.model.network.convolution.impl.ConvolutionPackageImpl;

import dev.dendrite.model.network.generative.GenerativePackage;

import dev.dendrite.model.network.generative.impl.GenerativePackageImpl;

import dev.dendrite.model.network.gnn.GnnPackage;

import dev.dendrite.model.network.gnn.impl.GnnPackageImpl;

import dev.dendrite.model.network.impl.NetworkPackageImpl;

import dev.dendrite.model.network.normalization.NormalizationPackage;

import dev.dendrite.model.network.normalization.impl.NormalizationPackageImpl;

import dev.dendrite.model.network.sequence.Attention;
import dev.dendrite.model.network.sequence.CellType;
import dev.dendrite.model.network.sequence.ClassToken;
import dev.dendrite.model.network.sequence.Embedding;
import dev.dendrite.model.network.sequence.PositionalEncoding;
import dev.dendrite.model.network.sequence.Recurrent;
import dev.dendrite.model.network.sequence.SequenceFactory;
import dev.dendrite.model.network.sequence.SequenceOutput;
import dev.dendrite.model.network.sequence.SequencePackage;
import dev.dendrite.model.network.sequence.SequencePooling;

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
public class SequencePackageImpl extends EPackageImpl implements SequencePackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass embeddingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass recurrentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass attentionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass positionalEncodingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass classTokenEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sequencePoolingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum cellTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum sequenceOutputEEnum = null;

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
	 * @see dev.dendrite.model.network.sequence.SequencePackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private SequencePackageImpl() {
		super(eNS_URI, SequenceFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link SequencePackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static SequencePackage init() {
		if (isInited) return (SequencePackage)EPackage.Registry.INSTANCE.getEPackage(SequencePackage.eNS_URI);

		// Obtain or create and register package
		Object registeredSequencePackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		SequencePackageImpl theSequencePackage = registeredSequencePackage instanceof SequencePackageImpl ? (SequencePackageImpl)registeredSequencePackage : new SequencePackageImpl();

		isInited = true;

		// Obtain or create and register interdependencies
		Object registeredPackage = EPackage.Registry.INSTANCE.getEPackage(NetworkPackage.eNS_URI);
		NetworkPackageImpl theNetworkPackage = (NetworkPackageImpl)(registeredPackage instanceof NetworkPackageImpl ? registeredPackage : NetworkPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(ConvolutionPackage.eNS_URI);
		ConvolutionPackageImpl theConvolutionPackage = (ConvolutionPackageImpl)(registeredPackage instanceof ConvolutionPackageImpl ? registeredPackage : ConvolutionPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(GnnPackage.eNS_URI);
		GnnPackageImpl theGnnPackage = (GnnPackageImpl)(registeredPackage instanceof GnnPackageImpl ? registeredPackage : GnnPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(NormalizationPackage.eNS_URI);
		NormalizationPackageImpl theNormalizationPackage = (NormalizationPackageImpl)(registeredPackage instanceof NormalizationPackageImpl ? registeredPackage : NormalizationPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(GenerativePackage.eNS_URI);
		GenerativePackageImpl theGenerativePackage = (GenerativePackageImpl)(registeredPackage instanceof GenerativePackageImpl ? registeredPackage : GenerativePackage.eINSTANCE);

		// Create package meta-data objects
		theSequencePackage.createPackageContents();
		theNetworkPackage.createPackageContents();
		theConvolutionPackage.createPackageContents();
		theGnnPackage.createPackageContents();
		theNormalizationPackage.createPackageContents();
		theGenerativePackage.createPackageContents();

		// Initialize created meta-data
		theSequencePackage.initializePackageContents();
		theNetworkPackage.initializePackageContents();
		theConvolutionPackage.initializePackageContents();
		theGnnPackage.initializePackageContents();
		theNormalizationPackage.initializePackageContents();
		theGenerativePackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theSequencePackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(SequencePackage.eNS_URI, theSequencePackage);
		return theSequencePackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEmbedding() {
		return embeddingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEmbedding_VocabularySize() {
		return (EAttribute)embeddingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEmbedding_EmbeddingDim() {
		return (EAttribute)embeddingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRecurrent() {
		return recurrentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecurrent_Cell() {
		return (EAttribute)recurrentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecurrent_HiddenSize() {
		return (EAttribute)recurrentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecurrent_Bidirectional() {
		return (EAttribute)recurrentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecurrent_Output() {
		return (EAttribute)recurrentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecurrent_GenerateSteps() {
		return (EAttribute)recurrentEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAttention() {
		return attentionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAttention_Heads() {
		return (EAttribute)attentionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAttention_Causal() {
		return (EAttribute)attentionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPositionalEncoding() {
		return positionalEncodingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPositionalEncoding_MaxLength() {
		return (EAttribute)positionalEncodingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPositionalEncoding_Learned() {
		return (EAttribute)positionalEncodingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getClassToken() {
		return classTokenEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getClassToken_Count() {
		return (EAttribute)classTokenEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSequencePooling() {
		return sequencePoolingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSequencePooling_PoolType() {
		return (EAttribute)sequencePoolingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCellType() {
		return cellTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSequenceOutput() {
		return sequenceOutputEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SequenceFactory getSequenceFactory() {
		return (SequenceFactory)getEFactoryInstance();
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
		embeddingEClass = createEClass(EMBEDDING);
		createEAttribute(embeddingEClass, EMBEDDING__VOCABULARY_SIZE);
		createEAttribute(embeddingEClass, EMBEDDING__EMBEDDING_DIM);

		recurrentEClass = createEClass(RECURRENT);
		createEAttribute(recurrentEClass, RECURRENT__CELL);
		createEAttribute(recurrentEClass, RECURRENT__HIDDEN_SIZE);
		createEAttribute(recurrentEClass, RECURRENT__BIDIRECTIONAL);
		createEAttribute(recurrentEClass, RECURRENT__OUTPUT);
		createEAttribute(recurrentEClass, RECURRENT__GENERATE_STEPS);

		attentionEClass = createEClass(ATTENTION);
		createEAttribute(attentionEClass, ATTENTION__HEADS);
		createEAttribute(attentionEClass, ATTENTION__CAUSAL);

		positionalEncodingEClass = createEClass(POSITIONAL_ENCODING);
		createEAttribute(positionalEncodingEClass, POSITIONAL_ENCODING__MAX_LENGTH);
		createEAttribute(positionalEncodingEClass, POSITIONAL_ENCODING__LEARNED);

		classTokenEClass = createEClass(CLASS_TOKEN);
		createEAttribute(classTokenEClass, CLASS_TOKEN__COUNT);

		sequencePoolingEClass = createEClass(SEQUENCE_POOLING);
		createEAttribute(sequencePoolingEClass, SEQUENCE_POOLING__POOL_TYPE);

		// Create enums
		cellTypeEEnum = createEEnum(CELL_TYPE);
		sequenceOutputEEnum = createEEnum(SEQUENCE_OUTPUT);
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
		embeddingEClass.getESuperTypes().add(theNetworkPackage.getLayer());
		recurrentEClass.getESuperTypes().add(theNetworkPackage.getLayer());
		attentionEClass.getESuperTypes().add(theNetworkPackage.getLayer());
		positionalEncodingEClass.getESuperTypes().add(theNetworkPackage.getLayer());
		classTokenEClass.getESuperTypes().add(theNetworkPackage.getLayer());
		sequencePoolingEClass.getESuperTypes().add(theNetworkPackage.getLayer());

		// Initialize classes, features, and operations; add parameters
		initEClass(embeddingEClass, Embedding.class, "Embedding", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEmbedding_VocabularySize(), ecorePackage.getEInt(), "vocabularySize", "1", 0, 1, Embedding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEmbedding_EmbeddingDim(), ecorePackage.getEInt(), "embeddingDim", "1", 0, 1, Embedding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(recurrentEClass, Recurrent.class, "Recurrent", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRecurrent_Cell(), this.getCellType(), "cell", null, 0, 1, Recurrent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRecurrent_HiddenSize(), ecorePackage.getEInt(), "hiddenSize", "1", 0, 1, Recurrent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRecurrent_Bidirectional(), ecorePackage.getEBoolean(), "bidirectional", null, 0, 1, Recurrent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRecurrent_Output(), this.getSequenceOutput(), "output", null, 0, 1, Recurrent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRecurrent_GenerateSteps(), ecorePackage.getEInt(), "generateSteps", "0", 0, 1, Recurrent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(attentionEClass, Attention.class, "Attention", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAttention_Heads(), ecorePackage.getEInt(), "heads", "4", 0, 1, Attention.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAttention_Causal(), ecorePackage.getEBoolean(), "causal", "false", 0, 1, Attention.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(positionalEncodingEClass, PositionalEncoding.class, "PositionalEncoding", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPositionalEncoding_MaxLength(), ecorePackage.getEInt(), "maxLength", "512", 0, 1, PositionalEncoding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPositionalEncoding_Learned(), ecorePackage.getEBoolean(), "learned", "true", 0, 1, PositionalEncoding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(classTokenEClass, ClassToken.class, "ClassToken", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getClassToken_Count(), ecorePackage.getEInt(), "count", "1", 0, 1, ClassToken.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(sequencePoolingEClass, SequencePooling.class, "SequencePooling", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSequencePooling_PoolType(), theNetworkPackage.getPoolType(), "poolType", "average", 0, 1, SequencePooling.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(cellTypeEEnum, CellType.class, "CellType");
		addEEnumLiteral(cellTypeEEnum, CellType.RNN);
		addEEnumLiteral(cellTypeEEnum, CellType.LSTM);
		addEEnumLiteral(cellTypeEEnum, CellType.GRU);

		initEEnum(sequenceOutputEEnum, SequenceOutput.class, "SequenceOutput");
		addEEnumLiteral(sequenceOutputEEnum, SequenceOutput.SEQUENCE);
		addEEnumLiteral(sequenceOutputEEnum, SequenceOutput.LAST);

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
			   "documentation", "Layers over sequences of steps: embeddings, recurrent cells, attention, positions, class tokens, pooling over steps."
		   });
		addAnnotation
		  (embeddingEClass,
		   source,
		   new String[] {
			   "documentation", "Maps int64 token ids [N,T] to vectors [N,T,D]."
		   });
		addAnnotation
		  (recurrentEClass,
		   source,
		   new String[] {
			   "documentation", "RNN (tanh), LSTM or GRU over [N,T,F]; forward or bidirectional; generateSteps > 0 turns a vector into a sequence (one-to-many)."
		   });
		addAnnotation
		  (attentionEClass,
		   source,
		   new String[] {
			   "documentation", "Multi-head scaled dot-product attention over a sequence [N,T,D]: heads of D/heads dims each; causal hides later steps from every step. Self-attention, or cross-attention when a second sequence [N,S,M] is connected to its memory port: keys and values from it."
		   });
		addAnnotation
		  (positionalEncodingEClass,
		   source,
		   new String[] {
			   "documentation", "Adds each step\'s position to a sequence [N,T,F]: a learned vector per position, or fixed sinusoids; maxLength positions."
		   });
		addAnnotation
		  (classTokenEClass,
		   source,
		   new String[] {
			   "documentation", "Puts count learned vectors before the steps of a sequence [N,T,F] of fixed length: [N,count+T,F], as a vision transformer\'s class token, read out at step 0."
		   });
		addAnnotation
		  (sequencePoolingEClass,
		   source,
		   new String[] {
			   "documentation", "Average or max over the steps of a sequence: [N,T,F] to [N,F]; padded steps of masked batches are left out."
		   });
	}

} //SequencePackageImpl
