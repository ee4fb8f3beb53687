/**
 */
package dev.dendrite.model.network.impl;

import dev.dendrite.model.network.Activation;
import dev.dendrite.model.network.ActivationFunction;
import dev.dendrite.model.network.Add;
import dev.dendrite.model.network.Block;
import dev.dendrite.model.network.BlockInput;
import dev.dendrite.model.network.BlockInstance;
import dev.dendrite.model.network.BlockKind;
import dev.dendrite.model.network.BlockOutput;
import dev.dendrite.model.network.Concat;
import dev.dendrite.model.network.Connection;
import dev.dendrite.model.network.DataType;
import dev.dendrite.model.network.Dense;
import dev.dendrite.model.network.Dropout;
import dev.dendrite.model.network.Flatten;
import dev.dendrite.model.network.GradientPenaltyKind;
import dev.dendrite.model.network.Graph;
import dev.dendrite.model.network.Input;
import dev.dendrite.model.network.InputRole;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.Loss;
import dev.dendrite.model.network.LossKind;
import dev.dendrite.model.network.Multiply;
import dev.dendrite.model.network.NamedElement;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.NetworkFactory;
import dev.dendrite.model.network.NetworkPackage;
import dev.dendrite.model.network.Noise;
import dev.dendrite.model.network.NoiseKind;
import dev.dendrite.model.network.OnnxOperator;
import dev.dendrite.model.network.OptimizerKind;
import dev.dendrite.model.network.PoolType;
import dev.dendrite.model.network.ProjectionKind;
import dev.dendrite.model.network.Regularization;
import dev.dendrite.model.network.Reshape;
import dev.dendrite.model.network.TrainingSettings;

import dev.dendrite.model.network.convolution.ConvolutionPackage;

import dev.dendrite.model.network.convolution.impl.ConvolutionPackageImpl;

import dev.dendrite.model.network.generative.GenerativePackage;

import dev.dendrite.model.network.generative.impl.GenerativePackageImpl;

import dev.dendrite.model.network.gnn.GnnPackage;

import dev.dendrite.model.network.gnn.impl.GnnPackageImpl;

import dev.dendrite.model.network.normalization.NormalizationPackage;

import dev.dendrite.model.network.normalization.impl.NormalizationPackageImpl;

import dev.dendrite.model.network.sequence.SequencePackage;

