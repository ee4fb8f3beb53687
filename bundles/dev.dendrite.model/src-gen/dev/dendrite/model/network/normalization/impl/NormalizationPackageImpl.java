/**
 */
package dev.dendrite.model.network.normalization.impl;

import dev.dendrite.model.network.NetworkPackage;

import dev.dendrite.model.network.convolution.ConvolutionPackage;

import dev.dendrite.model.network.convolution.impl.ConvolutionPackageImpl;

import dev.dendrite.model.network.generative.GenerativePackage;

import dev.dendrite.model.network.generative.impl.GenerativePackageImpl;

import dev.dendrite.model.network.gnn.GnnPackage;

import dev.dendrite.model.network.gnn.impl.GnnPackageImpl;

import dev.dendrite.model.network.impl.NetworkPackageImpl;

import dev.dendrite.model.network.normalization.BatchNorm;
import dev.dendrite.model.network.normalization.InputNormalization;
import dev.dendrite.model.network.normalization.LayerNorm;
import dev.dendrite.model.network.normalization.LocalResponseNorm;
import dev.dendrite.model.network.normalization.NormalizationFactory;
import dev.dendrite.model.network.normalization.NormalizationMode;
import dev.dendrite.model.network.normalization.NormalizationPackage;
import dev.dendrite.model.network.normalization.RMSNorm;

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
public class NormalizationPackageImpl extends EPackageImpl implements NormalizationPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass batchNormEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass layerNormEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass rmsNormEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass inputNormalizationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass localResponseNormEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum normalizationModeEEnum = null;

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
	 * @see dev.dendrite.model.network.normalization.NormalizationPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private NormalizationPackageImpl() {
		super(eNS_URI, NormalizationFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link NormalizationPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static NormalizationPackage init() {
		if (isInited) return (NormalizationPackage)EPackage.Registry.INSTANCE.getEPackage(NormalizationPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredNormalizationPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		NormalizationPackageImpl theNormalizationPackage = registeredNormalizationPackage instanceof NormalizationPackageImpl ? (NormalizationPackageImpl)registeredNormalizationPackage : new NormalizationPackageImpl();

		isInited = true;

		// Obtain or create and register interdependencies
		Object registeredPackage = EPackage.Registry.INSTANCE.getEPackage(NetworkPackage.eNS_URI);
		NetworkPackageImpl theNetworkPackage = (NetworkPackageImpl)(registeredPackage instanceof NetworkPackageImpl ? registeredPackage : NetworkPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(ConvolutionPackage.eNS_URI);
		ConvolutionPackageImpl theConvolutionPackage = (ConvolutionPackageImpl)(registeredPackage instanceof ConvolutionPackageImpl ? registeredPackage : ConvolutionPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(SequencePackage.eNS_URI);
		SequencePackageImpl theSequencePackage = (SequencePackageImpl)(registeredPackage instanceof SequencePackageImpl ? registeredPackage : SequencePackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(GnnPackage.eNS_URI);
		GnnPackageImpl theGnnPackage = (GnnPackageImpl)(registeredPackage instanceof GnnPackageImpl ? registeredPackage : GnnPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(GenerativePackage.eNS_URI);
		GenerativePackageImpl theGenerativePackage = (GenerativePackageImpl)(registeredPackage instanceof GenerativePackageImpl ? registeredPackage : GenerativePackage.eINSTANCE);

		// Create package meta-data objects
		theNormalizationPackage.createPackageContents();
		theNetworkPackage.createPackageContents();
		theConvolutionPackage.createPackageContents();
		theSequencePackage.createPackageContents();
		theGnnPackage.createPackageContents();
		theGenerativePackage.createPackageContents();

		// Initialize created meta-data
		theNormalizationPackage.initializePackageContents();
		theNetworkPackage.initializePackageContents();
		theConvolutionPackage.initializePackageContents();
		theSequencePackage.initializePackageContents();
		theGnnPackage.initializePackageContents();
		theGenerativePackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theNormalizationPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(NormalizationPackage.eNS_URI, theNormalizationPackage);
		return theNormalizationPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBatchNorm() {
		return batchNormEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBatchNorm_Momentum() {
		return (EAttribute)batchNormEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBatchNorm_Epsilon() {
		return (EAttribute)batchNormEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLayerNorm() {
		return layerNormEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLayerNorm_Epsilon() {
		return (EAttribute)layerNormEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLayerNorm_NormalizedDims() {
		return (EAttribute)layerNormEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLayerNorm_Affine() {
		return (EAttribute)layerNormEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRMSNorm() {
		return rmsNormEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRMSNorm_Epsilon() {
		return (EAttribute)rmsNormEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRMSNorm_Affine() {
		return (EAttribute)rmsNormEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInputNormalization() {
		return inputNormalizationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInputNormalization_Mode() {
		return (EAttribute)inputNormalizationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLocalResponseNorm() {
		return localResponseNormEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLocalResponseNorm_Size() {
		return (EAttribute)localResponseNormEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLocalResponseNorm_Alpha() {
		return (EAttribute)localResponseNormEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLocalResponseNorm_Beta() {
		return (EAttribute)localResponseNormEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLocalResponseNorm_Bias() {
		return (EAttribute)localResponseNormEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getNormalizationMode() {
		return normalizationModeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NormalizationFactory getNormalizationFactory() {
		return (NormalizationFactory)getEFactoryInstance();
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
		batchNormEClass = createEClass(BATCH_NORM);
		createEAttribute(batchNormEClass, BATCH_NORM__MOMENTUM);
		createEAttribute(batchNormEClass, BATCH_NORM__EPSILON);

		layerNormEClass = createEClass(LAYER_NORM);
		createEAttribute(layerNormEClass, LAYER_NORM__EPSILON);
		createEAttribute(layerNormEClass, LAYER_NORM__NORMALIZED_DIMS);
		createEAttribute(layerNormEClass, LAYER_NORM__AFFINE);

		rmsNormEClass = createEClass(RMS_NORM);
		createEAttribute(rmsNormEClass, RMS_NORM__EPSILON);
		createEAttribute(rmsNormEClass, RMS_NORM__AFFINE);

		inputNormalizationEClass = createEClass(INPUT_NORMALIZATION);
		createEAttribute(inputNormalizationEClass, INPUT_NORMALIZATION__MODE);

		localResponseNormEClass = createEClass(LOCAL_RESPONSE_NORM);
		createEAttribute(localResponseNormEClass, LOCAL_RESPONSE_NORM__SIZE);
		createEAttribute(localResponseNormEClass, LOCAL_RESPONSE_NORM__ALPHA);
		createEAttribute(localResponseNormEClass, LOCAL_RESPONSE_NORM__BETA);
		createEAttribute(localResponseNormEClass, LOCAL_RESPONSE_NORM__BIAS);

		// Create enums
		normalizationModeEEnum = createEEnum(NORMALIZATION_MODE);
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
		batchNormEClass.getESuperTypes().add(theNetworkPackage.getLayer());
		layerNormEClass.getESuperTypes().add(theNetworkPackage.getLayer());
		rmsNormEClass.getESuperTypes().add(theNetworkPackage.getLayer());
		inputNormalizationEClass.getESuperTypes().add(theNetworkPackage.getLayer());
		localResponseNormEClass.getESuperTypes().add(theNetworkPackage.getLayer());

		// Initialize classes, features, and operations; add parameters
		initEClass(batchNormEClass, BatchNorm.class, "BatchNorm", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getBatchNorm_Momentum(), ecorePackage.getEDouble(), "momentum", "0.1", 0, 1, BatchNorm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBatchNorm_Epsilon(), ecorePackage.getEDouble(), "epsilon", "1.0E-5", 0, 1, BatchNorm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(layerNormEClass, LayerNorm.class, "LayerNorm", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLayerNorm_Epsilon(), ecorePackage.getEDouble(), "epsilon", "1.0E-5", 0, 1, LayerNorm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLayerNorm_NormalizedDims(), ecorePackage.getEInt(), "normalizedDims", "1", 0, 1, LayerNorm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLayerNorm_Affine(), ecorePackage.getEBoolean(), "affine", "true", 0, 1, LayerNorm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(rmsNormEClass, RMSNorm.class, "RMSNorm", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRMSNorm_Epsilon(), ecorePackage.getEDouble(), "epsilon", "1.0E-6", 0, 1, RMSNorm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRMSNorm_Affine(), ecorePackage.getEBoolean(), "affine", "true", 0, 1, RMSNorm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(inputNormalizationEClass, InputNormalization.class, "InputNormalization", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInputNormalization_Mode(), this.getNormalizationMode(), "mode", null, 0, 1, InputNormalization.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(localResponseNormEClass, LocalResponseNorm.class, "LocalResponseNorm", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLocalResponseNorm_Size(), ecorePackage.getEInt(), "size", "5", 0, 1, LocalResponseNorm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLocalResponseNorm_Alpha(), ecorePackage.getEFloat(), "alpha", "1.0E-4", 0, 1, LocalResponseNorm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLocalResponseNorm_Beta(), ecorePackage.getEFloat(), "beta", "0.75", 0, 1, LocalResponseNorm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLocalResponseNorm_Bias(), ecorePackage.getEFloat(), "bias", "1.0", 0, 1, LocalResponseNorm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(normalizationModeEEnum, NormalizationMode.class, "NormalizationMode");
		addEEnumLiteral(normalizationModeEEnum, NormalizationMode.STANDARDIZE);
		addEEnumLiteral(normalizationModeEEnum, NormalizationMode.MIN_MAX_UNIT);
		addEEnumLiteral(normalizationModeEEnum, NormalizationMode.MIN_MAX_SYMMETRIC);

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
			   "documentation", "Normalisation layers: batch, layer, RMS, local response and input normalisation."
		   });
		addAnnotation
		  (batchNormEClass,
		   source,
		   new String[] {
			   "documentation", "Batch normalisation over dim 1; batch statistics in training, running statistics in inference."
		   });
		addAnnotation
		  (layerNormEClass,
		   source,
		   new String[] {
			   "documentation", "Normalises over the last normalizedDims dims of each sample."
		   });
		addAnnotation
		  (rmsNormEClass,
		   source,
		   new String[] {
			   "documentation", "Divides by the root mean square over the last dim, with a learned gain."
		   });
		addAnnotation
		  (inputNormalizationEClass,
		   source,
		   new String[] {
			   "documentation", "Standardises or min-max scales inputs with statistics of the training data."
		   });
		addAnnotation
		  (localResponseNormEClass,
		   source,
		   new String[] {
			   "documentation", "Local response normalisation across channels (AlexNet): x / (bias + alpha/size \u00b7 \u03a3 x\u00b2 over size neighbouring channels)^beta."
		   });
	}

} //NormalizationPackageImpl
