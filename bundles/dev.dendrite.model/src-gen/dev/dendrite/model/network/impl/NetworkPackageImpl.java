/**
 */
package dev.dendrite.model.network.impl;

import dev.dendrite.model.network.Activation;
import dev.dendrite.model.network.ActivationFunction;
import dev.dendrite.model.network.Add;
import dev.dendrite.model.network.Aggregation;
import dev.dendrite.model.network.Attention;
import dev.dendrite.model.network.BatchNorm;
import dev.dendrite.model.network.Block;
import dev.dendrite.model.network.BlockInput;
import dev.dendrite.model.network.BlockInstance;
import dev.dendrite.model.network.BlockKind;
import dev.dendrite.model.network.BlockOutput;
import dev.dendrite.model.network.CellType;
import dev.dendrite.model.network.ClassToken;
import dev.dendrite.model.network.Concat;
import dev.dendrite.model.network.Connection;
import dev.dendrite.model.network.Convolution;
import dev.dendrite.model.network.DataType;
import dev.dendrite.model.network.Dense;
import dev.dendrite.model.network.Dropout;
import dev.dendrite.model.network.Embedding;
import dev.dendrite.model.network.Flatten;
import dev.dendrite.model.network.GaussianLatent;
import dev.dendrite.model.network.GlobalPooling;
import dev.dendrite.model.network.GradientPenaltyKind;
import dev.dendrite.model.network.Graph;
import dev.dendrite.model.network.GraphConvolution;
import dev.dendrite.model.network.GraphGlobalPooling;
import dev.dendrite.model.network.GraphInput;
import dev.dendrite.model.network.Input;
import dev.dendrite.model.network.InputNormalization;
import dev.dendrite.model.network.InputRole;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.LayerNorm;
import dev.dendrite.model.network.LocalResponseNorm;
import dev.dendrite.model.network.Loss;
import dev.dendrite.model.network.LossKind;
import dev.dendrite.model.network.MessageFunction;
import dev.dendrite.model.network.MessagePassing;
import dev.dendrite.model.network.Multiply;
import dev.dendrite.model.network.NamedElement;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.NetworkFactory;
import dev.dendrite.model.network.NetworkPackage;
import dev.dendrite.model.network.Noise;
import dev.dendrite.model.network.NoiseKind;
import dev.dendrite.model.network.NormalizationMode;
import dev.dendrite.model.network.OnnxOperator;
import dev.dendrite.model.network.OptimizerKind;
import dev.dendrite.model.network.PoolType;
import dev.dendrite.model.network.Pooling;
import dev.dendrite.model.network.PositionalEncoding;
import dev.dendrite.model.network.ProjectionKind;
import dev.dendrite.model.network.RMSNorm;
import dev.dendrite.model.network.Recurrent;
import dev.dendrite.model.network.Regularization;
import dev.dendrite.model.network.Reshape;
import dev.dendrite.model.network.SequenceOutput;
import dev.dendrite.model.network.SequencePooling;
import dev.dendrite.model.network.StepPadding;
import dev.dendrite.model.network.TopKPooling;
import dev.dendrite.model.network.TrainingSettings;
import dev.dendrite.model.network.TransposedConvolution;
import dev.dendrite.model.network.UnitType;
import dev.dendrite.model.network.UpdateFunction;
import dev.dendrite.model.network.Upsample;

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
	private EClass graphInputEClass = null;

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
	private EClass gaussianLatentEClass = null;

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
	private EClass localResponseNormEClass = null;

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
	private EClass rbmEClass = null;

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
	private EEnum stepPaddingEEnum = null;

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
	private EEnum normalizationModeEEnum = null;

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
	private EEnum cellTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum sequenceOutputEEnum = null;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum unitTypeEEnum = null;

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

		// Create package meta-data objects
		theNetworkPackage.createPackageContents();

		// Initialize created meta-data
		theNetworkPackage.initializePackageContents();

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
	public EClass getGaussianLatent() {
		return gaussianLatentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGaussianLatent_KlWeight() {
		return (EAttribute)gaussianLatentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGaussianLatent_KlWarmupSteps() {
		return (EAttribute)gaussianLatentEClass.getEStructuralFeatures().get(1);
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
	public EClass getRBM() {
		return rbmEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRBM_VisibleUnits() {
		return (EAttribute)rbmEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRBM_HiddenUnits() {
		return (EAttribute)rbmEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRBM_CdSteps() {
		return (EAttribute)rbmEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRBM_PersistentChains() {
		return (EAttribute)rbmEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRBM_VisibleType() {
		return (EAttribute)rbmEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRBM_HiddenType() {
		return (EAttribute)rbmEClass.getEStructuralFeatures().get(5);
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
	public EEnum getStepPadding() {
		return stepPaddingEEnum;
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
	public EEnum getNormalizationMode() {
		return normalizationModeEEnum;
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
	public EEnum getUnitType() {
		return unitTypeEEnum;
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

		graphInputEClass = createEClass(GRAPH_INPUT);
		createEAttribute(graphInputEClass, GRAPH_INPUT__NODE_FEATURES);
		createEAttribute(graphInputEClass, GRAPH_INPUT__EDGE_FEATURES);
		createEAttribute(graphInputEClass, GRAPH_INPUT__BATCHED);

		denseEClass = createEClass(DENSE);
		createEAttribute(denseEClass, DENSE__UNITS);
		createEAttribute(denseEClass, DENSE__BIAS);
		createEAttribute(denseEClass, DENSE__SPECTRAL_NORM);

		activationEClass = createEClass(ACTIVATION);
		createEAttribute(activationEClass, ACTIVATION__FUNCTION);
		createEAttribute(activationEClass, ACTIVATION__ALPHA);
		createEAttribute(activationEClass, ACTIVATION__AXIS);

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

		dropoutEClass = createEClass(DROPOUT);
		createEAttribute(dropoutEClass, DROPOUT__RATE);

		noiseEClass = createEClass(NOISE);
		createEAttribute(noiseEClass, NOISE__KIND);
		createEAttribute(noiseEClass, NOISE__AMOUNT);

		gaussianLatentEClass = createEClass(GAUSSIAN_LATENT);
		createEAttribute(gaussianLatentEClass, GAUSSIAN_LATENT__KL_WEIGHT);
		createEAttribute(gaussianLatentEClass, GAUSSIAN_LATENT__KL_WARMUP_STEPS);

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

		messagePassingEClass = createEClass(MESSAGE_PASSING);
		createEAttribute(messagePassingEClass, MESSAGE_PASSING__OUT_FEATURES);
		createEAttribute(messagePassingEClass, MESSAGE_PASSING__MESSAGE);
		createEAttribute(messagePassingEClass, MESSAGE_PASSING__AGGREGATION);
		createEAttribute(messagePassingEClass, MESSAGE_PASSING__UPDATE);
		createEAttribute(messagePassingEClass, MESSAGE_PASSING__ACTIVATION);

		graphConvolutionEClass = createEClass(GRAPH_CONVOLUTION);
		createEAttribute(graphConvolutionEClass, GRAPH_CONVOLUTION__OUT_FEATURES);
		createEAttribute(graphConvolutionEClass, GRAPH_CONVOLUTION__BIAS);

		topKPoolingEClass = createEClass(TOP_KPOOLING);
		createEAttribute(topKPoolingEClass, TOP_KPOOLING__RATIO);
		createEAttribute(topKPoolingEClass, TOP_KPOOLING__K);

		graphGlobalPoolingEClass = createEClass(GRAPH_GLOBAL_POOLING);
		createEAttribute(graphGlobalPoolingEClass, GRAPH_GLOBAL_POOLING__AGGREGATION);

		localResponseNormEClass = createEClass(LOCAL_RESPONSE_NORM);
		createEAttribute(localResponseNormEClass, LOCAL_RESPONSE_NORM__SIZE);
		createEAttribute(localResponseNormEClass, LOCAL_RESPONSE_NORM__ALPHA);
		createEAttribute(localResponseNormEClass, LOCAL_RESPONSE_NORM__BETA);
		createEAttribute(localResponseNormEClass, LOCAL_RESPONSE_NORM__BIAS);

		onnxOperatorEClass = createEClass(ONNX_OPERATOR);
		createEAttribute(onnxOperatorEClass, ONNX_OPERATOR__OP_TYPE);
		createEAttribute(onnxOperatorEClass, ONNX_OPERATOR__DOMAIN);
		createEAttribute(onnxOperatorEClass, ONNX_OPERATOR__INPUTS);
		createEAttribute(onnxOperatorEClass, ONNX_OPERATOR__OUTPUT_DIMS);
		createEAttribute(onnxOperatorEClass, ONNX_OPERATOR__DEFINITION);
		createEAttribute(onnxOperatorEClass, ONNX_OPERATOR__PARAMETER_COUNT);

		rbmEClass = createEClass(RBM);
		createEAttribute(rbmEClass, RBM__VISIBLE_UNITS);
		createEAttribute(rbmEClass, RBM__HIDDEN_UNITS);
		createEAttribute(rbmEClass, RBM__CD_STEPS);
		createEAttribute(rbmEClass, RBM__PERSISTENT_CHAINS);
		createEAttribute(rbmEClass, RBM__VISIBLE_TYPE);
		createEAttribute(rbmEClass, RBM__HIDDEN_TYPE);

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
		stepPaddingEEnum = createEEnum(STEP_PADDING);
		projectionKindEEnum = createEEnum(PROJECTION_KIND);
		normalizationModeEEnum = createEEnum(NORMALIZATION_MODE);
		noiseKindEEnum = createEEnum(NOISE_KIND);
		cellTypeEEnum = createEEnum(CELL_TYPE);
		sequenceOutputEEnum = createEEnum(SEQUENCE_OUTPUT);
		messageFunctionEEnum = createEEnum(MESSAGE_FUNCTION);
		aggregationEEnum = createEEnum(AGGREGATION);
		updateFunctionEEnum = createEEnum(UPDATE_FUNCTION);
		unitTypeEEnum = createEEnum(UNIT_TYPE);
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
		graphInputEClass.getESuperTypes().add(this.getLayer());
		denseEClass.getESuperTypes().add(this.getLayer());
		activationEClass.getESuperTypes().add(this.getLayer());
		convolutionEClass.getESuperTypes().add(this.getLayer());
		poolingEClass.getESuperTypes().add(this.getLayer());
		transposedConvolutionEClass.getESuperTypes().add(this.getLayer());
		upsampleEClass.getESuperTypes().add(this.getLayer());
		globalPoolingEClass.getESuperTypes().add(this.getLayer());
		flattenEClass.getESuperTypes().add(this.getLayer());
		reshapeEClass.getESuperTypes().add(this.getLayer());
		addEClass.getESuperTypes().add(this.getLayer());
		multiplyEClass.getESuperTypes().add(this.getLayer());
		concatEClass.getESuperTypes().add(this.getLayer());
		batchNormEClass.getESuperTypes().add(this.getLayer());
		layerNormEClass.getESuperTypes().add(this.getLayer());
		rmsNormEClass.getESuperTypes().add(this.getLayer());
		inputNormalizationEClass.getESuperTypes().add(this.getLayer());
		dropoutEClass.getESuperTypes().add(this.getLayer());
		noiseEClass.getESuperTypes().add(this.getLayer());
		gaussianLatentEClass.getESuperTypes().add(this.getLayer());
		embeddingEClass.getESuperTypes().add(this.getLayer());
		recurrentEClass.getESuperTypes().add(this.getLayer());
		attentionEClass.getESuperTypes().add(this.getLayer());
		positionalEncodingEClass.getESuperTypes().add(this.getLayer());
		classTokenEClass.getESuperTypes().add(this.getLayer());
		sequencePoolingEClass.getESuperTypes().add(this.getLayer());
		messagePassingEClass.getESuperTypes().add(this.getLayer());
		graphConvolutionEClass.getESuperTypes().add(this.getLayer());
		topKPoolingEClass.getESuperTypes().add(this.getLayer());
		graphGlobalPoolingEClass.getESuperTypes().add(this.getLayer());
		localResponseNormEClass.getESuperTypes().add(this.getLayer());
		onnxOperatorEClass.getESuperTypes().add(this.getLayer());
		rbmEClass.getESuperTypes().add(this.getLayer());
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

		initEClass(graphInputEClass, GraphInput.class, "GraphInput", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getGraphInput_NodeFeatures(), ecorePackage.getEInt(), "nodeFeatures", "1", 0, 1, GraphInput.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGraphInput_EdgeFeatures(), ecorePackage.getEInt(), "edgeFeatures", "0", 0, 1, GraphInput.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGraphInput_Batched(), ecorePackage.getEBoolean(), "batched", null, 0, 1, GraphInput.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(denseEClass, Dense.class, "Dense", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDense_Units(), ecorePackage.getEInt(), "units", "1", 0, 1, Dense.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDense_Bias(), ecorePackage.getEBoolean(), "bias", "true", 0, 1, Dense.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDense_SpectralNorm(), ecorePackage.getEBoolean(), "spectralNorm", "false", 0, 1, Dense.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(activationEClass, Activation.class, "Activation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getActivation_Function(), this.getActivationFunction(), "function", null, 0, 1, Activation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getActivation_Alpha(), ecorePackage.getEDouble(), "alpha", "0.01", 0, 1, Activation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getActivation_Axis(), ecorePackage.getEInt(), "axis", "-1", 0, 1, Activation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

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
		initEAttribute(getPooling_PoolType(), this.getPoolType(), "poolType", null, 0, 1, Pooling.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
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
		initEAttribute(getGlobalPooling_PoolType(), this.getPoolType(), "poolType", null, 0, 1, GlobalPooling.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

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

		initEClass(dropoutEClass, Dropout.class, "Dropout", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDropout_Rate(), ecorePackage.getEDouble(), "rate", "0.5", 0, 1, Dropout.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(noiseEClass, Noise.class, "Noise", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getNoise_Kind(), this.getNoiseKind(), "kind", null, 0, 1, Noise.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNoise_Amount(), ecorePackage.getEDouble(), "amount", "0.1", 0, 1, Noise.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(gaussianLatentEClass, GaussianLatent.class, "GaussianLatent", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getGaussianLatent_KlWeight(), ecorePackage.getEDouble(), "klWeight", "1.0", 0, 1, GaussianLatent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGaussianLatent_KlWarmupSteps(), ecorePackage.getEInt(), "klWarmupSteps", "0", 0, 1, GaussianLatent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

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
		initEAttribute(getSequencePooling_PoolType(), this.getPoolType(), "poolType", "average", 0, 1, SequencePooling.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(messagePassingEClass, MessagePassing.class, "MessagePassing", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMessagePassing_OutFeatures(), ecorePackage.getEInt(), "outFeatures", "1", 0, 1, MessagePassing.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMessagePassing_Message(), this.getMessageFunction(), "message", null, 0, 1, MessagePassing.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMessagePassing_Aggregation(), this.getAggregation(), "aggregation", null, 0, 1, MessagePassing.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMessagePassing_Update(), this.getUpdateFunction(), "update", null, 0, 1, MessagePassing.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMessagePassing_Activation(), this.getActivationFunction(), "activation", "relu", 0, 1, MessagePassing.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(graphConvolutionEClass, GraphConvolution.class, "GraphConvolution", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getGraphConvolution_OutFeatures(), ecorePackage.getEInt(), "outFeatures", "1", 0, 1, GraphConvolution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGraphConvolution_Bias(), ecorePackage.getEBoolean(), "bias", "true", 0, 1, GraphConvolution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(topKPoolingEClass, TopKPooling.class, "TopKPooling", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTopKPooling_Ratio(), ecorePackage.getEDouble(), "ratio", "0.5", 0, 1, TopKPooling.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTopKPooling_K(), ecorePackage.getEInt(), "k", "0", 0, 1, TopKPooling.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(graphGlobalPoolingEClass, GraphGlobalPooling.class, "GraphGlobalPooling", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getGraphGlobalPooling_Aggregation(), this.getAggregation(), "aggregation", null, 0, 1, GraphGlobalPooling.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(localResponseNormEClass, LocalResponseNorm.class, "LocalResponseNorm", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLocalResponseNorm_Size(), ecorePackage.getEInt(), "size", "5", 0, 1, LocalResponseNorm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLocalResponseNorm_Alpha(), ecorePackage.getEFloat(), "alpha", "1.0E-4", 0, 1, LocalResponseNorm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLocalResponseNorm_Beta(), ecorePackage.getEFloat(), "beta", "0.75", 0, 1, LocalResponseNorm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLocalResponseNorm_Bias(), ecorePackage.getEFloat(), "bias", "1.0", 0, 1, LocalResponseNorm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(onnxOperatorEClass, OnnxOperator.class, "OnnxOperator", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOnnxOperator_OpType(), ecorePackage.getEString(), "opType", null, 0, 1, OnnxOperator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOnnxOperator_Domain(), ecorePackage.getEString(), "domain", "", 0, 1, OnnxOperator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOnnxOperator_Inputs(), ecorePackage.getEInt(), "inputs", "1", 0, 1, OnnxOperator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOnnxOperator_OutputDims(), ecorePackage.getEInt(), "outputDims", null, 0, -1, OnnxOperator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOnnxOperator_Definition(), ecorePackage.getEString(), "definition", null, 0, 1, OnnxOperator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOnnxOperator_ParameterCount(), ecorePackage.getELong(), "parameterCount", "0", 0, 1, OnnxOperator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(rbmEClass, dev.dendrite.model.network.RBM.class, "RBM", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRBM_VisibleUnits(), ecorePackage.getEInt(), "visibleUnits", "0", 0, 1, dev.dendrite.model.network.RBM.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRBM_HiddenUnits(), ecorePackage.getEInt(), "hiddenUnits", "1", 0, 1, dev.dendrite.model.network.RBM.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRBM_CdSteps(), ecorePackage.getEInt(), "cdSteps", "1", 0, 1, dev.dendrite.model.network.RBM.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRBM_PersistentChains(), ecorePackage.getEBoolean(), "persistentChains", null, 0, 1, dev.dendrite.model.network.RBM.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRBM_VisibleType(), this.getUnitType(), "visibleType", null, 0, 1, dev.dendrite.model.network.RBM.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRBM_HiddenType(), this.getUnitType(), "hiddenType", null, 0, 1, dev.dendrite.model.network.RBM.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

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

		initEEnum(stepPaddingEEnum, StepPadding.class, "StepPadding");
		addEEnumLiteral(stepPaddingEEnum, StepPadding.SAME);
		addEEnumLiteral(stepPaddingEEnum, StepPadding.CAUSAL);
		addEEnumLiteral(stepPaddingEEnum, StepPadding.VALID);

		initEEnum(projectionKindEEnum, ProjectionKind.class, "ProjectionKind");
		addEEnumLiteral(projectionKindEEnum, ProjectionKind.NONE);
		addEEnumLiteral(projectionKindEEnum, ProjectionKind.CONV1X1);
		addEEnumLiteral(projectionKindEEnum, ProjectionKind.DENSE);

		initEEnum(normalizationModeEEnum, NormalizationMode.class, "NormalizationMode");
		addEEnumLiteral(normalizationModeEEnum, NormalizationMode.STANDARDIZE);
		addEEnumLiteral(normalizationModeEEnum, NormalizationMode.MIN_MAX_UNIT);
		addEEnumLiteral(normalizationModeEEnum, NormalizationMode.MIN_MAX_SYMMETRIC);

		initEEnum(noiseKindEEnum, NoiseKind.class, "NoiseKind");
		addEEnumLiteral(noiseKindEEnum, NoiseKind.GAUSSIAN);
		addEEnumLiteral(noiseKindEEnum, NoiseKind.MASKING);

		initEEnum(cellTypeEEnum, CellType.class, "CellType");
		addEEnumLiteral(cellTypeEEnum, CellType.RNN);
		addEEnumLiteral(cellTypeEEnum, CellType.LSTM);
		addEEnumLiteral(cellTypeEEnum, CellType.GRU);

		initEEnum(sequenceOutputEEnum, SequenceOutput.class, "SequenceOutput");
		addEEnumLiteral(sequenceOutputEEnum, SequenceOutput.SEQUENCE);
		addEEnumLiteral(sequenceOutputEEnum, SequenceOutput.LAST);

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

		initEEnum(unitTypeEEnum, UnitType.class, "UnitType");
		addEEnumLiteral(unitTypeEEnum, UnitType.BINARY);
		addEEnumLiteral(unitTypeEEnum, UnitType.GAUSSIAN);

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
		  (graphInputEClass,
		   source,
		   new String[] {
			   "documentation", "A graph input: node features [V,F], edge index [2,E], optional edge features and graph assignment."
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
		  (gaussianLatentEClass,
		   source,
		   new String[] {
			   "documentation", "A variational autoencoder\'s latent code from its mean and logVariance inputs [N,K]: in training z = mean + exp(logVariance/2)\u00b7\u03b5 with \u03b5 ~ N(0, I) (the reparameterisation trick) and klWeight\u00b7KL(N(mean, exp(logVariance)) \u2016 N(0, I)), summed over the K dims and averaged over the samples, added to the loss (\u03b2-VAE for klWeight \u2260 1); at inference z = mean."
		   });
		addAnnotation
		  (getGaussianLatent_KlWarmupSteps(),
		   source,
		   new String[] {
			   "documentation", "KL annealing (Bowman et al., 2016): the training loss weighs the KL term klWeight\u00b7min(1, step/klWarmupSteps), rising from 0 over the first steps so that the code is used before it is pulled to the prior; 0 weighs it fully from the start. Validation and test losses always weigh it fully."
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
		addAnnotation
		  (messagePassingEClass,
		   source,
		   new String[] {
			   "documentation", "h_i\' = act(update(h_i, aggregate_j message(h_j))) over the edges j -> i."
		   });
		addAnnotation
		  (graphConvolutionEClass,
		   source,
		   new String[] {
			   "documentation", "GCN: symmetric-normalised neighbourhood averaging with self-loops, then a linear map."
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
		addAnnotation
		  (localResponseNormEClass,
		   source,
		   new String[] {
			   "documentation", "Local response normalisation across channels (AlexNet): x / (bias + alpha/size \u00b7 \u03a3 x\u00b2 over size neighbouring channels)^beta."
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
		  (rbmEClass,
		   source,
		   new String[] {
			   "documentation", "Restricted Boltzmann machine trained by CD-k; visibleUnits 0 means inferred."
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