import dev.dendrite.model.network.sequence.impl.SequencePackageImpl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class NetworkPackageImpl extends EPackageImpl implements NetworkPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass namedElementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass graphEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass networkEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass blockEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass connectionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass regularizationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass trainingSettingsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass layerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass inputEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass denseEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass activationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass flattenEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass reshapeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass addEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass multiplyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass concatEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass dropoutEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass noiseEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass onnxOperatorEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass lossEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass blockInstanceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass blockInputEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass blockOutputEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum dataTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum inputRoleEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum activationFunctionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum poolTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum projectionKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum noiseKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum lossKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum gradientPenaltyKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum blockKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum optimizerKindEEnum = null;

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
	 * @see dev.dendrite.model.network.NetworkPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private NetworkPackageImpl() {
		super(eNS_URI, NetworkFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link NetworkPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static NetworkPackage init() {
		if (isInited) return (NetworkPackage)EPackage.Registry.INSTANCE.getEPackage(NetworkPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredNetworkPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		NetworkPackageImpl theNetworkPackage = registeredNetworkPackage instanceof NetworkPackageImpl ? (NetworkPackageImpl)registeredNetworkPackage : new NetworkPackageImpl();

		isInited = true;

		// Obtain or create and register interdependencies
		Object registeredPackage = EPackage.Registry.INSTANCE.getEPackage(ConvolutionPackage.eNS_URI);
		ConvolutionPackageImpl theConvolutionPackage = (ConvolutionPackageImpl)(registeredPackage instanceof ConvolutionPackageImpl ? registeredPackage : ConvolutionPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(SequencePackage.eNS_URI);
		SequencePackageImpl theSequencePackage = (SequencePackageImpl)(registeredPackage instanceof SequencePackageImpl ? registeredPackage : SequencePackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(GnnPackage.eNS_URI);
		GnnPackageImpl theGnnPackage = (GnnPackageImpl)(registeredPackage instanceof GnnPackageImpl ? registeredPackage : GnnPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(NormalizationPackage.eNS_URI);
		NormalizationPackageImpl theNormalizationPackage = (NormalizationPackageImpl)(registeredPackage instanceof NormalizationPackageImpl ? registeredPackage : NormalizationPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(GenerativePackage.eNS_URI);
		GenerativePackageImpl theGenerativePackage = (GenerativePackageImpl)(registeredPackage instanceof GenerativePackageImpl ? registeredPackage : GenerativePackage.eINSTANCE);

		// Create package meta-data objects
		theNetworkPackage.createPackageContents();
		theConvolutionPackage.createPackageContents();
		theSequencePackage.createPackageContents();
		theGnnPackage.createPackageContents();
		theNormalizationPackage.createPackageContents();
		theGenerativePackage.createPackageContents();

		// Initialize created meta-data
		theNetworkPackage.initializePackageContents();
		theConvolutionPackage.initializePackageContents();
		theSequencePackage.initializePackageContents();
		theGnnPackage.initializePackageContents();
		theNormalizationPackage.initializePackageContents();
		theGenerativePackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theNetworkPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(NetworkPackage.eNS_URI, theNetworkPackage);
		return theNetworkPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNamedElement() {
		return namedElementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNamedElement_Name() {
		return (EAttribute)namedElementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGraph() {
		return graphEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGraph_Layers() {
		return (EReference)graphEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGraph_Connections() {
		return (EReference)graphEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNetwork() {
		return networkEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNetwork_FormatVersion() {
		return (EAttribute)networkEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNetwork_Description() {
		return (EAttribute)networkEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNetwork_Blocks() {
		return (EReference)networkEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNetwork_Training() {
		return (EReference)networkEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNetwork_Regularization() {
		return (EReference)networkEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBlock() {
		return blockEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBlock_Kind() {
		return (EAttribute)blockEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getConnection() {
		return connectionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getConnection_Source() {
		return (EReference)connectionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConnection_SourcePort() {
		return (EAttribute)connectionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getConnection_Target() {
		return (EReference)connectionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConnection_TargetPort() {
		return (EAttribute)connectionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRegularization() {
		return regularizationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegularization_L1() {
		return (EAttribute)regularizationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegularization_L2() {
		return (EAttribute)regularizationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTrainingSettings() {
		return trainingSettingsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingSettings_Dataset() {
		return (EAttribute)trainingSettingsEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingSettings_Epochs() {
		return (EAttribute)trainingSettingsEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingSettings_BatchSize() {
		return (EAttribute)trainingSettingsEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingSettings_Optimizer() {
		return (EAttribute)trainingSettingsEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingSettings_LearningRate() {
		return (EAttribute)trainingSettingsEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingSettings_Momentum() {
		return (EAttribute)trainingSettingsEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingSettings_WeightDecay() {
		return (EAttribute)trainingSettingsEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingSettings_Seed() {
		return (EAttribute)trainingSettingsEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingSettings_ValidationFraction() {
		return (EAttribute)trainingSettingsEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingSettings_EarlyStoppingPatience() {
		return (EAttribute)trainingSettingsEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingSettings_GradientClipNorm() {
		return (EAttribute)trainingSettingsEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingSettings_AdamBeta1() {
		return (EAttribute)trainingSettingsEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingSettings_AdamBeta2() {
		return (EAttribute)trainingSettingsEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingSettings_DiscriminatorLearningRate() {
		return (EAttribute)trainingSettingsEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingSettings_DiscriminatorSteps() {
		return (EAttribute)trainingSettingsEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingSettings_PretrainingEpochs() {
		return (EAttribute)trainingSettingsEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLayer() {
		return layerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLayer_Id() {
		return (EAttribute)layerEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLayer_X() {
		return (EAttribute)layerEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLayer_Y() {
		return (EAttribute)layerEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLayer_Regularization() {
		return (EReference)layerEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInput() {
		return inputEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInput_Dims() {
		return (EAttribute)inputEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInput_Sequence() {
		return (EAttribute)inputEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInput_DataType() {
		return (EAttribute)inputEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInput_Role() {
		return (EAttribute)inputEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDense() {
		return denseEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDense_Units() {
		return (EAttribute)denseEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDense_Bias() {
		return (EAttribute)denseEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDense_SpectralNorm() {
		return (EAttribute)denseEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getActivation() {
		return activationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActivation_Function() {
		return (EAttribute)activationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActivation_Alpha() {
		return (EAttribute)activationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActivation_Axis() {
		return (EAttribute)activationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFlatten() {
		return flattenEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getReshape() {
		return reshapeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReshape_Dims() {
		return (EAttribute)reshapeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAdd() {
		return addEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdd_Inputs() {
		return (EAttribute)addEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdd_Projection() {
		return (EAttribute)addEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMultiply() {
		return multiplyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMultiply_Inputs() {
		return (EAttribute)multiplyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getConcat() {
		return concatEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConcat_Inputs() {
		return (EAttribute)concatEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConcat_Axis() {
		return (EAttribute)concatEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDropout() {
		return dropoutEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDropout_Rate() {
		return (EAttribute)dropoutEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNoise() {
		return noiseEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNoise_Kind() {
		return (EAttribute)noiseEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNoise_Amount() {
		return (EAttribute)noiseEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOnnxOperator() {
		return onnxOperatorEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOnnxOperator_OpType() {
		return (EAttribute)onnxOperatorEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOnnxOperator_Domain() {
		return (EAttribute)onnxOperatorEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOnnxOperator_Inputs() {
		return (EAttribute)onnxOperatorEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOnnxOperator_OutputDims() {
		return (EAttribute)onnxOperatorEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOnnxOperator_Definition() {
		return (EAttribute)onnxOperatorEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOnnxOperator_ParameterCount() {
		return (EAttribute)onnxOperatorEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLoss() {
		return lossEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLoss_Kind() {
		return (EAttribute)lossEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLoss_Weight() {
		return (EAttribute)lossEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLoss_GradientPenalty() {
		return (EAttribute)lossEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLoss_GradientPenaltyKind() {
		return (EAttribute)lossEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBlockInstance() {
		return blockInstanceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBlockInstance_Block() {
		return (EReference)blockInstanceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBlockInstance_Collapsed() {
		return (EAttribute)blockInstanceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBlockInput() {
		return blockInputEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBlockOutput() {
		return blockOutputEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDataType() {
		return dataTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getInputRole() {
		return inputRoleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getActivationFunction() {
		return activationFunctionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPoolType() {
		return poolTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getProjectionKind() {
		return projectionKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getNoiseKind() {
		return noiseKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getLossKind() {
		return lossKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getGradientPenaltyKind() {
		return gradientPenaltyKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getBlockKind() {
		return blockKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getOptimizerKind() {
		return optimizerKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NetworkFactory getNetworkFactory() {
		return (NetworkFactory)getEFactoryInstance();
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
		namedElementEClass = createEClass(NAMED_ELEMENT);
		createEAttribute(namedElementEClass, NAMED_ELEMENT__NAME);

		graphEClass = createEClass(GRAPH);
		createEReference(graphEClass, GRAPH__LAYERS);
		createEReference(graphEClass, GRAPH__CONNECTIONS);

		networkEClass = createEClass(NETWORK);
		createEAttribute(networkEClass, NETWORK__FORMAT_VERSION);
		createEAttribute(networkEClass, NETWORK__DESCRIPTION);
		createEReference(networkEClass, NETWORK__BLOCKS);
		createEReference(networkEClass, NETWORK__TRAINING);
		createEReference(networkEClass, NETWORK__REGULARIZATION);

		blockEClass = createEClass(BLOCK);
		createEAttribute(blockEClass, BLOCK__KIND);

		connectionEClass = createEClass(CONNECTION);
		createEReference(connectionEClass, CONNECTION__SOURCE);
		createEAttribute(connectionEClass, CONNECTION__SOURCE_PORT);
		createEReference(connectionEClass, CONNECTION__TARGET);
		createEAttribute(connectionEClass, CONNECTION__TARGET_PORT);

		regularizationEClass = createEClass(REGULARIZATION);
		createEAttribute(regularizationEClass, REGULARIZATION__L1);
		createEAttribute(regularizationEClass, REGULARIZATION__L2);

		trainingSettingsEClass = createEClass(TRAINING_SETTINGS);
		createEAttribute(trainingSettingsEClass, TRAINING_SETTINGS__DATASET);
		createEAttribute(trainingSettingsEClass, TRAINING_SETTINGS__EPOCHS);
		createEAttribute(trainingSettingsEClass, TRAINING_SETTINGS__BATCH_SIZE);
		createEAttribute(trainingSettingsEClass, TRAINING_SETTINGS__OPTIMIZER);
		createEAttribute(trainingSettingsEClass, TRAINING_SETTINGS__LEARNING_RATE);
		createEAttribute(trainingSettingsEClass, TRAINING_SETTINGS__MOMENTUM);
		createEAttribute(trainingSettingsEClass, TRAINING_SETTINGS__WEIGHT_DECAY);
		createEAttribute(trainingSettingsEClass, TRAINING_SETTINGS__SEED);
		createEAttribute(trainingSettingsEClass, TRAINING_SETTINGS__VALIDATION_FRACTION);
		createEAttribute(trainingSettingsEClass, TRAINING_SETTINGS__EARLY_STOPPING_PATIENCE);
		createEAttribute(trainingSettingsEClass, TRAINING_SETTINGS__GRADIENT_CLIP_NORM);
		createEAttribute(trainingSettingsEClass, TRAINING_SETTINGS__ADAM_BETA1);
		createEAttribute(trainingSettingsEClass, TRAINING_SETTINGS__ADAM_BETA2);
		createEAttribute(trainingSettingsEClass, TRAINING_SETTINGS__DISCRIMINATOR_LEARNING_RATE);
		createEAttribute(trainingSettingsEClass, TRAINING_SETTINGS__DISCRIMINATOR_STEPS);
		createEAttribute(trainingSettingsEClass, TRAINING_SETTINGS__PRETRAINING_EPOCHS);

		layerEClass = createEClass(LAYER);
		createEAttribute(layerEClass, LAYER__ID);
		createEAttribute(layerEClass, LAYER__X);
		createEAttribute(layerEClass, LAYER__Y);
		createEReference(layerEClass, LAYER__REGULARIZATION);

		inputEClass = createEClass(INPUT);
		createEAttribute(inputEClass, INPUT__DIMS);
		createEAttribute(inputEClass, INPUT__SEQUENCE);
		createEAttribute(inputEClass, INPUT__DATA_TYPE);
		createEAttribute(inputEClass, INPUT__ROLE);

		denseEClass = createEClass(DENSE);
		createEAttribute(denseEClass, DENSE__UNITS);
		createEAttribute(denseEClass, DENSE__BIAS);
		createEAttribute(denseEClass, DENSE__SPECTRAL_NORM);

		activationEClass = createEClass(ACTIVATION);
		createEAttribute(activationEClass, ACTIVATION__FUNCTION);
		createEAttribute(activationEClass, ACTIVATION__ALPHA);
		createEAttribute(activationEClass, ACTIVATION__AXIS);

		flattenEClass = createEClass(FLATTEN);

		reshapeEClass = createEClass(RESHAPE);
		createEAttribute(reshapeEClass, RESHAPE__DIMS);

		addEClass = createEClass(ADD);
		createEAttribute(addEClass, ADD__INPUTS);
		createEAttribute(addEClass, ADD__PROJECTION);

		multiplyEClass = createEClass(MULTIPLY);
		createEAttribute(multiplyEClass, MULTIPLY__INPUTS);

		concatEClass = createEClass(CONCAT);
		createEAttribute(concatEClass, CONCAT__INPUTS);
		createEAttribute(concatEClass, CONCAT__AXIS);

		dropoutEClass = createEClass(DROPOUT);
		createEAttribute(dropoutEClass, DROPOUT__RATE);

		noiseEClass = createEClass(NOISE);
		createEAttribute(noiseEClass, NOISE__KIND);
		createEAttribute(noiseEClass, NOISE__AMOUNT);

		onnxOperatorEClass = createEClass(ONNX_OPERATOR);
		createEAttribute(onnxOperatorEClass, ONNX_OPERATOR__OP_TYPE);
		createEAttribute(onnxOperatorEClass, ONNX_OPERATOR__DOMAIN);
		createEAttribute(onnxOperatorEClass, ONNX_OPERATOR__INPUTS);
		createEAttribute(onnxOperatorEClass, ONNX_OPERATOR__OUTPUT_DIMS);
		createEAttribute(onnxOperatorEClass, ONNX_OPERATOR__DEFINITION);
		createEAttribute(onnxOperatorEClass, ONNX_OPERATOR__PARAMETER_COUNT);

		lossEClass = createEClass(LOSS);
		createEAttribute(lossEClass, LOSS__KIND);
		createEAttribute(lossEClass, LOSS__WEIGHT);
		createEAttribute(lossEClass, LOSS__GRADIENT_PENALTY);
		createEAttribute(lossEClass, LOSS__GRADIENT_PENALTY_KIND);

		blockInstanceEClass = createEClass(BLOCK_INSTANCE);
		createEReference(blockInstanceEClass, BLOCK_INSTANCE__BLOCK);
		createEAttribute(blockInstanceEClass, BLOCK_INSTANCE__COLLAPSED);

		blockInputEClass = createEClass(BLOCK_INPUT);

		blockOutputEClass = createEClass(BLOCK_OUTPUT);

		// Create enums
		dataTypeEEnum = createEEnum(DATA_TYPE);
		inputRoleEEnum = createEEnum(INPUT_ROLE);
		activationFunctionEEnum = createEEnum(ACTIVATION_FUNCTION);
		poolTypeEEnum = createEEnum(POOL_TYPE);
		projectionKindEEnum = createEEnum(PROJECTION_KIND);
		noiseKindEEnum = createEEnum(NOISE_KIND);
		lossKindEEnum = createEEnum(LOSS_KIND);
		gradientPenaltyKindEEnum = createEEnum(GRADIENT_PENALTY_KIND);
		blockKindEEnum = createEEnum(BLOCK_KIND);
		optimizerKindEEnum = createEEnum(OPTIMIZER_KIND);
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

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		graphEClass.getESuperTypes().add(this.getNamedElement());
		networkEClass.getESuperTypes().add(this.getGraph());
		blockEClass.getESuperTypes().add(this.getGraph());
		layerEClass.getESuperTypes().add(this.getNamedElement());
		inputEClass.getESuperTypes().add(this.getLayer());
		denseEClass.getESuperTypes().add(this.getLayer());
		activationEClass.getESuperTypes().add(this.getLayer());
		flattenEClass.getESuperTypes().add(this.getLayer());
		reshapeEClass.getESuperTypes().add(this.getLayer());
		addEClass.getESuperTypes().add(this.getLayer());
		multiplyEClass.getESuperTypes().add(this.getLayer());
		concatEClass.getESuperTypes().add(this.getLayer());
		dropoutEClass.getESuperTypes().add(this.getLayer());
		noiseEClass.getESuperTypes().add(this.getLayer());
		onnxOperatorEClass.getESuperTypes().add(this.getLayer());
		lossEClass.getESuperTypes().add(this.getLayer());
		blockInstanceEClass.getESuperTypes().add(this.getLayer());
		blockInputEClass.getESuperTypes().add(this.getLayer());
		blockOutputEClass.getESuperTypes().add(this.getLayer());

		// Initialize classes, features, and operations; add parameters
		initEClass(namedElementEClass, NamedElement.class, "NamedElement", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getNamedElement_Name(), ecorePackage.getEString(), "name", null, 0, 1, NamedElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(graphEClass, Graph.class, "Graph", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getGraph_Layers(), this.getLayer(), null, "layers", null, 0, -1, Graph.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGraph_Connections(), this.getConnection(), null, "connections", null, 0, -1, Graph.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(networkEClass, Network.class, "Network", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getNetwork_FormatVersion(), ecorePackage.getEInt(), "formatVersion", "1", 0, 1, Network.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNetwork_Description(), ecorePackage.getEString(), "description", null, 0, 1, Network.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getNetwork_Blocks(), this.getBlock(), null, "blocks", null, 0, -1, Network.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getNetwork_Training(), this.getTrainingSettings(), null, "training", null, 0, 1, Network.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getNetwork_Regularization(), this.getRegularization(), null, "regularization", null, 0, 1, Network.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(blockEClass, Block.class, "Block", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getBlock_Kind(), this.getBlockKind(), "kind", null, 0, 1, Block.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(connectionEClass, Connection.class, "Connection", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getConnection_Source(), this.getLayer(), null, "source", null, 1, 1, Connection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConnection_SourcePort(), ecorePackage.getEString(), "sourcePort", "", 0, 1, Connection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getConnection_Target(), this.getLayer(), null, "target", null, 1, 1, Connection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConnection_TargetPort(), ecorePackage.getEString(), "targetPort", "", 0, 1, Connection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(regularizationEClass, Regularization.class, "Regularization", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRegularization_L1(), ecorePackage.getEDouble(), "l1", "0.0", 0, 1, Regularization.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRegularization_L2(), ecorePackage.getEDouble(), "l2", "0.0", 0, 1, Regularization.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(trainingSettingsEClass, TrainingSettings.class, "TrainingSettings", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTrainingSettings_Dataset(), ecorePackage.getEString(), "dataset", null, 0, 1, TrainingSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingSettings_Epochs(), ecorePackage.getEInt(), "epochs", "10", 0, 1, TrainingSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingSettings_BatchSize(), ecorePackage.getEInt(), "batchSize", "64", 0, 1, TrainingSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingSettings_Optimizer(), this.getOptimizerKind(), "optimizer", null, 0, 1, TrainingSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingSettings_LearningRate(), ecorePackage.getEDouble(), "learningRate", "0.001", 0, 1, TrainingSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingSettings_Momentum(), ecorePackage.getEDouble(), "momentum", "0.0", 0, 1, TrainingSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingSettings_WeightDecay(), ecorePackage.getEDouble(), "weightDecay", "0.0", 0, 1, TrainingSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingSettings_Seed(), ecorePackage.getELong(), "seed", "42", 0, 1, TrainingSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingSettings_ValidationFraction(), ecorePackage.getEDouble(), "validationFraction", "0.1", 0, 1, TrainingSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingSettings_EarlyStoppingPatience(), ecorePackage.getEInt(), "earlyStoppingPatience", "0", 0, 1, TrainingSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingSettings_GradientClipNorm(), ecorePackage.getEDouble(), "gradientClipNorm", "0.0", 0, 1, TrainingSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingSettings_AdamBeta1(), ecorePackage.getEDouble(), "adamBeta1", "0.9", 0, 1, TrainingSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingSettings_AdamBeta2(), ecorePackage.getEDouble(), "adamBeta2", "0.999", 0, 1, TrainingSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingSettings_DiscriminatorLearningRate(), ecorePackage.getEDouble(), "discriminatorLearningRate", "0.0", 0, 1, TrainingSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingSettings_DiscriminatorSteps(), ecorePackage.getEInt(), "discriminatorSteps", "1", 0, 1, TrainingSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingSettings_PretrainingEpochs(), ecorePackage.getEInt(), "pretrainingEpochs", "5", 0, 1, TrainingSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(layerEClass, Layer.class, "Layer", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLayer_Id(), ecorePackage.getEString(), "id", null, 0, 1, Layer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLayer_X(), ecorePackage.getEInt(), "x", "0", 0, 1, Layer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLayer_Y(), ecorePackage.getEInt(), "y", "0", 0, 1, Layer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLayer_Regularization(), this.getRegularization(), null, "regularization", null, 0, 1, Layer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(inputEClass, Input.class, "Input", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInput_Dims(), ecorePackage.getEInt(), "dims", null, 0, -1, Input.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInput_Sequence(), ecorePackage.getEBoolean(), "sequence", null, 0, 1, Input.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInput_DataType(), this.getDataType(), "dataType", null, 0, 1, Input.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInput_Role(), this.getInputRole(), "role", null, 0, 1, Input.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(denseEClass, Dense.class, "Dense", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDense_Units(), ecorePackage.getEInt(), "units", "1", 0, 1, Dense.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDense_Bias(), ecorePackage.getEBoolean(), "bias", "true", 0, 1, Dense.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDense_SpectralNorm(), ecorePackage.getEBoolean(), "spectralNorm", "false", 0, 1, Dense.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(activationEClass, Activation.class, "Activation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getActivation_Function(), this.getActivationFunction(), "function", null, 0, 1, Activation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getActivation_Alpha(), ecorePackage.getEDouble(), "alpha", "0.01", 0, 1, Activation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getActivation_Axis(), ecorePackage.getEInt(), "axis", "-1", 0, 1, Activation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(flattenEClass, Flatten.class, "Flatten", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(reshapeEClass, Reshape.class, "Reshape", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getReshape_Dims(), ecorePackage.getEInt(), "dims", null, 0, -1, Reshape.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(addEClass, Add.class, "Add", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAdd_Inputs(), ecorePackage.getEInt(), "inputs", "2", 0, 1, Add.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdd_Projection(), this.getProjectionKind(), "projection", null, 0, 1, Add.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(multiplyEClass, Multiply.class, "Multiply", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMultiply_Inputs(), ecorePackage.getEInt(), "inputs", "2", 0, 1, Multiply.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(concatEClass, Concat.class, "Concat", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getConcat_Inputs(), ecorePackage.getEInt(), "inputs", "2", 0, 1, Concat.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConcat_Axis(), ecorePackage.getEInt(), "axis", "1", 0, 1, Concat.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(dropoutEClass, Dropout.class, "Dropout", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDropout_Rate(), ecorePackage.getEDouble(), "rate", "0.5", 0, 1, Dropout.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(noiseEClass, Noise.class, "Noise", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getNoise_Kind(), this.getNoiseKind(), "kind", null, 0, 1, Noise.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNoise_Amount(), ecorePackage.getEDouble(), "amount", "0.1", 0, 1, Noise.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(onnxOperatorEClass, OnnxOperator.class, "OnnxOperator", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOnnxOperator_OpType(), ecorePackage.getEString(), "opType", null, 0, 1, OnnxOperator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOnnxOperator_Domain(), ecorePackage.getEString(), "domain", "", 0, 1, OnnxOperator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOnnxOperator_Inputs(), ecorePackage.getEInt(), "inputs", "1", 0, 1, OnnxOperator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOnnxOperator_OutputDims(), ecorePackage.getEInt(), "outputDims", null, 0, -1, OnnxOperator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOnnxOperator_Definition(), ecorePackage.getEString(), "definition", null, 0, 1, OnnxOperator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOnnxOperator_ParameterCount(), ecorePackage.getELong(), "parameterCount", "0", 0, 1, OnnxOperator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(lossEClass, Loss.class, "Loss", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLoss_Kind(), this.getLossKind(), "kind", null, 0, 1, Loss.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLoss_Weight(), ecorePackage.getEDouble(), "weight", "1.0", 0, 1, Loss.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLoss_GradientPenalty(), ecorePackage.getEDouble(), "gradientPenalty", "0.0", 0, 1, Loss.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLoss_GradientPenaltyKind(), this.getGradientPenaltyKind(), "gradientPenaltyKind", null, 0, 1, Loss.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(blockInstanceEClass, BlockInstance.class, "BlockInstance", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getBlockInstance_Block(), this.getBlock(), null, "block", null, 1, 1, BlockInstance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBlockInstance_Collapsed(), ecorePackage.getEBoolean(), "collapsed", "true", 0, 1, BlockInstance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(blockInputEClass, BlockInput.class, "BlockInput", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(blockOutputEClass, BlockOutput.class, "BlockOutput", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		// Initialize enums and add enum literals
		initEEnum(dataTypeEEnum, DataType.class, "DataType");
		addEEnumLiteral(dataTypeEEnum, DataType.FLOAT);
		addEEnumLiteral(dataTypeEEnum, DataType.INT64);

		initEEnum(inputRoleEEnum, InputRole.class, "InputRole");
		addEEnumLiteral(inputRoleEEnum, InputRole.FEATURES);
		addEEnumLiteral(inputRoleEEnum, InputRole.TARGET);
		addEEnumLiteral(inputRoleEEnum, InputRole.DECODER_INPUT);
		addEEnumLiteral(inputRoleEEnum, InputRole.NOISE);
		addEEnumLiteral(inputRoleEEnum, InputRole.LABEL);

		initEEnum(activationFunctionEEnum, ActivationFunction.class, "ActivationFunction");
		addEEnumLiteral(activationFunctionEEnum, ActivationFunction.SIGMOID);
		addEEnumLiteral(activationFunctionEEnum, ActivationFunction.TANH);
		addEEnumLiteral(activationFunctionEEnum, ActivationFunction.RELU);
		addEEnumLiteral(activationFunctionEEnum, ActivationFunction.LEAKY_RELU);
		addEEnumLiteral(activationFunctionEEnum, ActivationFunction.ELU);
		addEEnumLiteral(activationFunctionEEnum, ActivationFunction.GELU);
		addEEnumLiteral(activationFunctionEEnum, ActivationFunction.SOFTMAX);
		addEEnumLiteral(activationFunctionEEnum, ActivationFunction.LOG_SOFTMAX);

		initEEnum(poolTypeEEnum, PoolType.class, "PoolType");
		addEEnumLiteral(poolTypeEEnum, PoolType.MAX);
		addEEnumLiteral(poolTypeEEnum, PoolType.AVERAGE);

		initEEnum(projectionKindEEnum, ProjectionKind.class, "ProjectionKind");
		addEEnumLiteral(projectionKindEEnum, ProjectionKind.NONE);
		addEEnumLiteral(projectionKindEEnum, ProjectionKind.CONV1X1);
		addEEnumLiteral(projectionKindEEnum, ProjectionKind.DENSE);

		initEEnum(noiseKindEEnum, NoiseKind.class, "NoiseKind");
		addEEnumLiteral(noiseKindEEnum, NoiseKind.GAUSSIAN);
		addEEnumLiteral(noiseKindEEnum, NoiseKind.MASKING);

		initEEnum(lossKindEEnum, LossKind.class, "LossKind");
		addEEnumLiteral(lossKindEEnum, LossKind.MSE);
		addEEnumLiteral(lossKindEEnum, LossKind.CROSS_ENTROPY);
		addEEnumLiteral(lossKindEEnum, LossKind.BINARY_CROSS_ENTROPY);
		addEEnumLiteral(lossKindEEnum, LossKind.RECONSTRUCTION);
		addEEnumLiteral(lossKindEEnum, LossKind.SEQUENCE_NLL);
		addEEnumLiteral(lossKindEEnum, LossKind.GAN);
		addEEnumLiteral(lossKindEEnum, LossKind.GAN_LEAST_SQUARES);
		addEEnumLiteral(lossKindEEnum, LossKind.GAN_HINGE);
		addEEnumLiteral(lossKindEEnum, LossKind.GAN_WASSERSTEIN);

		initEEnum(gradientPenaltyKindEEnum, GradientPenaltyKind.class, "GradientPenaltyKind");
		addEEnumLiteral(gradientPenaltyKindEEnum, GradientPenaltyKind.WGAN_GP);
		addEEnumLiteral(gradientPenaltyKindEEnum, GradientPenaltyKind.R1);

		initEEnum(blockKindEEnum, BlockKind.class, "BlockKind");
		addEEnumLiteral(blockKindEEnum, BlockKind.GENERIC);
		addEEnumLiteral(blockKindEEnum, BlockKind.RESIDUAL);
		addEEnumLiteral(blockKindEEnum, BlockKind.ENCODER);
		addEEnumLiteral(blockKindEEnum, BlockKind.DECODER);
		addEEnumLiteral(blockKindEEnum, BlockKind.AUTOENCODER);
		addEEnumLiteral(blockKindEEnum, BlockKind.DBN_STACK);

		initEEnum(optimizerKindEEnum, OptimizerKind.class, "OptimizerKind");
		addEEnumLiteral(optimizerKindEEnum, OptimizerKind.SGD);
		addEEnumLiteral(optimizerKindEEnum, OptimizerKind.ADAM);
		addEEnumLiteral(optimizerKindEEnum, OptimizerKind.ADAMW);
		addEEnumLiteral(optimizerKindEEnum, OptimizerKind.RMSPROP);

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
			   "documentation", "Dendrite\'s network model: layers, ports by kind, connections, blocks and training defaults."
		   });
		addAnnotation
		  (namedElementEClass,
		   source,
		   new String[] {
			   "documentation", "Anything with a user-visible name."
		   });
		addAnnotation
		  (graphEClass,
		   source,
		   new String[] {
			   "documentation", "Layers wired by connections: a whole network or a reusable block."
		   });
		addAnnotation
		  (networkEClass,
		   source,
		   new String[] {
			   "documentation", "The root of a .dnet file."
		   });
		addAnnotation
		  (blockEClass,
		   source,
		   new String[] {
			   "documentation", "A reusable sub-network with BlockInput and BlockOutput layers as its interface."
		   });
		addAnnotation
		  (connectionEClass,
		   source,
		   new String[] {
			   "documentation", "Wires an output port of one layer to an input port of another; empty port names mean the primary port."
		   });
		addAnnotation
		  (regularizationEClass,
		   source,
		   new String[] {
			   "documentation", "L1 and L2 penalty coefficients on weights."
		   });
		addAnnotation
		  (trainingSettingsEClass,
		   source,
		   new String[] {
			   "documentation", "Defaults that let a network train as it is."
		   });
		addAnnotation
		  (getTrainingSettings_AdamBeta1(),
		   source,
		   new String[] {
			   "documentation", "Adam\'s and AdamW\'s decay of the gradients\' running mean (PyTorch\'s betas[0]); GANs train with 0.5 (Radford et al., 2016)."
		   });
		addAnnotation
		  (getTrainingSettings_AdamBeta2(),
		   source,
		   new String[] {
			   "documentation", "Adam\'s and AdamW\'s decay of the squared gradients\' running mean (PyTorch\'s betas[1])."
		   });
		addAnnotation
		  (getTrainingSettings_DiscriminatorLearningRate(),
		   source,
		   new String[] {
			   "documentation", "GANs: the discriminator\'s own learning rate, the generator learning at learningRate (Heusel et al.\'s two time-scale update rule, 2017); 0: the learning rate."
		   });
		addAnnotation
		  (getTrainingSettings_DiscriminatorSteps(),
		   source,
		   new String[] {
			   "documentation", "GANs: the discriminator\'s steps per generator step (n_critic; 5 in Gulrajani et al.\'s WGAN-GP): the discriminator updates at every step, the generator at the first and every that many after; 1 updates both at every step."
		   });
		addAnnotation
		  (getTrainingSettings_PretrainingEpochs(),
		   source,
		   new String[] {
			   "documentation", "Contrastive-divergence epochs per RBM of a deep belief net\'s stack before fine-tuning; 0 fine-tunes from random weights."
		   });
		addAnnotation
		  (layerEClass,
		   source,
		   new String[] {
			   "documentation", "A node of the network graph; its ports follow from its kind."
		   });
		addAnnotation
		  (inputEClass,
		   source,
		   new String[] {
			   "documentation", "A tensor input: per-sample dims after the symbolic batch dim N (and T when sequential)."
		   });
		addAnnotation
		  (denseEClass,
		   source,
		   new String[] {
			   "documentation", "Fully connected: y = xW + b over the last dimension."
		   });
		addAnnotation
		  (getDense_SpectralNorm(),
		   source,
		   new String[] {
			   "documentation", "Divides the weight by its largest singular value (spectral normalisation, Miyato et al., 2018), estimated by one power iteration per training step from a kept vector: the layer is 1-Lipschitz, as a GAN\'s discriminator wants."
		   });
		addAnnotation
		  (activationEClass,
		   source,
		   new String[] {
			   "documentation", "An element-wise (or, for softmax, per-row) non-linearity."
		   });
		addAnnotation
		  (flattenEClass,
		   source,
		   new String[] {
			   "documentation", "Keeps the batch dim and flattens the rest."
		   });
		addAnnotation
		  (reshapeEClass,
		   source,
		   new String[] {
			   "documentation", "Per-sample target shape; one dim may be -1."
		   });
		addAnnotation
		  (addEClass,
		   source,
		   new String[] {
			   "documentation", "Element-wise sum of in0..in(n-1): a skip connection; projection maps other inputs to in0 shape."
		   });
		addAnnotation
		  (multiplyEClass,
		   source,
		   new String[] {
			   "documentation", "Element-wise product of in0..in(n-1), broadcast as ONNX\'s Mul (aligned at the last dim, each dim equal or 1): gates (GLU, WaveNet\'s tanh times sigmoid, SwiGLU, SiLU) and squeeze-and-excitation\'s channel weights."
		   });
		addAnnotation
		  (concatEClass,
		   source,
		   new String[] {
			   "documentation", "Concatenates in0..in(n-1) along an axis (1 = channels/features)."
		   });
		addAnnotation
		  (dropoutEClass,
		   source,
		   new String[] {
			   "documentation", "Zeroes a fraction of activations in training (inverted dropout); identity in inference."
		   });
		addAnnotation
		  (noiseEClass,
		   source,
		   new String[] {
			   "documentation", "Corrupts its input in training only: Gaussian noise or masking (denoising autoencoders)."
		   });
		addAnnotation
		  (onnxOperatorEClass,
		   source,
		   new String[] {
			   "documentation", "A standard ONNX operator without a Dendrite layer of its own, kept exactly as imported: op type, domain, attributes and constant inputs (definition), in0..in(n-1) data inputs, and the per-sample output dims found at import."
		   });
		addAnnotation
		  (getOnnxOperator_ParameterCount(),
		   source,
		   new String[] {
			   "documentation", "How many values its trainable inputs hold (kernels, biases, scales kept as parameters named c0, c1, ...)."
		   });
		addAnnotation
		  (lossEClass,
		   source,
		   new String[] {
			   "documentation", "A training head: compares its input with the target (labels when the target port is unconnected). The GAN kinds read the discriminator\'s logits of generated samples at the input and of real samples at the target."
		   });
		addAnnotation
		  (getLoss_GradientPenalty(),
		   source,
		   new String[] {
			   "documentation", "GAN losses: the weight of a gradient penalty on the discriminator, of the kind gradientPenaltyKind says: \u03bb of WGAN-GP\'s (Gulrajani et al., 2017; 10 with the Wasserstein loss) or \u03b3 of R1 (Mescheder et al., 2018); 0 for none. The penalty is per sample, so the discriminator holds no BatchNorm."
		   });
		addAnnotation
		  (blockInstanceEClass,
		   source,
		   new String[] {
			   "documentation", "Uses a Block; its ports are the block\'s BlockInput and BlockOutput names."
		   });
		addAnnotation
		  (blockInputEClass,
		   source,
		   new String[] {
			   "documentation", "An input of the enclosing block."
		   });
		addAnnotation
		  (blockOutputEClass,
		   source,
		   new String[] {
			   "documentation", "An output of the enclosing block."
		   });
		addAnnotation
		  (inputRoleEEnum.getELiterals().get(3),
		   source,
		   new String[] {
			   "documentation", "Read from no data set: the trainer fills it with standard normal noise for every sample (a generator\'s code); the exported model reads it as its input."
		   });
		addAnnotation
		  (inputRoleEEnum.getELiterals().get(4),
		   source,
		   new String[] {
			   "documentation", "Fed each sample\'s class label (int64, dims [1]) from the data: the class a conditional generator draws and its discriminator judges; the exported model reads it as an input."
		   });
		addAnnotation
		  (lossKindEEnum.getELiterals().get(5),
		   source,
		   new String[] {
			   "documentation", "A generative adversarial network\'s losses (Goodfellow et al., 2014, the generator\'s non-saturating form): the input is the discriminator\'s logit for generated samples, the target its logit for real ones; the discriminator learns softplus(\u2212real) + softplus(fake), the generator softplus(\u2212fake)."
		   });
		addAnnotation
		  (lossKindEEnum.getELiterals().get(6),
		   source,
		   new String[] {
			   "documentation", "Least-squares GAN (Mao et al., 2017): the discriminator learns ((real \u2212 1)\u00b2 + fake\u00b2)/2, the generator (fake \u2212 1)\u00b2/2."
		   });
		addAnnotation
		  (lossKindEEnum.getELiterals().get(7),
		   source,
		   new String[] {
			   "documentation", "Hinge GAN (Lim and Ye, 2017; Miyato et al., 2018): the discriminator learns relu(1 \u2212 real) + relu(1 + fake), the generator \u2212fake."
		   });
		addAnnotation
		  (lossKindEEnum.getELiterals().get(8),
		   source,
		   new String[] {
			   "documentation", "Wasserstein GAN (Arjovsky et al., 2017) with its critic kept 1-Lipschitz by a gradient penalty (set gradientPenalty, 10 in Gulrajani et al., 2017): the critic learns fake \u2212 real (its scores, unbounded: real \u2212 fake estimates the Wasserstein distance), the generator \u2212fake."
		   });
		addAnnotation
		  (gradientPenaltyKindEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "documentation", "WGAN-GP\'s one-centred penalty (Gulrajani et al., 2017): \u03bb \u00b7 mean of (\u2016\u2207D(x\u0302)\u2016 \u2212 1)\u00b2 at random points x\u0302 between each real sample and a generated one; keeps a Wasserstein critic 1-Lipschitz."
		   });
		addAnnotation
		  (gradientPenaltyKindEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "documentation", "R1, the zero-centred penalty at the real samples (Mescheder et al., 2018): \u03b3/2 \u00b7 mean of \u2016\u2207D(x)\u2016\u00b2 over the real batch; keeps the discriminator flat on the data, as StyleGAN\'s do with the non-saturating loss."
		   });
	}

} //NetworkPackageImpl
