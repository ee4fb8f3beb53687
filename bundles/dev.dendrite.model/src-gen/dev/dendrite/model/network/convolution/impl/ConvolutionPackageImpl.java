/**
 */
package dev.dendrite.model.network.convolution.impl;

import dev.dendrite.model.network.NetworkPackage;

import dev.dendrite.model.network.convolution.Convolution;
import dev.dendrite.model.network.convolution.ConvolutionFactory;
import dev.dendrite.model.network.convolution.ConvolutionPackage;
import dev.dendrite.model.network.convolution.GlobalPooling;
import dev.dendrite.model.network.convolution.Pooling;
import dev.dendrite.model.network.convolution.StepPadding;
import dev.dendrite.model.network.convolution.TransposedConvolution;
import dev.dendrite.model.network.convolution.Upsample;

import dev.dendrite.model.network.generative.GenerativePackage;

import dev.dendrite.model.network.generative.impl.GenerativePackageImpl;

import dev.dendrite.model.network.gnn.GnnPackage;

import dev.dendrite.model.network.gnn.impl.GnnPackageImpl;

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
public class ConvolutionPackageImpl extends EPackageImpl implements ConvolutionPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass convolutionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass poolingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass transposedConvolutionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass upsampleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass globalPoolingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum stepPaddingEEnum = null;

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
	 * @see dev.dendrite.model.network.convolution.ConvolutionPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private ConvolutionPackageImpl() {
		super(eNS_URI, ConvolutionFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link ConvolutionPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static ConvolutionPackage init() {
		if (isInited) return (ConvolutionPackage)EPackage.Registry.INSTANCE.getEPackage(ConvolutionPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredConvolutionPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		ConvolutionPackageImpl theConvolutionPackage = registeredConvolutionPackage instanceof ConvolutionPackageImpl ? (ConvolutionPackageImpl)registeredConvolutionPackage : new ConvolutionPackageImpl();

		isInited = true;

		// Obtain or create and register interdependencies
		Object registeredPackage = EPackage.Registry.INSTANCE.getEPackage(NetworkPackage.eNS_URI);
		NetworkPackageImpl theNetworkPackage = (NetworkPackageImpl)(registeredPackage instanceof NetworkPackageImpl ? registeredPackage : NetworkPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(SequencePackage.eNS_URI);
		SequencePackageImpl theSequencePackage = (SequencePackageImpl)(registeredPackage instanceof SequencePackageImpl ? registeredPackage : SequencePackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(GnnPackage.eNS_URI);
		GnnPackageImpl theGnnPackage = (GnnPackageImpl)(registeredPackage instanceof GnnPackageImpl ? registeredPackage : GnnPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(NormalizationPackage.eNS_URI);
		NormalizationPackageImpl theNormalizationPackage = (NormalizationPackageImpl)(registeredPackage instanceof NormalizationPackageImpl ? registeredPackage : NormalizationPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(GenerativePackage.eNS_URI);
		GenerativePackageImpl theGenerativePackage = (GenerativePackageImpl)(registeredPackage instanceof GenerativePackageImpl ? registeredPackage : GenerativePackage.eINSTANCE);

		// Create package meta-data objects
		theConvolutionPackage.createPackageContents();
		theNetworkPackage.createPackageContents();
		theSequencePackage.createPackageContents();
		theGnnPackage.createPackageContents();
		theNormalizationPackage.createPackageContents();
		theGenerativePackage.createPackageContents();

		// Initialize created meta-data
		theConvolutionPackage.initializePackageContents();
		theNetworkPackage.initializePackageContents();
		theSequencePackage.initializePackageContents();
		theGnnPackage.initializePackageContents();
		theNormalizationPackage.initializePackageContents();
		theGenerativePackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theConvolutionPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(ConvolutionPackage.eNS_URI, theConvolutionPackage);
		return theConvolutionPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getConvolution() {
		return convolutionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConvolution_Dimensions() {
		return (EAttribute)convolutionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConvolution_InChannels() {
		return (EAttribute)convolutionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConvolution_OutChannels() {
		return (EAttribute)convolutionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConvolution_Kernel() {
		return (EAttribute)convolutionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConvolution_Stride() {
		return (EAttribute)convolutionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConvolution_Padding() {
		return (EAttribute)convolutionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConvolution_PaddingEnd() {
		return (EAttribute)convolutionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConvolution_KernelShape() {
		return (EAttribute)convolutionEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConvolution_Pads() {
		return (EAttribute)convolutionEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConvolution_Dilation() {
		return (EAttribute)convolutionEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConvolution_Groups() {
		return (EAttribute)convolutionEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConvolution_Bias() {
		return (EAttribute)convolutionEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConvolution_SpectralNorm() {
		return (EAttribute)convolutionEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConvolution_Sequence() {
		return (EAttribute)convolutionEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConvolution_StepPadding() {
		return (EAttribute)convolutionEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPooling() {
		return poolingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPooling_PoolType() {
		return (EAttribute)poolingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPooling_Dimensions() {
		return (EAttribute)poolingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPooling_Kernel() {
		return (EAttribute)poolingEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPooling_Stride() {
		return (EAttribute)poolingEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPooling_Padding() {
		return (EAttribute)poolingEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPooling_PaddingEnd() {
		return (EAttribute)poolingEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPooling_Dilation() {
		return (EAttribute)poolingEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPooling_CeilMode() {
		return (EAttribute)poolingEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPooling_Sequence() {
		return (EAttribute)poolingEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTransposedConvolution() {
		return transposedConvolutionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTransposedConvolution_Dimensions() {
		return (EAttribute)transposedConvolutionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTransposedConvolution_InChannels() {
		return (EAttribute)transposedConvolutionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTransposedConvolution_OutChannels() {
		return (EAttribute)transposedConvolutionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTransposedConvolution_Kernel() {
		return (EAttribute)transposedConvolutionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTransposedConvolution_Stride() {
		return (EAttribute)transposedConvolutionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTransposedConvolution_Padding() {
		return (EAttribute)transposedConvolutionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTransposedConvolution_OutputPadding() {
		return (EAttribute)transposedConvolutionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTransposedConvolution_Bias() {
		return (EAttribute)transposedConvolutionEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getUpsample() {
		return upsampleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUpsample_Scale() {
		return (EAttribute)upsampleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUpsample_Bilinear() {
		return (EAttribute)upsampleEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGlobalPooling() {
		return globalPoolingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGlobalPooling_PoolType() {
		return (EAttribute)globalPoolingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getStepPadding() {
		return stepPaddingEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConvolutionFactory getConvolutionFactory() {
		return (ConvolutionFactory)getEFactoryInstance();
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
		convolutionEClass = createEClass(CONVOLUTION);
		createEAttribute(convolutionEClass, CONVOLUTION__DIMENSIONS);
		createEAttribute(convolutionEClass, CONVOLUTION__IN_CHANNELS);
		createEAttribute(convolutionEClass, CONVOLUTION__OUT_CHANNELS);
		createEAttribute(convolutionEClass, CONVOLUTION__KERNEL);
		createEAttribute(convolutionEClass, CONVOLUTION__STRIDE);
		createEAttribute(convolutionEClass, CONVOLUTION__PADDING);
		createEAttribute(convolutionEClass, CONVOLUTION__PADDING_END);
		createEAttribute(convolutionEClass, CONVOLUTION__KERNEL_SHAPE);
		createEAttribute(convolutionEClass, CONVOLUTION__PADS);
		createEAttribute(convolutionEClass, CONVOLUTION__DILATION);
		createEAttribute(convolutionEClass, CONVOLUTION__GROUPS);
		createEAttribute(convolutionEClass, CONVOLUTION__BIAS);
		createEAttribute(convolutionEClass, CONVOLUTION__SPECTRAL_NORM);
		createEAttribute(convolutionEClass, CONVOLUTION__SEQUENCE);
		createEAttribute(convolutionEClass, CONVOLUTION__STEP_PADDING);

		poolingEClass = createEClass(POOLING);
		createEAttribute(poolingEClass, POOLING__POOL_TYPE);
		createEAttribute(poolingEClass, POOLING__DIMENSIONS);
		createEAttribute(poolingEClass, POOLING__KERNEL);
		createEAttribute(poolingEClass, POOLING__STRIDE);
		createEAttribute(poolingEClass, POOLING__PADDING);
		createEAttribute(poolingEClass, POOLING__PADDING_END);
		createEAttribute(poolingEClass, POOLING__DILATION);
		createEAttribute(poolingEClass, POOLING__CEIL_MODE);
		createEAttribute(poolingEClass, POOLING__SEQUENCE);

		transposedConvolutionEClass = createEClass(TRANSPOSED_CONVOLUTION);
		createEAttribute(transposedConvolutionEClass, TRANSPOSED_CONVOLUTION__DIMENSIONS);
		createEAttribute(transposedConvolutionEClass, TRANSPOSED_CONVOLUTION__IN_CHANNELS);
		createEAttribute(transposedConvolutionEClass, TRANSPOSED_CONVOLUTION__OUT_CHANNELS);
		createEAttribute(transposedConvolutionEClass, TRANSPOSED_CONVOLUTION__KERNEL);
		createEAttribute(transposedConvolutionEClass, TRANSPOSED_CONVOLUTION__STRIDE);
		createEAttribute(transposedConvolutionEClass, TRANSPOSED_CONVOLUTION__PADDING);
		createEAttribute(transposedConvolutionEClass, TRANSPOSED_CONVOLUTION__OUTPUT_PADDING);
		createEAttribute(transposedConvolutionEClass, TRANSPOSED_CONVOLUTION__BIAS);

		upsampleEClass = createEClass(UPSAMPLE);
		createEAttribute(upsampleEClass, UPSAMPLE__SCALE);
		createEAttribute(upsampleEClass, UPSAMPLE__BILINEAR);

		globalPoolingEClass = createEClass(GLOBAL_POOLING);
		createEAttribute(globalPoolingEClass, GLOBAL_POOLING__POOL_TYPE);

		// Create enums
		stepPaddingEEnum = createEEnum(STEP_PADDING);
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
		convolutionEClass.getESuperTypes().add(theNetworkPackage.getLayer());
		poolingEClass.getESuperTypes().add(theNetworkPackage.getLayer());
		transposedConvolutionEClass.getESuperTypes().add(theNetworkPackage.getLayer());
		upsampleEClass.getESuperTypes().add(theNetworkPackage.getLayer());
		globalPoolingEClass.getESuperTypes().add(theNetworkPackage.getLayer());

		// Initialize classes, features, and operations; add parameters
		initEClass(convolutionEClass, Convolution.class, "Convolution", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getConvolution_Dimensions(), ecorePackage.getEInt(), "dimensions", "2", 0, 1, Convolution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConvolution_InChannels(), ecorePackage.getEInt(), "inChannels", "0", 0, 1, Convolution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConvolution_OutChannels(), ecorePackage.getEInt(), "outChannels", "1", 0, 1, Convolution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConvolution_Kernel(), ecorePackage.getEInt(), "kernel", "3", 0, 1, Convolution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConvolution_Stride(), ecorePackage.getEInt(), "stride", "1", 0, 1, Convolution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConvolution_Padding(), ecorePackage.getEInt(), "padding", "0", 0, 1, Convolution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConvolution_PaddingEnd(), ecorePackage.getEInt(), "paddingEnd", "-1", 0, 1, Convolution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConvolution_KernelShape(), ecorePackage.getEInt(), "kernelShape", null, 0, -1, Convolution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConvolution_Pads(), ecorePackage.getEInt(), "pads", null, 0, -1, Convolution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConvolution_Dilation(), ecorePackage.getEInt(), "dilation", "1", 0, 1, Convolution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConvolution_Groups(), ecorePackage.getEInt(), "groups", "1", 0, 1, Convolution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConvolution_Bias(), ecorePackage.getEBoolean(), "bias", "true", 0, 1, Convolution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConvolution_SpectralNorm(), ecorePackage.getEBoolean(), "spectralNorm", "false", 0, 1, Convolution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConvolution_Sequence(), ecorePackage.getEBoolean(), "sequence", "false", 0, 1, Convolution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConvolution_StepPadding(), this.getStepPadding(), "stepPadding", null, 0, 1, Convolution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(poolingEClass, Pooling.class, "Pooling", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPooling_PoolType(), theNetworkPackage.getPoolType(), "poolType", null, 0, 1, Pooling.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPooling_Dimensions(), ecorePackage.getEInt(), "dimensions", "2", 0, 1, Pooling.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPooling_Kernel(), ecorePackage.getEInt(), "kernel", "2", 0, 1, Pooling.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPooling_Stride(), ecorePackage.getEInt(), "stride", "0", 0, 1, Pooling.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPooling_Padding(), ecorePackage.getEInt(), "padding", "0", 0, 1, Pooling.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPooling_PaddingEnd(), ecorePackage.getEInt(), "paddingEnd", "-1", 0, 1, Pooling.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPooling_Dilation(), ecorePackage.getEInt(), "dilation", "1", 0, 1, Pooling.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPooling_CeilMode(), ecorePackage.getEBoolean(), "ceilMode", "false", 0, 1, Pooling.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPooling_Sequence(), ecorePackage.getEBoolean(), "sequence", "false", 0, 1, Pooling.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(transposedConvolutionEClass, TransposedConvolution.class, "TransposedConvolution", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTransposedConvolution_Dimensions(), ecorePackage.getEInt(), "dimensions", "2", 0, 1, TransposedConvolution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTransposedConvolution_InChannels(), ecorePackage.getEInt(), "inChannels", "0", 0, 1, TransposedConvolution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTransposedConvolution_OutChannels(), ecorePackage.getEInt(), "outChannels", "1", 0, 1, TransposedConvolution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTransposedConvolution_Kernel(), ecorePackage.getEInt(), "kernel", "4", 0, 1, TransposedConvolution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTransposedConvolution_Stride(), ecorePackage.getEInt(), "stride", "2", 0, 1, TransposedConvolution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTransposedConvolution_Padding(), ecorePackage.getEInt(), "padding", "1", 0, 1, TransposedConvolution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTransposedConvolution_OutputPadding(), ecorePackage.getEInt(), "outputPadding", "0", 0, 1, TransposedConvolution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTransposedConvolution_Bias(), ecorePackage.getEBoolean(), "bias", "true", 0, 1, TransposedConvolution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(upsampleEClass, Upsample.class, "Upsample", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getUpsample_Scale(), ecorePackage.getEInt(), "scale", "2", 0, 1, Upsample.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUpsample_Bilinear(), ecorePackage.getEBoolean(), "bilinear", "false", 0, 1, Upsample.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(globalPoolingEClass, GlobalPooling.class, "GlobalPooling", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getGlobalPooling_PoolType(), theNetworkPackage.getPoolType(), "poolType", null, 0, 1, GlobalPooling.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(stepPaddingEEnum, StepPadding.class, "StepPadding");
		addEEnumLiteral(stepPaddingEEnum, StepPadding.SAME);
		addEEnumLiteral(stepPaddingEEnum, StepPadding.CAUSAL);
		addEEnumLiteral(stepPaddingEEnum, StepPadding.VALID);

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
			   "documentation", "Convolutions, transposed convolutions, pooling and upsampling over pictures and sequences."
		   });
		addAnnotation
		  (convolutionEClass,
		   source,
		   new String[] {
			   "documentation", "Conv1d or Conv2d; inChannels 0 means inferred from the input shape."
		   });
		addAnnotation
		  (getConvolution_PaddingEnd(),
		   source,
		   new String[] {
			   "documentation", "Padding at the far end of each spatial dim (right, bottom) when it differs from the near end, as TensorFlow\'s SAME padding makes it; -1: the same as padding."
		   });
		addAnnotation
		  (getConvolution_KernelShape(),
		   source,
		   new String[] {
			   "documentation", "A kernel size per spatial dim (e.g. 1, 7), when they differ; empty: kernel on every dim."
		   });
		addAnnotation
		  (getConvolution_Pads(),
		   source,
		   new String[] {
			   "documentation", "Padding per spatial dim and end, in ONNX\'s order (every near end, then every far end: top, left, bottom, right), when the dims differ; empty: padding and paddingEnd."
		   });
		addAnnotation
		  (getConvolution_SpectralNorm(),
		   source,
		   new String[] {
			   "documentation", "Divides the weight by its largest singular value (spectral normalisation, Miyato et al., 2018), estimated by one power iteration per training step from a kept vector: the layer is 1-Lipschitz, as a GAN\'s discriminator wants."
		   });
		addAnnotation
		  (getConvolution_Sequence(),
		   source,
		   new String[] {
			   "documentation", "Conv1d over the steps of a sequence [N,T,F] (features last, as Keras\' Conv1D) to [N,T,outChannels] (stride 1, padded as stepPadding says), so sequences of any length and padded batches work; padded steps read as zeros."
		   });
		addAnnotation
		  (getConvolution_StepPadding(),
		   source,
		   new String[] {
			   "documentation", "With sequence, as Keras\' Conv1D padding: same keeps every step (the kernel centred), causal keeps them with each step reading itself and the steps before it only (WaveNet\'s, TCNs\'), valid keeps the steps whose window lies inside the sequence (d(k-1) fewer)."
		   });
		addAnnotation
		  (poolingEClass,
		   source,
		   new String[] {
			   "documentation", "Max or average pooling over 1 or 2 spatial dims; stride 0 means stride = kernel."
		   });
		addAnnotation
		  (getPooling_PaddingEnd(),
		   source,
		   new String[] {
			   "documentation", "Padding at the far end of each spatial dim (right, bottom) when it differs from the near end, as TensorFlow\'s SAME padding makes it; -1: the same as padding."
		   });
		addAnnotation
		  (getPooling_Dilation(),
		   source,
		   new String[] {
			   "documentation", "Spacing of the window\'s elements (1: adjacent), as in a dilated convolution."
		   });
		addAnnotation
		  (getPooling_CeilMode(),
		   source,
		   new String[] {
			   "documentation", "Round the output size up: a last, partial window covers what the floor would leave out (ONNX ceil_mode, PyTorch ceil_mode)."
		   });
		addAnnotation
		  (getPooling_Sequence(),
		   source,
		   new String[] {
			   "documentation", "Pool windows of the steps of a sequence [N,T,F] (features last, as Keras\' MaxPooling1D) to [N,(T-kernel)/stride+1,F]: whole windows only, so sequences of any length and padded batches work."
		   });
		addAnnotation
		  (transposedConvolutionEClass,
		   source,
		   new String[] {
			   "documentation", "ConvTranspose1d or ConvTranspose2d, the adjoint of a strided convolution: each input value scatters the kernel onto a map stride times as large, as DCGAN generators and convolutional decoders learn to enlarge maps; output size (in - 1) stride - 2 padding + kernel + outputPadding; inChannels 0 means inferred from the input shape."
		   });
		addAnnotation
		  (getTransposedConvolution_Padding(),
		   source,
		   new String[] {
			   "documentation", "Positions taken off each end of every spatial dim of the full output, as PyTorch counts it."
		   });
		addAnnotation
		  (getTransposedConvolution_OutputPadding(),
		   source,
		   new String[] {
			   "documentation", "Positions added at the far end of every spatial dim (less than stride), to tell apart the output sizes a strided convolution maps to one size."
		   });
		addAnnotation
		  (upsampleEClass,
		   source,
		   new String[] {
			   "documentation", "Enlarges feature maps [N,C,L] or [N,C,H,W] scale times along each spatial dim, as ONNX\'s Resize: each value repeated (nearest) or interpolated (bilinear, PyTorch\'s align_corners=False); before a convolution it makes a decoder\'s resize-convolution."
		   });
		addAnnotation
		  (globalPoolingEClass,
		   source,
		   new String[] {
			   "documentation", "Max or average over all spatial positions: [N,C,...] to [N,C]."
		   });
	}

} //ConvolutionPackageImpl
