/**
 */
package dev.dendrite.model.network;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Dendrite's network model: layers, ports by kind, connections, blocks and training defaults.
 * <!-- end-model-doc -->
 * @see dev.dendrite.model.network.NetworkFactory
 * @model kind="package"
 * @generated
 */
public interface NetworkPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "network";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "urn:dev.dendrite:network:1";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "dnet";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	NetworkPackage eINSTANCE = dev.dendrite.model.network.impl.NetworkPackageImpl.init();

	/**
	 * The meta object id for the '{@link dev.dendrite.model.network.impl.NamedElementImpl <em>Named Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.dendrite.model.network.impl.NamedElementImpl
	 * @see dev.dendrite.model.network.impl.NetworkPackageImpl#getNamedElement()
	 * @generated
	 */
	int NAMED_ELEMENT = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__NAME = 0;

	/**
	 * The number of structural features of the '<em>Named Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Named Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link dev.dendrite.model.network.impl.GraphImpl <em>Graph</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.dendrite.model.network.impl.GraphImpl
	 * @see dev.dendrite.model.network.impl.NetworkPackageImpl#getGraph()
	 * @generated
	 */
	int GRAPH = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRAPH__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Layers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRAPH__LAYERS = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Connections</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRAPH__CONNECTIONS = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Graph</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRAPH_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Graph</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRAPH_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.dendrite.model.network.impl.NetworkImpl <em>Network</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.dendrite.model.network.impl.NetworkImpl
	 * @see dev.dendrite.model.network.impl.NetworkPackageImpl#getNetwork()
	 * @generated
	 */
	int NETWORK = 2;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK__NAME = GRAPH__NAME;

	/**
	 * The feature id for the '<em><b>Layers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK__LAYERS = GRAPH__LAYERS;

	/**
	 * The feature id for the '<em><b>Connections</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK__CONNECTIONS = GRAPH__CONNECTIONS;

	/**
	 * The feature id for the '<em><b>Format Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK__FORMAT_VERSION = GRAPH_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK__DESCRIPTION = GRAPH_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Blocks</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK__BLOCKS = GRAPH_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Training</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK__TRAINING = GRAPH_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Regularization</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK__REGULARIZATION = GRAPH_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Network</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_FEATURE_COUNT = GRAPH_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Network</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_OPERATION_COUNT = GRAPH_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.dendrite.model.network.impl.BlockImpl <em>Block</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.dendrite.model.network.impl.BlockImpl
	 * @see dev.dendrite.model.network.impl.NetworkPackageImpl#getBlock()
	 * @generated
	 */
	int BLOCK = 3;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLOCK__NAME = GRAPH__NAME;

	/**
	 * The feature id for the '<em><b>Layers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLOCK__LAYERS = GRAPH__LAYERS;

	/**
	 * The feature id for the '<em><b>Connections</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLOCK__CONNECTIONS = GRAPH__CONNECTIONS;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLOCK__KIND = GRAPH_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Block</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLOCK_FEATURE_COUNT = GRAPH_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Block</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLOCK_OPERATION_COUNT = GRAPH_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.dendrite.model.network.impl.ConnectionImpl <em>Connection</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.dendrite.model.network.impl.ConnectionImpl
	 * @see dev.dendrite.model.network.impl.NetworkPackageImpl#getConnection()
	 * @generated
	 */
	int CONNECTION = 4;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION__SOURCE = 0;

	/**
	 * The feature id for the '<em><b>Source Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION__SOURCE_PORT = 1;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION__TARGET = 2;

	/**
	 * The feature id for the '<em><b>Target Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION__TARGET_PORT = 3;

	/**
	 * The number of structural features of the '<em>Connection</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Connection</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link dev.dendrite.model.network.impl.RegularizationImpl <em>Regularization</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.dendrite.model.network.impl.RegularizationImpl
	 * @see dev.dendrite.model.network.impl.NetworkPackageImpl#getRegularization()
	 * @generated
	 */
	int REGULARIZATION = 5;

	/**
	 * The feature id for the '<em><b>L1</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGULARIZATION__L1 = 0;

	/**
	 * The feature id for the '<em><b>L2</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGULARIZATION__L2 = 1;

	/**
	 * The number of structural features of the '<em>Regularization</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGULARIZATION_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Regularization</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGULARIZATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link dev.dendrite.model.network.impl.TrainingSettingsImpl <em>Training Settings</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.dendrite.model.network.impl.TrainingSettingsImpl
	 * @see dev.dendrite.model.network.impl.NetworkPackageImpl#getTrainingSettings()
	 * @generated
	 */
	int TRAINING_SETTINGS = 6;

	/**
	 * The feature id for the '<em><b>Dataset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SETTINGS__DATASET = 0;

	/**
	 * The feature id for the '<em><b>Epochs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SETTINGS__EPOCHS = 1;

	/**
	 * The feature id for the '<em><b>Batch Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SETTINGS__BATCH_SIZE = 2;

	/**
	 * The feature id for the '<em><b>Optimizer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SETTINGS__OPTIMIZER = 3;

	/**
	 * The feature id for the '<em><b>Learning Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SETTINGS__LEARNING_RATE = 4;

	/**
	 * The feature id for the '<em><b>Momentum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SETTINGS__MOMENTUM = 5;

	/**
	 * The feature id for the '<em><b>Weight Decay</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SETTINGS__WEIGHT_DECAY = 6;

	/**
	 * The feature id for the '<em><b>Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SETTINGS__SEED = 7;

	/**
	 * The feature id for the '<em><b>Validation Fraction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SETTINGS__VALIDATION_FRACTION = 8;

	/**
	 * The feature id for the '<em><b>Early Stopping Patience</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SETTINGS__EARLY_STOPPING_PATIENCE = 9;

	/**
	 * The feature id for the '<em><b>Gradient Clip Norm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SETTINGS__GRADIENT_CLIP_NORM = 10;

	/**
	 * The feature id for the '<em><b>Adam Beta1</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SETTINGS__ADAM_BETA1 = 11;

	/**
	 * The feature id for the '<em><b>Adam Beta2</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SETTINGS__ADAM_BETA2 = 12;

	/**
	 * The feature id for the '<em><b>Discriminator Learning Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SETTINGS__DISCRIMINATOR_LEARNING_RATE = 13;

	/**
	 * The feature id for the '<em><b>Discriminator Steps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SETTINGS__DISCRIMINATOR_STEPS = 14;

	/**
	 * The feature id for the '<em><b>Pretraining Epochs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SETTINGS__PRETRAINING_EPOCHS = 15;

	/**
	 * The number of structural features of the '<em>Training Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SETTINGS_FEATURE_COUNT = 16;

	/**
	 * The number of operations of the '<em>Training Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SETTINGS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link dev.dendrite.model.network.impl.LayerImpl <em>Layer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.dendrite.model.network.impl.LayerImpl
	 * @see dev.dendrite.model.network.impl.NetworkPackageImpl#getLayer()
	 * @generated
	 */
	int LAYER = 7;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__ID = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__X = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__Y = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Regularization</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__REGULARIZATION = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Layer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Layer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.dendrite.model.network.impl.InputImpl <em>Input</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.dendrite.model.network.impl.InputImpl
	 * @see dev.dendrite.model.network.impl.NetworkPackageImpl#getInput()
	 * @generated
	 */
	int INPUT = 8;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INPUT__NAME = LAYER__NAME;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INPUT__ID = LAYER__ID;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INPUT__X = LAYER__X;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INPUT__Y = LAYER__Y;

	/**
	 * The feature id for the '<em><b>Regularization</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INPUT__REGULARIZATION = LAYER__REGULARIZATION;

	/**
	 * The feature id for the '<em><b>Dims</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INPUT__DIMS = LAYER_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Sequence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INPUT__SEQUENCE = LAYER_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Data Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INPUT__DATA_TYPE = LAYER_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INPUT__ROLE = LAYER_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Input</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INPUT_FEATURE_COUNT = LAYER_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Input</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INPUT_OPERATION_COUNT = LAYER_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.dendrite.model.network.impl.DenseImpl <em>Dense</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.dendrite.model.network.impl.DenseImpl
	 * @see dev.dendrite.model.network.impl.NetworkPackageImpl#getDense()
	 * @generated
	 */
	int DENSE = 9;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DENSE__NAME = LAYER__NAME;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DENSE__ID = LAYER__ID;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DENSE__X = LAYER__X;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DENSE__Y = LAYER__Y;

	/**
	 * The feature id for the '<em><b>Regularization</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DENSE__REGULARIZATION = LAYER__REGULARIZATION;

	/**
	 * The feature id for the '<em><b>Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DENSE__UNITS = LAYER_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Bias</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DENSE__BIAS = LAYER_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Spectral Norm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DENSE__SPECTRAL_NORM = LAYER_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Dense</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DENSE_FEATURE_COUNT = LAYER_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Dense</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DENSE_OPERATION_COUNT = LAYER_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.dendrite.model.network.impl.ActivationImpl <em>Activation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.dendrite.model.network.impl.ActivationImpl
	 * @see dev.dendrite.model.network.impl.NetworkPackageImpl#getActivation()
	 * @generated
	 */
	int ACTIVATION = 10;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVATION__NAME = LAYER__NAME;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVATION__ID = LAYER__ID;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVATION__X = LAYER__X;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVATION__Y = LAYER__Y;

	/**
	 * The feature id for the '<em><b>Regularization</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVATION__REGULARIZATION = LAYER__REGULARIZATION;

	/**
	 * The feature id for the '<em><b>Function</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVATION__FUNCTION = LAYER_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Alpha</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVATION__ALPHA = LAYER_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Axis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVATION__AXIS = LAYER_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Activation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVATION_FEATURE_COUNT = LAYER_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Activation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVATION_OPERATION_COUNT = LAYER_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.dendrite.model.network.impl.FlattenImpl <em>Flatten</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.dendrite.model.network.impl.FlattenImpl
	 * @see dev.dendrite.model.network.impl.NetworkPackageImpl#getFlatten()
	 * @generated
	 */
	int FLATTEN = 11;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLATTEN__NAME = LAYER__NAME;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLATTEN__ID = LAYER__ID;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLATTEN__X = LAYER__X;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLATTEN__Y = LAYER__Y;

	/**
	 * The feature id for the '<em><b>Regularization</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLATTEN__REGULARIZATION = LAYER__REGULARIZATION;

	/**
	 * The number of structural features of the '<em>Flatten</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLATTEN_FEATURE_COUNT = LAYER_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Flatten</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLATTEN_OPERATION_COUNT = LAYER_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.dendrite.model.network.impl.ReshapeImpl <em>Reshape</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.dendrite.model.network.impl.ReshapeImpl
	 * @see dev.dendrite.model.network.impl.NetworkPackageImpl#getReshape()
	 * @generated
	 */
	int RESHAPE = 12;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESHAPE__NAME = LAYER__NAME;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESHAPE__ID = LAYER__ID;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESHAPE__X = LAYER__X;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESHAPE__Y = LAYER__Y;

	/**
	 * The feature id for the '<em><b>Regularization</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESHAPE__REGULARIZATION = LAYER__REGULARIZATION;

	/**
	 * The feature id for the '<em><b>Dims</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESHAPE__DIMS = LAYER_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Reshape</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESHAPE_FEATURE_COUNT = LAYER_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Reshape</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESHAPE_OPERATION_COUNT = LAYER_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.dendrite.model.network.impl.AddImpl <em>Add</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.dendrite.model.network.impl.AddImpl
	 * @see dev.dendrite.model.network.impl.NetworkPackageImpl#getAdd()
	 * @generated
	 */
	int ADD = 13;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADD__NAME = LAYER__NAME;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADD__ID = LAYER__ID;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADD__X = LAYER__X;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADD__Y = LAYER__Y;

	/**
	 * The feature id for the '<em><b>Regularization</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADD__REGULARIZATION = LAYER__REGULARIZATION;

	/**
	 * The feature id for the '<em><b>Inputs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADD__INPUTS = LAYER_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Projection</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADD__PROJECTION = LAYER_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Add</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADD_FEATURE_COUNT = LAYER_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Add</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADD_OPERATION_COUNT = LAYER_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.dendrite.model.network.impl.MultiplyImpl <em>Multiply</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.dendrite.model.network.impl.MultiplyImpl
	 * @see dev.dendrite.model.network.impl.NetworkPackageImpl#getMultiply()
	 * @generated
	 */
	int MULTIPLY = 14;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MULTIPLY__NAME = LAYER__NAME;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MULTIPLY__ID = LAYER__ID;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MULTIPLY__X = LAYER__X;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MULTIPLY__Y = LAYER__Y;

	/**
	 * The feature id for the '<em><b>Regularization</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MULTIPLY__REGULARIZATION = LAYER__REGULARIZATION;

	/**
	 * The feature id for the '<em><b>Inputs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MULTIPLY__INPUTS = LAYER_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Multiply</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MULTIPLY_FEATURE_COUNT = LAYER_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Multiply</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MULTIPLY_OPERATION_COUNT = LAYER_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.dendrite.model.network.impl.ConcatImpl <em>Concat</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.dendrite.model.network.impl.ConcatImpl
	 * @see dev.dendrite.model.network.impl.NetworkPackageImpl#getConcat()
	 * @generated
	 */
	int CONCAT = 15;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONCAT__NAME = LAYER__NAME;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONCAT__ID = LAYER__ID;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONCAT__X = LAYER__X;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONCAT__Y = LAYER__Y;

	/**
	 * The feature id for the '<em><b>Regularization</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONCAT__REGULARIZATION = LAYER__REGULARIZATION;

	/**
	 * The feature id for the '<em><b>Inputs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONCAT__INPUTS = LAYER_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Axis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONCAT__AXIS = LAYER_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Concat</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONCAT_FEATURE_COUNT = LAYER_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Concat</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONCAT_OPERATION_COUNT = LAYER_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.dendrite.model.network.impl.DropoutImpl <em>Dropout</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.dendrite.model.network.impl.DropoutImpl
	 * @see dev.dendrite.model.network.impl.NetworkPackageImpl#getDropout()
	 * @generated
	 */
	int DROPOUT = 16;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DROPOUT__NAME = LAYER__NAME;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DROPOUT__ID = LAYER__ID;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DROPOUT__X = LAYER__X;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DROPOUT__Y = LAYER__Y;

	/**
	 * The feature id for the '<em><b>Regularization</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DROPOUT__REGULARIZATION = LAYER__REGULARIZATION;

	/**
	 * The feature id for the '<em><b>Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DROPOUT__RATE = LAYER_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Dropout</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DROPOUT_FEATURE_COUNT = LAYER_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Dropout</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DROPOUT_OPERATION_COUNT = LAYER_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.dendrite.model.network.impl.NoiseImpl <em>Noise</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.dendrite.model.network.impl.NoiseImpl
	 * @see dev.dendrite.model.network.impl.NetworkPackageImpl#getNoise()
	 * @generated
	 */
	int NOISE = 17;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOISE__NAME = LAYER__NAME;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOISE__ID = LAYER__ID;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOISE__X = LAYER__X;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOISE__Y = LAYER__Y;

	/**
	 * The feature id for the '<em><b>Regularization</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOISE__REGULARIZATION = LAYER__REGULARIZATION;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOISE__KIND = LAYER_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOISE__AMOUNT = LAYER_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Noise</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOISE_FEATURE_COUNT = LAYER_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Noise</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOISE_OPERATION_COUNT = LAYER_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.dendrite.model.network.impl.OnnxOperatorImpl <em>Onnx Operator</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.dendrite.model.network.impl.OnnxOperatorImpl
	 * @see dev.dendrite.model.network.impl.NetworkPackageImpl#getOnnxOperator()
	 * @generated
	 */
	int ONNX_OPERATOR = 18;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ONNX_OPERATOR__NAME = LAYER__NAME;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ONNX_OPERATOR__ID = LAYER__ID;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ONNX_OPERATOR__X = LAYER__X;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ONNX_OPERATOR__Y = LAYER__Y;

	/**
	 * The feature id for the '<em><b>Regularization</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ONNX_OPERATOR__REGULARIZATION = LAYER__REGULARIZATION;

	/**
	 * The feature id for the '<em><b>Op Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ONNX_OPERATOR__OP_TYPE = LAYER_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Domain</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ONNX_OPERATOR__DOMAIN = LAYER_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Inputs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ONNX_OPERATOR__INPUTS = LAYER_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Output Dims</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ONNX_OPERATOR__OUTPUT_DIMS = LAYER_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Definition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ONNX_OPERATOR__DEFINITION = LAYER_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Parameter Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ONNX_OPERATOR__PARAMETER_COUNT = LAYER_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Onnx Operator</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ONNX_OPERATOR_FEATURE_COUNT = LAYER_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Onnx Operator</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ONNX_OPERATOR_OPERATION_COUNT = LAYER_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.dendrite.model.network.impl.LossImpl <em>Loss</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.dendrite.model.network.impl.LossImpl
	 * @see dev.dendrite.model.network.impl.NetworkPackageImpl#getLoss()
	 * @generated
	 */
	int LOSS = 19;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOSS__NAME = LAYER__NAME;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOSS__ID = LAYER__ID;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOSS__X = LAYER__X;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOSS__Y = LAYER__Y;

	/**
	 * The feature id for the '<em><b>Regularization</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOSS__REGULARIZATION = LAYER__REGULARIZATION;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOSS__KIND = LAYER_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOSS__WEIGHT = LAYER_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Gradient Penalty</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOSS__GRADIENT_PENALTY = LAYER_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Gradient Penalty Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOSS__GRADIENT_PENALTY_KIND = LAYER_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Loss</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOSS_FEATURE_COUNT = LAYER_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Loss</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOSS_OPERATION_COUNT = LAYER_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.dendrite.model.network.impl.BlockInstanceImpl <em>Block Instance</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.dendrite.model.network.impl.BlockInstanceImpl
	 * @see dev.dendrite.model.network.impl.NetworkPackageImpl#getBlockInstance()
	 * @generated
	 */
	int BLOCK_INSTANCE = 20;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLOCK_INSTANCE__NAME = LAYER__NAME;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLOCK_INSTANCE__ID = LAYER__ID;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLOCK_INSTANCE__X = LAYER__X;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLOCK_INSTANCE__Y = LAYER__Y;

	/**
	 * The feature id for the '<em><b>Regularization</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLOCK_INSTANCE__REGULARIZATION = LAYER__REGULARIZATION;

	/**
	 * The feature id for the '<em><b>Block</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLOCK_INSTANCE__BLOCK = LAYER_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Collapsed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLOCK_INSTANCE__COLLAPSED = LAYER_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Block Instance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLOCK_INSTANCE_FEATURE_COUNT = LAYER_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Block Instance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLOCK_INSTANCE_OPERATION_COUNT = LAYER_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.dendrite.model.network.impl.BlockInputImpl <em>Block Input</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.dendrite.model.network.impl.BlockInputImpl
	 * @see dev.dendrite.model.network.impl.NetworkPackageImpl#getBlockInput()
	 * @generated
	 */
	int BLOCK_INPUT = 21;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLOCK_INPUT__NAME = LAYER__NAME;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLOCK_INPUT__ID = LAYER__ID;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLOCK_INPUT__X = LAYER__X;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLOCK_INPUT__Y = LAYER__Y;

	/**
	 * The feature id for the '<em><b>Regularization</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLOCK_INPUT__REGULARIZATION = LAYER__REGULARIZATION;

	/**
	 * The number of structural features of the '<em>Block Input</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLOCK_INPUT_FEATURE_COUNT = LAYER_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Block Input</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLOCK_INPUT_OPERATION_COUNT = LAYER_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.dendrite.model.network.impl.BlockOutputImpl <em>Block Output</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.dendrite.model.network.impl.BlockOutputImpl
	 * @see dev.dendrite.model.network.impl.NetworkPackageImpl#getBlockOutput()
	 * @generated
	 */
	int BLOCK_OUTPUT = 22;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLOCK_OUTPUT__NAME = LAYER__NAME;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLOCK_OUTPUT__ID = LAYER__ID;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLOCK_OUTPUT__X = LAYER__X;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLOCK_OUTPUT__Y = LAYER__Y;

	/**
	 * The feature id for the '<em><b>Regularization</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLOCK_OUTPUT__REGULARIZATION = LAYER__REGULARIZATION;

	/**
	 * The number of structural features of the '<em>Block Output</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLOCK_OUTPUT_FEATURE_COUNT = LAYER_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Block Output</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLOCK_OUTPUT_OPERATION_COUNT = LAYER_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.dendrite.model.network.DataType <em>Data Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.dendrite.model.network.DataType
	 * @see dev.dendrite.model.network.impl.NetworkPackageImpl#getDataType()
	 * @generated
	 */
	int DATA_TYPE = 23;

	/**
	 * The meta object id for the '{@link dev.dendrite.model.network.InputRole <em>Input Role</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.dendrite.model.network.InputRole
	 * @see dev.dendrite.model.network.impl.NetworkPackageImpl#getInputRole()
	 * @generated
	 */
	int INPUT_ROLE = 24;

	/**
	 * The meta object id for the '{@link dev.dendrite.model.network.ActivationFunction <em>Activation Function</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.dendrite.model.network.ActivationFunction
	 * @see dev.dendrite.model.network.impl.NetworkPackageImpl#getActivationFunction()
	 * @generated
	 */
	int ACTIVATION_FUNCTION = 25;

	/**
	 * The meta object id for the '{@link dev.dendrite.model.network.PoolType <em>Pool Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.dendrite.model.network.PoolType
	 * @see dev.dendrite.model.network.impl.NetworkPackageImpl#getPoolType()
	 * @generated
	 */
	int POOL_TYPE = 26;

	/**
	 * The meta object id for the '{@link dev.dendrite.model.network.ProjectionKind <em>Projection Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.dendrite.model.network.ProjectionKind
	 * @see dev.dendrite.model.network.impl.NetworkPackageImpl#getProjectionKind()
	 * @generated
	 */
	int PROJECTION_KIND = 27;

	/**
	 * The meta object id for the '{@link dev.dendrite.model.network.NoiseKind <em>Noise Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.dendrite.model.network.NoiseKind
	 * @see dev.dendrite.model.network.impl.NetworkPackageImpl#getNoiseKind()
	 * @generated
	 */
	int NOISE_KIND = 28;

	/**
	 * The meta object id for the '{@link dev.dendrite.model.network.LossKind <em>Loss Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.dendrite.model.network.LossKind
	 * @see dev.dendrite.model.network.impl.NetworkPackageImpl#getLossKind()
	 * @generated
	 */
	int LOSS_KIND = 29;

	/**
	 * The meta object id for the '{@link dev.dendrite.model.network.GradientPenaltyKind <em>Gradient Penalty Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.dendrite.model.network.GradientPenaltyKind
	 * @see dev.dendrite.model.network.impl.NetworkPackageImpl#getGradientPenaltyKind()
	 * @generated
	 */
	int GRADIENT_PENALTY_KIND = 30;

	/**
	 * The meta object id for the '{@link dev.dendrite.model.network.BlockKind <em>Block Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.dendrite.model.network.BlockKind
	 * @see dev.dendrite.model.network.impl.NetworkPackageImpl#getBlockKind()
	 * @generated
	 */
	int BLOCK_KIND = 31;

	/**
	 * The meta object id for the '{@link dev.dendrite.model.network.OptimizerKind <em>Optimizer Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.dendrite.model.network.OptimizerKind
	 * @see dev.dendrite.model.network.impl.NetworkPackageImpl#getOptimizerKind()
	 * @generated
	 */
	int OPTIMIZER_KIND = 32;


	/**
	 * Returns the meta object for class '{@link dev.dendrite.model.network.NamedElement <em>Named Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Named Element</em>'.
	 * @see dev.dendrite.model.network.NamedElement
	 * @generated
	 */
	EClass getNamedElement();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.NamedElement#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see dev.dendrite.model.network.NamedElement#getName()
	 * @see #getNamedElement()
	 * @generated
	 */
	EAttribute getNamedElement_Name();

	/**
	 * Returns the meta object for class '{@link dev.dendrite.model.network.Graph <em>Graph</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Graph</em>'.
	 * @see dev.dendrite.model.network.Graph
	 * @generated
	 */
	EClass getGraph();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.dendrite.model.network.Graph#getLayers <em>Layers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Layers</em>'.
	 * @see dev.dendrite.model.network.Graph#getLayers()
	 * @see #getGraph()
	 * @generated
	 */
	EReference getGraph_Layers();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.dendrite.model.network.Graph#getConnections <em>Connections</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Connections</em>'.
	 * @see dev.dendrite.model.network.Graph#getConnections()
	 * @see #getGraph()
	 * @generated
	 */
	EReference getGraph_Connections();

	/**
	 * Returns the meta object for class '{@link dev.dendrite.model.network.Network <em>Network</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Network</em>'.
	 * @see dev.dendrite.model.network.Network
	 * @generated
	 */
	EClass getNetwork();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.Network#getFormatVersion <em>Format Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format Version</em>'.
	 * @see dev.dendrite.model.network.Network#getFormatVersion()
	 * @see #getNetwork()
	 * @generated
	 */
	EAttribute getNetwork_FormatVersion();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.Network#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see dev.dendrite.model.network.Network#getDescription()
	 * @see #getNetwork()
	 * @generated
	 */
	EAttribute getNetwork_Description();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.dendrite.model.network.Network#getBlocks <em>Blocks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Blocks</em>'.
	 * @see dev.dendrite.model.network.Network#getBlocks()
	 * @see #getNetwork()
	 * @generated
	 */
	EReference getNetwork_Blocks();

	/**
	 * Returns the meta object for the containment reference '{@link dev.dendrite.model.network.Network#getTraining <em>Training</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Training</em>'.
	 * @see dev.dendrite.model.network.Network#getTraining()
	 * @see #getNetwork()
	 * @generated
	 */
	EReference getNetwork_Training();

	/**
	 * Returns the meta object for the containment reference '{@link dev.dendrite.model.network.Network#getRegularization <em>Regularization</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Regularization</em>'.
	 * @see dev.dendrite.model.network.Network#getRegularization()
	 * @see #getNetwork()
	 * @generated
	 */
	EReference getNetwork_Regularization();

	/**
	 * Returns the meta object for class '{@link dev.dendrite.model.network.Block <em>Block</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Block</em>'.
	 * @see dev.dendrite.model.network.Block
	 * @generated
	 */
	EClass getBlock();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.Block#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see dev.dendrite.model.network.Block#getKind()
	 * @see #getBlock()
	 * @generated
	 */
	EAttribute getBlock_Kind();

	/**
	 * Returns the meta object for class '{@link dev.dendrite.model.network.Connection <em>Connection</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Connection</em>'.
	 * @see dev.dendrite.model.network.Connection
	 * @generated
	 */
	EClass getConnection();

	/**
	 * Returns the meta object for the reference '{@link dev.dendrite.model.network.Connection#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source</em>'.
	 * @see dev.dendrite.model.network.Connection#getSource()
	 * @see #getConnection()
	 * @generated
	 */
	EReference getConnection_Source();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.Connection#getSourcePort <em>Source Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source Port</em>'.
	 * @see dev.dendrite.model.network.Connection#getSourcePort()
	 * @see #getConnection()
	 * @generated
	 */
	EAttribute getConnection_SourcePort();

	/**
	 * Returns the meta object for the reference '{@link dev.dendrite.model.network.Connection#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see dev.dendrite.model.network.Connection#getTarget()
	 * @see #getConnection()
	 * @generated
	 */
	EReference getConnection_Target();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.Connection#getTargetPort <em>Target Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Port</em>'.
	 * @see dev.dendrite.model.network.Connection#getTargetPort()
	 * @see #getConnection()
	 * @generated
	 */
	EAttribute getConnection_TargetPort();

	/**
	 * Returns the meta object for class '{@link dev.dendrite.model.network.Regularization <em>Regularization</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Regularization</em>'.
	 * @see dev.dendrite.model.network.Regularization
	 * @generated
	 */
	EClass getRegularization();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.Regularization#getL1 <em>L1</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>L1</em>'.
	 * @see dev.dendrite.model.network.Regularization#getL1()
	 * @see #getRegularization()
	 * @generated
	 */
	EAttribute getRegularization_L1();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.Regularization#getL2 <em>L2</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>L2</em>'.
	 * @see dev.dendrite.model.network.Regularization#getL2()
	 * @see #getRegularization()
	 * @generated
	 */
	EAttribute getRegularization_L2();

	/**
	 * Returns the meta object for class '{@link dev.dendrite.model.network.TrainingSettings <em>Training Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Training Settings</em>'.
	 * @see dev.dendrite.model.network.TrainingSettings
	 * @generated
	 */
	EClass getTrainingSettings();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.TrainingSettings#getDataset <em>Dataset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dataset</em>'.
	 * @see dev.dendrite.model.network.TrainingSettings#getDataset()
	 * @see #getTrainingSettings()
	 * @generated
	 */
	EAttribute getTrainingSettings_Dataset();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.TrainingSettings#getEpochs <em>Epochs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Epochs</em>'.
	 * @see dev.dendrite.model.network.TrainingSettings#getEpochs()
	 * @see #getTrainingSettings()
	 * @generated
	 */
	EAttribute getTrainingSettings_Epochs();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.TrainingSettings#getBatchSize <em>Batch Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Batch Size</em>'.
	 * @see dev.dendrite.model.network.TrainingSettings#getBatchSize()
	 * @see #getTrainingSettings()
	 * @generated
	 */
	EAttribute getTrainingSettings_BatchSize();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.TrainingSettings#getOptimizer <em>Optimizer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Optimizer</em>'.
	 * @see dev.dendrite.model.network.TrainingSettings#getOptimizer()
	 * @see #getTrainingSettings()
	 * @generated
	 */
	EAttribute getTrainingSettings_Optimizer();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.TrainingSettings#getLearningRate <em>Learning Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Learning Rate</em>'.
	 * @see dev.dendrite.model.network.TrainingSettings#getLearningRate()
	 * @see #getTrainingSettings()
	 * @generated
	 */
	EAttribute getTrainingSettings_LearningRate();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.TrainingSettings#getMomentum <em>Momentum</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Momentum</em>'.
	 * @see dev.dendrite.model.network.TrainingSettings#getMomentum()
	 * @see #getTrainingSettings()
	 * @generated
	 */
	EAttribute getTrainingSettings_Momentum();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.TrainingSettings#getWeightDecay <em>Weight Decay</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Weight Decay</em>'.
	 * @see dev.dendrite.model.network.TrainingSettings#getWeightDecay()
	 * @see #getTrainingSettings()
	 * @generated
	 */
	EAttribute getTrainingSettings_WeightDecay();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.TrainingSettings#getSeed <em>Seed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Seed</em>'.
	 * @see dev.dendrite.model.network.TrainingSettings#getSeed()
	 * @see #getTrainingSettings()
	 * @generated
	 */
	EAttribute getTrainingSettings_Seed();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.TrainingSettings#getValidationFraction <em>Validation Fraction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Validation Fraction</em>'.
	 * @see dev.dendrite.model.network.TrainingSettings#getValidationFraction()
	 * @see #getTrainingSettings()
	 * @generated
	 */
	EAttribute getTrainingSettings_ValidationFraction();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.TrainingSettings#getEarlyStoppingPatience <em>Early Stopping Patience</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Early Stopping Patience</em>'.
	 * @see dev.dendrite.model.network.TrainingSettings#getEarlyStoppingPatience()
	 * @see #getTrainingSettings()
	 * @generated
	 */
	EAttribute getTrainingSettings_EarlyStoppingPatience();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.TrainingSettings#getGradientClipNorm <em>Gradient Clip Norm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Gradient Clip Norm</em>'.
	 * @see dev.dendrite.model.network.TrainingSettings#getGradientClipNorm()
	 * @see #getTrainingSettings()
	 * @generated
	 */
	EAttribute getTrainingSettings_GradientClipNorm();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.TrainingSettings#getAdamBeta1 <em>Adam Beta1</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Adam Beta1</em>'.
	 * @see dev.dendrite.model.network.TrainingSettings#getAdamBeta1()
	 * @see #getTrainingSettings()
	 * @generated
	 */
	EAttribute getTrainingSettings_AdamBeta1();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.TrainingSettings#getAdamBeta2 <em>Adam Beta2</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Adam Beta2</em>'.
	 * @see dev.dendrite.model.network.TrainingSettings#getAdamBeta2()
	 * @see #getTrainingSettings()
	 * @generated
	 */
	EAttribute getTrainingSettings_AdamBeta2();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.TrainingSettings#getDiscriminatorLearningRate <em>Discriminator Learning Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Discriminator Learning Rate</em>'.
	 * @see dev.dendrite.model.network.TrainingSettings#getDiscriminatorLearningRate()
	 * @see #getTrainingSettings()
	 * @generated
	 */
	EAttribute getTrainingSettings_DiscriminatorLearningRate();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.TrainingSettings#getDiscriminatorSteps <em>Discriminator Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Discriminator Steps</em>'.
	 * @see dev.dendrite.model.network.TrainingSettings#getDiscriminatorSteps()
	 * @see #getTrainingSettings()
	 * @generated
	 */
	EAttribute getTrainingSettings_DiscriminatorSteps();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.TrainingSettings#getPretrainingEpochs <em>Pretraining Epochs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pretraining Epochs</em>'.
	 * @see dev.dendrite.model.network.TrainingSettings#getPretrainingEpochs()
	 * @see #getTrainingSettings()
	 * @generated
	 */
	EAttribute getTrainingSettings_PretrainingEpochs();

	/**
	 * Returns the meta object for class '{@link dev.dendrite.model.network.Layer <em>Layer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Layer</em>'.
	 * @see dev.dendrite.model.network.Layer
	 * @generated
	 */
	EClass getLayer();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.Layer#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see dev.dendrite.model.network.Layer#getId()
	 * @see #getLayer()
	 * @generated
	 */
	EAttribute getLayer_Id();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.Layer#getX <em>X</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>X</em>'.
	 * @see dev.dendrite.model.network.Layer#getX()
	 * @see #getLayer()
	 * @generated
	 */
	EAttribute getLayer_X();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.Layer#getY <em>Y</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Y</em>'.
	 * @see dev.dendrite.model.network.Layer#getY()
	 * @see #getLayer()
	 * @generated
	 */
	EAttribute getLayer_Y();

	/**
	 * Returns the meta object for the containment reference '{@link dev.dendrite.model.network.Layer#getRegularization <em>Regularization</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Regularization</em>'.
	 * @see dev.dendrite.model.network.Layer#getRegularization()
	 * @see #getLayer()
	 * @generated
	 */
	EReference getLayer_Regularization();

	/**
	 * Returns the meta object for class '{@link dev.dendrite.model.network.Input <em>Input</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Input</em>'.
	 * @see dev.dendrite.model.network.Input
	 * @generated
	 */
	EClass getInput();

	/**
	 * Returns the meta object for the attribute list '{@link dev.dendrite.model.network.Input#getDims <em>Dims</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Dims</em>'.
	 * @see dev.dendrite.model.network.Input#getDims()
	 * @see #getInput()
	 * @generated
	 */
	EAttribute getInput_Dims();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.Input#isSequence <em>Sequence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sequence</em>'.
	 * @see dev.dendrite.model.network.Input#isSequence()
	 * @see #getInput()
	 * @generated
	 */
	EAttribute getInput_Sequence();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.Input#getDataType <em>Data Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Data Type</em>'.
	 * @see dev.dendrite.model.network.Input#getDataType()
	 * @see #getInput()
	 * @generated
	 */
	EAttribute getInput_DataType();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.Input#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see dev.dendrite.model.network.Input#getRole()
	 * @see #getInput()
	 * @generated
	 */
	EAttribute getInput_Role();

	/**
	 * Returns the meta object for class '{@link dev.dendrite.model.network.Dense <em>Dense</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Dense</em>'.
	 * @see dev.dendrite.model.network.Dense
	 * @generated
	 */
	EClass getDense();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.Dense#getUnits <em>Units</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Units</em>'.
	 * @see dev.dendrite.model.network.Dense#getUnits()
	 * @see #getDense()
	 * @generated
	 */
	EAttribute getDense_Units();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.Dense#isBias <em>Bias</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bias</em>'.
	 * @see dev.dendrite.model.network.Dense#isBias()
	 * @see #getDense()
	 * @generated
	 */
	EAttribute getDense_Bias();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.Dense#isSpectralNorm <em>Spectral Norm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Spectral Norm</em>'.
	 * @see dev.dendrite.model.network.Dense#isSpectralNorm()
	 * @see #getDense()
	 * @generated
	 */
	EAttribute getDense_SpectralNorm();

	/**
	 * Returns the meta object for class '{@link dev.dendrite.model.network.Activation <em>Activation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Activation</em>'.
	 * @see dev.dendrite.model.network.Activation
	 * @generated
	 */
	EClass getActivation();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.Activation#getFunction <em>Function</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Function</em>'.
	 * @see dev.dendrite.model.network.Activation#getFunction()
	 * @see #getActivation()
	 * @generated
	 */
	EAttribute getActivation_Function();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.Activation#getAlpha <em>Alpha</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Alpha</em>'.
	 * @see dev.dendrite.model.network.Activation#getAlpha()
	 * @see #getActivation()
	 * @generated
	 */
	EAttribute getActivation_Alpha();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.Activation#getAxis <em>Axis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Axis</em>'.
	 * @see dev.dendrite.model.network.Activation#getAxis()
	 * @see #getActivation()
	 * @generated
	 */
	EAttribute getActivation_Axis();

	/**
	 * Returns the meta object for class '{@link dev.dendrite.model.network.Flatten <em>Flatten</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Flatten</em>'.
	 * @see dev.dendrite.model.network.Flatten
	 * @generated
	 */
	EClass getFlatten();

	/**
	 * Returns the meta object for class '{@link dev.dendrite.model.network.Reshape <em>Reshape</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Reshape</em>'.
	 * @see dev.dendrite.model.network.Reshape
	 * @generated
	 */
	EClass getReshape();

	/**
	 * Returns the meta object for the attribute list '{@link dev.dendrite.model.network.Reshape#getDims <em>Dims</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Dims</em>'.
	 * @see dev.dendrite.model.network.Reshape#getDims()
	 * @see #getReshape()
	 * @generated
	 */
	EAttribute getReshape_Dims();

	/**
	 * Returns the meta object for class '{@link dev.dendrite.model.network.Add <em>Add</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Add</em>'.
	 * @see dev.dendrite.model.network.Add
	 * @generated
	 */
	EClass getAdd();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.Add#getInputs <em>Inputs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Inputs</em>'.
	 * @see dev.dendrite.model.network.Add#getInputs()
	 * @see #getAdd()
	 * @generated
	 */
	EAttribute getAdd_Inputs();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.Add#getProjection <em>Projection</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Projection</em>'.
	 * @see dev.dendrite.model.network.Add#getProjection()
	 * @see #getAdd()
	 * @generated
	 */
	EAttribute getAdd_Projection();

	/**
	 * Returns the meta object for class '{@link dev.dendrite.model.network.Multiply <em>Multiply</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Multiply</em>'.
	 * @see dev.dendrite.model.network.Multiply
	 * @generated
	 */
	EClass getMultiply();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.Multiply#getInputs <em>Inputs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Inputs</em>'.
	 * @see dev.dendrite.model.network.Multiply#getInputs()
	 * @see #getMultiply()
	 * @generated
	 */
	EAttribute getMultiply_Inputs();

	/**
	 * Returns the meta object for class '{@link dev.dendrite.model.network.Concat <em>Concat</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Concat</em>'.
	 * @see dev.dendrite.model.network.Concat
	 * @generated
	 */
	EClass getConcat();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.Concat#getInputs <em>Inputs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Inputs</em>'.
	 * @see dev.dendrite.model.network.Concat#getInputs()
	 * @see #getConcat()
	 * @generated
	 */
	EAttribute getConcat_Inputs();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.Concat#getAxis <em>Axis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Axis</em>'.
	 * @see dev.dendrite.model.network.Concat#getAxis()
	 * @see #getConcat()
	 * @generated
	 */
	EAttribute getConcat_Axis();

	/**
	 * Returns the meta object for class '{@link dev.dendrite.model.network.Dropout <em>Dropout</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Dropout</em>'.
	 * @see dev.dendrite.model.network.Dropout
	 * @generated
	 */
	EClass getDropout();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.Dropout#getRate <em>Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rate</em>'.
	 * @see dev.dendrite.model.network.Dropout#getRate()
	 * @see #getDropout()
	 * @generated
	 */
	EAttribute getDropout_Rate();

	/**
	 * Returns the meta object for class '{@link dev.dendrite.model.network.Noise <em>Noise</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Noise</em>'.
	 * @see dev.dendrite.model.network.Noise
	 * @generated
	 */
	EClass getNoise();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.Noise#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see dev.dendrite.model.network.Noise#getKind()
	 * @see #getNoise()
	 * @generated
	 */
	EAttribute getNoise_Kind();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.Noise#getAmount <em>Amount</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Amount</em>'.
	 * @see dev.dendrite.model.network.Noise#getAmount()
	 * @see #getNoise()
	 * @generated
	 */
	EAttribute getNoise_Amount();

	/**
	 * Returns the meta object for class '{@link dev.dendrite.model.network.OnnxOperator <em>Onnx Operator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Onnx Operator</em>'.
	 * @see dev.dendrite.model.network.OnnxOperator
	 * @generated
	 */
	EClass getOnnxOperator();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.OnnxOperator#getOpType <em>Op Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Op Type</em>'.
	 * @see dev.dendrite.model.network.OnnxOperator#getOpType()
	 * @see #getOnnxOperator()
	 * @generated
	 */
	EAttribute getOnnxOperator_OpType();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.OnnxOperator#getDomain <em>Domain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Domain</em>'.
	 * @see dev.dendrite.model.network.OnnxOperator#getDomain()
	 * @see #getOnnxOperator()
	 * @generated
	 */
	EAttribute getOnnxOperator_Domain();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.OnnxOperator#getInputs <em>Inputs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Inputs</em>'.
	 * @see dev.dendrite.model.network.OnnxOperator#getInputs()
	 * @see #getOnnxOperator()
	 * @generated
	 */
	EAttribute getOnnxOperator_Inputs();

	/**
	 * Returns the meta object for the attribute list '{@link dev.dendrite.model.network.OnnxOperator#getOutputDims <em>Output Dims</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Output Dims</em>'.
	 * @see dev.dendrite.model.network.OnnxOperator#getOutputDims()
	 * @see #getOnnxOperator()
	 * @generated
	 */
	EAttribute getOnnxOperator_OutputDims();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.OnnxOperator#getDefinition <em>Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Definition</em>'.
	 * @see dev.dendrite.model.network.OnnxOperator#getDefinition()
	 * @see #getOnnxOperator()
	 * @generated
	 */
	EAttribute getOnnxOperator_Definition();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.OnnxOperator#getParameterCount <em>Parameter Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Parameter Count</em>'.
	 * @see dev.dendrite.model.network.OnnxOperator#getParameterCount()
	 * @see #getOnnxOperator()
	 * @generated
	 */
	EAttribute getOnnxOperator_ParameterCount();

	/**
	 * Returns the meta object for class '{@link dev.dendrite.model.network.Loss <em>Loss</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Loss</em>'.
	 * @see dev.dendrite.model.network.Loss
	 * @generated
	 */
	EClass getLoss();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.Loss#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see dev.dendrite.model.network.Loss#getKind()
	 * @see #getLoss()
	 * @generated
	 */
	EAttribute getLoss_Kind();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.Loss#getWeight <em>Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Weight</em>'.
	 * @see dev.dendrite.model.network.Loss#getWeight()
	 * @see #getLoss()
	 * @generated
	 */
	EAttribute getLoss_Weight();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.Loss#getGradientPenalty <em>Gradient Penalty</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Gradient Penalty</em>'.
	 * @see dev.dendrite.model.network.Loss#getGradientPenalty()
	 * @see #getLoss()
	 * @generated
	 */
	EAttribute getLoss_GradientPenalty();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.Loss#getGradientPenaltyKind <em>Gradient Penalty Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Gradient Penalty Kind</em>'.
	 * @see dev.dendrite.model.network.Loss#getGradientPenaltyKind()
	 * @see #getLoss()
	 * @generated
	 */
	EAttribute getLoss_GradientPenaltyKind();

	/**
	 * Returns the meta object for class '{@link dev.dendrite.model.network.BlockInstance <em>Block Instance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Block Instance</em>'.
	 * @see dev.dendrite.model.network.BlockInstance
	 * @generated
	 */
	EClass getBlockInstance();

	/**
	 * Returns the meta object for the reference '{@link dev.dendrite.model.network.BlockInstance#getBlock <em>Block</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Block</em>'.
	 * @see dev.dendrite.model.network.BlockInstance#getBlock()
	 * @see #getBlockInstance()
	 * @generated
	 */
	EReference getBlockInstance_Block();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.BlockInstance#isCollapsed <em>Collapsed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Collapsed</em>'.
	 * @see dev.dendrite.model.network.BlockInstance#isCollapsed()
	 * @see #getBlockInstance()
	 * @generated
	 */
	EAttribute getBlockInstance_Collapsed();

	/**
	 * Returns the meta object for class '{@link dev.dendrite.model.network.BlockInput <em>Block Input</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Block Input</em>'.
	 * @see dev.dendrite.model.network.BlockInput
	 * @generated
	 */
	EClass getBlockInput();

	/**
	 * Returns the meta object for class '{@link dev.dendrite.model.network.BlockOutput <em>Block Output</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Block Output</em>'.
	 * @see dev.dendrite.model.network.BlockOutput
	 * @generated
	 */
	EClass getBlockOutput();

	/**
	 * Returns the meta object for enum '{@link dev.dendrite.model.network.DataType <em>Data Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Data Type</em>'.
	 * @see dev.dendrite.model.network.DataType
	 * @generated
	 */
	EEnum getDataType();

	/**
	 * Returns the meta object for enum '{@link dev.dendrite.model.network.InputRole <em>Input Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Input Role</em>'.
	 * @see dev.dendrite.model.network.InputRole
	 * @generated
	 */
	EEnum getInputRole();

	/**
	 * Returns the meta object for enum '{@link dev.dendrite.model.network.ActivationFunction <em>Activation Function</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Activation Function</em>'.
	 * @see dev.dendrite.model.network.ActivationFunction
	 * @generated
	 */
	EEnum getActivationFunction();

	/**
	 * Returns the meta object for enum '{@link dev.dendrite.model.network.PoolType <em>Pool Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Pool Type</em>'.
	 * @see dev.dendrite.model.network.PoolType
	 * @generated
	 */
	EEnum getPoolType();

	/**
	 * Returns the meta object for enum '{@link dev.dendrite.model.network.ProjectionKind <em>Projection Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Projection Kind</em>'.
	 * @see dev.dendrite.model.network.ProjectionKind
	 * @generated
	 */
	EEnum getProjectionKind();

	/**
	 * Returns the meta object for enum '{@link dev.dendrite.model.network.NoiseKind <em>Noise Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Noise Kind</em>'.
	 * @see dev.dendrite.model.network.NoiseKind
	 * @generated
	 */
	EEnum getNoiseKind();

	/**
	 * Returns the meta object for enum '{@link dev.dendrite.model.network.LossKind <em>Loss Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Loss Kind</em>'.
	 * @see dev.dendrite.model.network.LossKind
	 * @generated
	 */
	EEnum getLossKind();

	/**
	 * Returns the meta object for enum '{@link dev.dendrite.model.network.GradientPenaltyKind <em>Gradient Penalty Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Gradient Penalty Kind</em>'.
	 * @see dev.dendrite.model.network.GradientPenaltyKind
	 * @generated
	 */
	EEnum getGradientPenaltyKind();

	/**
	 * Returns the meta object for enum '{@link dev.dendrite.model.network.BlockKind <em>Block Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Block Kind</em>'.
	 * @see dev.dendrite.model.network.BlockKind
	 * @generated
	 */
	EEnum getBlockKind();

	/**
	 * Returns the meta object for enum '{@link dev.dendrite.model.network.OptimizerKind <em>Optimizer Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Optimizer Kind</em>'.
	 * @see dev.dendrite.model.network.OptimizerKind
	 * @generated
	 */
	EEnum getOptimizerKind();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	NetworkFactory getNetworkFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link dev.dendrite.model.network.impl.NamedElementImpl <em>Named Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.dendrite.model.network.impl.NamedElementImpl
		 * @see dev.dendrite.model.network.impl.NetworkPackageImpl#getNamedElement()
		 * @generated
		 */
		EClass NAMED_ELEMENT = eINSTANCE.getNamedElement();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED_ELEMENT__NAME = eINSTANCE.getNamedElement_Name();

		/**
		 * The meta object literal for the '{@link dev.dendrite.model.network.impl.GraphImpl <em>Graph</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.dendrite.model.network.impl.GraphImpl
		 * @see dev.dendrite.model.network.impl.NetworkPackageImpl#getGraph()
		 * @generated
		 */
		EClass GRAPH = eINSTANCE.getGraph();

		/**
		 * The meta object literal for the '<em><b>Layers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GRAPH__LAYERS = eINSTANCE.getGraph_Layers();

		/**
		 * The meta object literal for the '<em><b>Connections</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GRAPH__CONNECTIONS = eINSTANCE.getGraph_Connections();

		/**
		 * The meta object literal for the '{@link dev.dendrite.model.network.impl.NetworkImpl <em>Network</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.dendrite.model.network.impl.NetworkImpl
		 * @see dev.dendrite.model.network.impl.NetworkPackageImpl#getNetwork()
		 * @generated
		 */
		EClass NETWORK = eINSTANCE.getNetwork();

		/**
		 * The meta object literal for the '<em><b>Format Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK__FORMAT_VERSION = eINSTANCE.getNetwork_FormatVersion();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK__DESCRIPTION = eINSTANCE.getNetwork_Description();

		/**
		 * The meta object literal for the '<em><b>Blocks</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NETWORK__BLOCKS = eINSTANCE.getNetwork_Blocks();

		/**
		 * The meta object literal for the '<em><b>Training</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NETWORK__TRAINING = eINSTANCE.getNetwork_Training();

		/**
		 * The meta object literal for the '<em><b>Regularization</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NETWORK__REGULARIZATION = eINSTANCE.getNetwork_Regularization();

		/**
		 * The meta object literal for the '{@link dev.dendrite.model.network.impl.BlockImpl <em>Block</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.dendrite.model.network.impl.BlockImpl
		 * @see dev.dendrite.model.network.impl.NetworkPackageImpl#getBlock()
		 * @generated
		 */
		EClass BLOCK = eINSTANCE.getBlock();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BLOCK__KIND = eINSTANCE.getBlock_Kind();

		/**
		 * The meta object literal for the '{@link dev.dendrite.model.network.impl.ConnectionImpl <em>Connection</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.dendrite.model.network.impl.ConnectionImpl
		 * @see dev.dendrite.model.network.impl.NetworkPackageImpl#getConnection()
		 * @generated
		 */
		EClass CONNECTION = eINSTANCE.getConnection();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONNECTION__SOURCE = eINSTANCE.getConnection_Source();

		/**
		 * The meta object literal for the '<em><b>Source Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONNECTION__SOURCE_PORT = eINSTANCE.getConnection_SourcePort();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONNECTION__TARGET = eINSTANCE.getConnection_Target();

		/**
		 * The meta object literal for the '<em><b>Target Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONNECTION__TARGET_PORT = eINSTANCE.getConnection_TargetPort();

		/**
		 * The meta object literal for the '{@link dev.dendrite.model.network.impl.RegularizationImpl <em>Regularization</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.dendrite.model.network.impl.RegularizationImpl
		 * @see dev.dendrite.model.network.impl.NetworkPackageImpl#getRegularization()
		 * @generated
		 */
		EClass REGULARIZATION = eINSTANCE.getRegularization();

		/**
		 * The meta object literal for the '<em><b>L1</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGULARIZATION__L1 = eINSTANCE.getRegularization_L1();

		/**
		 * The meta object literal for the '<em><b>L2</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGULARIZATION__L2 = eINSTANCE.getRegularization_L2();

		/**
		 * The meta object literal for the '{@link dev.dendrite.model.network.impl.TrainingSettingsImpl <em>Training Settings</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.dendrite.model.network.impl.TrainingSettingsImpl
		 * @see dev.dendrite.model.network.impl.NetworkPackageImpl#getTrainingSettings()
		 * @generated
		 */
		EClass TRAINING_SETTINGS = eINSTANCE.getTrainingSettings();

		/**
		 * The meta object literal for the '<em><b>Dataset</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SETTINGS__DATASET = eINSTANCE.getTrainingSettings_Dataset();

		/**
		 * The meta object literal for the '<em><b>Epochs</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SETTINGS__EPOCHS = eINSTANCE.getTrainingSettings_Epochs();

		/**
		 * The meta object literal for the '<em><b>Batch Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SETTINGS__BATCH_SIZE = eINSTANCE.getTrainingSettings_BatchSize();

		/**
		 * The meta object literal for the '<em><b>Optimizer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SETTINGS__OPTIMIZER = eINSTANCE.getTrainingSettings_Optimizer();

		/**
		 * The meta object literal for the '<em><b>Learning Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SETTINGS__LEARNING_RATE = eINSTANCE.getTrainingSettings_LearningRate();

		/**
		 * The meta object literal for the '<em><b>Momentum</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SETTINGS__MOMENTUM = eINSTANCE.getTrainingSettings_Momentum();

		/**
		 * The meta object literal for the '<em><b>Weight Decay</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SETTINGS__WEIGHT_DECAY = eINSTANCE.getTrainingSettings_WeightDecay();

		/**
		 * The meta object literal for the '<em><b>Seed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SETTINGS__SEED = eINSTANCE.getTrainingSettings_Seed();

		/**
		 * The meta object literal for the '<em><b>Validation Fraction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SETTINGS__VALIDATION_FRACTION = eINSTANCE.getTrainingSettings_ValidationFraction();

		/**
		 * The meta object literal for the '<em><b>Early Stopping Patience</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SETTINGS__EARLY_STOPPING_PATIENCE = eINSTANCE.getTrainingSettings_EarlyStoppingPatience();

		/**
		 * The meta object literal for the '<em><b>Gradient Clip Norm</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SETTINGS__GRADIENT_CLIP_NORM = eINSTANCE.getTrainingSettings_GradientClipNorm();

		/**
		 * The meta object literal for the '<em><b>Adam Beta1</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SETTINGS__ADAM_BETA1 = eINSTANCE.getTrainingSettings_AdamBeta1();

		/**
		 * The meta object literal for the '<em><b>Adam Beta2</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SETTINGS__ADAM_BETA2 = eINSTANCE.getTrainingSettings_AdamBeta2();

		/**
		 * The meta object literal for the '<em><b>Discriminator Learning Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SETTINGS__DISCRIMINATOR_LEARNING_RATE = eINSTANCE.getTrainingSettings_DiscriminatorLearningRate();

		/**
		 * The meta object literal for the '<em><b>Discriminator Steps</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SETTINGS__DISCRIMINATOR_STEPS = eINSTANCE.getTrainingSettings_DiscriminatorSteps();

		/**
		 * The meta object literal for the '<em><b>Pretraining Epochs</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SETTINGS__PRETRAINING_EPOCHS = eINSTANCE.getTrainingSettings_PretrainingEpochs();

		/**
		 * The meta object literal for the '{@link dev.dendrite.model.network.impl.LayerImpl <em>Layer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.dendrite.model.network.impl.LayerImpl
		 * @see dev.dendrite.model.network.impl.NetworkPackageImpl#getLayer()
		 * @generated
		 */
		EClass LAYER = eINSTANCE.getLayer();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAYER__ID = eINSTANCE.getLayer_Id();

		/**
		 * The meta object literal for the '<em><b>X</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAYER__X = eINSTANCE.getLayer_X();

		/**
		 * The meta object literal for the '<em><b>Y</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAYER__Y = eINSTANCE.getLayer_Y();

		/**
		 * The meta object literal for the '<em><b>Regularization</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LAYER__REGULARIZATION = eINSTANCE.getLayer_Regularization();

		/**
		 * The meta object literal for the '{@link dev.dendrite.model.network.impl.InputImpl <em>Input</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.dendrite.model.network.impl.InputImpl
		 * @see dev.dendrite.model.network.impl.NetworkPackageImpl#getInput()
		 * @generated
		 */
		EClass INPUT = eINSTANCE.getInput();

		/**
		 * The meta object literal for the '<em><b>Dims</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INPUT__DIMS = eINSTANCE.getInput_Dims();

		/**
		 * The meta object literal for the '<em><b>Sequence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INPUT__SEQUENCE = eINSTANCE.getInput_Sequence();

		/**
		 * The meta object literal for the '<em><b>Data Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INPUT__DATA_TYPE = eINSTANCE.getInput_DataType();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INPUT__ROLE = eINSTANCE.getInput_Role();

		/**
		 * The meta object literal for the '{@link dev.dendrite.model.network.impl.DenseImpl <em>Dense</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.dendrite.model.network.impl.DenseImpl
		 * @see dev.dendrite.model.network.impl.NetworkPackageImpl#getDense()
		 * @generated
		 */
		EClass DENSE = eINSTANCE.getDense();

		/**
		 * The meta object literal for the '<em><b>Units</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DENSE__UNITS = eINSTANCE.getDense_Units();

		/**
		 * The meta object literal for the '<em><b>Bias</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DENSE__BIAS = eINSTANCE.getDense_Bias();

		/**
		 * The meta object literal for the '<em><b>Spectral Norm</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DENSE__SPECTRAL_NORM = eINSTANCE.getDense_SpectralNorm();

		/**
		 * The meta object literal for the '{@link dev.dendrite.model.network.impl.ActivationImpl <em>Activation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.dendrite.model.network.impl.ActivationImpl
		 * @see dev.dendrite.model.network.impl.NetworkPackageImpl#getActivation()
		 * @generated
		 */
		EClass ACTIVATION = eINSTANCE.getActivation();

		/**
		 * The meta object literal for the '<em><b>Function</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTIVATION__FUNCTION = eINSTANCE.getActivation_Function();

		/**
		 * The meta object literal for the '<em><b>Alpha</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTIVATION__ALPHA = eINSTANCE.getActivation_Alpha();

		/**
		 * The meta object literal for the '<em><b>Axis</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTIVATION__AXIS = eINSTANCE.getActivation_Axis();

		/**
		 * The meta object literal for the '{@link dev.dendrite.model.network.impl.FlattenImpl <em>Flatten</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.dendrite.model.network.impl.FlattenImpl
		 * @see dev.dendrite.model.network.impl.NetworkPackageImpl#getFlatten()
		 * @generated
		 */
		EClass FLATTEN = eINSTANCE.getFlatten();

		/**
		 * The meta object literal for the '{@link dev.dendrite.model.network.impl.ReshapeImpl <em>Reshape</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.dendrite.model.network.impl.ReshapeImpl
		 * @see dev.dendrite.model.network.impl.NetworkPackageImpl#getReshape()
		 * @generated
		 */
		EClass RESHAPE = eINSTANCE.getReshape();

		/**
		 * The meta object literal for the '<em><b>Dims</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESHAPE__DIMS = eINSTANCE.getReshape_Dims();

		/**
		 * The meta object literal for the '{@link dev.dendrite.model.network.impl.AddImpl <em>Add</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.dendrite.model.network.impl.AddImpl
		 * @see dev.dendrite.model.network.impl.NetworkPackageImpl#getAdd()
		 * @generated
		 */
		EClass ADD = eINSTANCE.getAdd();

		/**
		 * The meta object literal for the '<em><b>Inputs</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADD__INPUTS = eINSTANCE.getAdd_Inputs();

		/**
		 * The meta object literal for the '<em><b>Projection</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADD__PROJECTION = eINSTANCE.getAdd_Projection();

		/**
		 * The meta object literal for the '{@link dev.dendrite.model.network.impl.MultiplyImpl <em>Multiply</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.dendrite.model.network.impl.MultiplyImpl
		 * @see dev.dendrite.model.network.impl.NetworkPackageImpl#getMultiply()
		 * @generated
		 */
		EClass MULTIPLY = eINSTANCE.getMultiply();

		/**
		 * The meta object literal for the '<em><b>Inputs</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MULTIPLY__INPUTS = eINSTANCE.getMultiply_Inputs();

		/**
		 * The meta object literal for the '{@link dev.dendrite.model.network.impl.ConcatImpl <em>Concat</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.dendrite.model.network.impl.ConcatImpl
		 * @see dev.dendrite.model.network.impl.NetworkPackageImpl#getConcat()
		 * @generated
		 */
		EClass CONCAT = eINSTANCE.getConcat();

		/**
		 * The meta object literal for the '<em><b>Inputs</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONCAT__INPUTS = eINSTANCE.getConcat_Inputs();

		/**
		 * The meta object literal for the '<em><b>Axis</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONCAT__AXIS = eINSTANCE.getConcat_Axis();

		/**
		 * The meta object literal for the '{@link dev.dendrite.model.network.impl.DropoutImpl <em>Dropout</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.dendrite.model.network.impl.DropoutImpl
		 * @see dev.dendrite.model.network.impl.NetworkPackageImpl#getDropout()
		 * @generated
		 */
		EClass DROPOUT = eINSTANCE.getDropout();

		/**
		 * The meta object literal for the '<em><b>Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DROPOUT__RATE = eINSTANCE.getDropout_Rate();

		/**
		 * The meta object literal for the '{@link dev.dendrite.model.network.impl.NoiseImpl <em>Noise</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.dendrite.model.network.impl.NoiseImpl
		 * @see dev.dendrite.model.network.impl.NetworkPackageImpl#getNoise()
		 * @generated
		 */
		EClass NOISE = eINSTANCE.getNoise();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOISE__KIND = eINSTANCE.getNoise_Kind();

		/**
		 * The meta object literal for the '<em><b>Amount</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOISE__AMOUNT = eINSTANCE.getNoise_Amount();

		/**
		 * The meta object literal for the '{@link dev.dendrite.model.network.impl.OnnxOperatorImpl <em>Onnx Operator</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.dendrite.model.network.impl.OnnxOperatorImpl
		 * @see dev.dendrite.model.network.impl.NetworkPackageImpl#getOnnxOperator()
		 * @generated
		 */
		EClass ONNX_OPERATOR = eINSTANCE.getOnnxOperator();

		/**
		 * The meta object literal for the '<em><b>Op Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ONNX_OPERATOR__OP_TYPE = eINSTANCE.getOnnxOperator_OpType();

		/**
		 * The meta object literal for the '<em><b>Domain</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ONNX_OPERATOR__DOMAIN = eINSTANCE.getOnnxOperator_Domain();

		/**
		 * The meta object literal for the '<em><b>Inputs</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ONNX_OPERATOR__INPUTS = eINSTANCE.getOnnxOperator_Inputs();

		/**
		 * The meta object literal for the '<em><b>Output Dims</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ONNX_OPERATOR__OUTPUT_DIMS = eINSTANCE.getOnnxOperator_OutputDims();

		/**
		 * The meta object literal for the '<em><b>Definition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ONNX_OPERATOR__DEFINITION = eINSTANCE.getOnnxOperator_Definition();

		/**
		 * The meta object literal for the '<em><b>Parameter Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ONNX_OPERATOR__PARAMETER_COUNT = eINSTANCE.getOnnxOperator_ParameterCount();

		/**
		 * The meta object literal for the '{@link dev.dendrite.model.network.impl.LossImpl <em>Loss</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.dendrite.model.network.impl.LossImpl
		 * @see dev.dendrite.model.network.impl.NetworkPackageImpl#getLoss()
		 * @generated
		 */
		EClass LOSS = eINSTANCE.getLoss();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOSS__KIND = eINSTANCE.getLoss_Kind();

		/**
		 * The meta object literal for the '<em><b>Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOSS__WEIGHT = eINSTANCE.getLoss_Weight();

		/**
		 * The meta object literal for the '<em><b>Gradient Penalty</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOSS__GRADIENT_PENALTY = eINSTANCE.getLoss_GradientPenalty();

		/**
		 * The meta object literal for the '<em><b>Gradient Penalty Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOSS__GRADIENT_PENALTY_KIND = eINSTANCE.getLoss_GradientPenaltyKind();

		/**
		 * The meta object literal for the '{@link dev.dendrite.model.network.impl.BlockInstanceImpl <em>Block Instance</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.dendrite.model.network.impl.BlockInstanceImpl
		 * @see dev.dendrite.model.network.impl.NetworkPackageImpl#getBlockInstance()
		 * @generated
		 */
		EClass BLOCK_INSTANCE = eINSTANCE.getBlockInstance();

		/**
		 * The meta object literal for the '<em><b>Block</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BLOCK_INSTANCE__BLOCK = eINSTANCE.getBlockInstance_Block();

		/**
		 * The meta object literal for the '<em><b>Collapsed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BLOCK_INSTANCE__COLLAPSED = eINSTANCE.getBlockInstance_Collapsed();

		/**
		 * The meta object literal for the '{@link dev.dendrite.model.network.impl.BlockInputImpl <em>Block Input</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.dendrite.model.network.impl.BlockInputImpl
		 * @see dev.dendrite.model.network.impl.NetworkPackageImpl#getBlockInput()
		 * @generated
		 */
		EClass BLOCK_INPUT = eINSTANCE.getBlockInput();

		/**
		 * The meta object literal for the '{@link dev.dendrite.model.network.impl.BlockOutputImpl <em>Block Output</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.dendrite.model.network.impl.BlockOutputImpl
		 * @see dev.dendrite.model.network.impl.NetworkPackageImpl#getBlockOutput()
		 * @generated
		 */
		EClass BLOCK_OUTPUT = eINSTANCE.getBlockOutput();

		/**
		 * The meta object literal for the '{@link dev.dendrite.model.network.DataType <em>Data Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.dendrite.model.network.DataType
		 * @see dev.dendrite.model.network.impl.NetworkPackageImpl#getDataType()
		 * @generated
		 */
		EEnum DATA_TYPE = eINSTANCE.getDataType();

		/**
		 * The meta object literal for the '{@link dev.dendrite.model.network.InputRole <em>Input Role</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.dendrite.model.network.InputRole
		 * @see dev.dendrite.model.network.impl.NetworkPackageImpl#getInputRole()
		 * @generated
		 */
		EEnum INPUT_ROLE = eINSTANCE.getInputRole();

		/**
		 * The meta object literal for the '{@link dev.dendrite.model.network.ActivationFunction <em>Activation Function</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.dendrite.model.network.ActivationFunction
		 * @see dev.dendrite.model.network.impl.NetworkPackageImpl#getActivationFunction()
		 * @generated
		 */
		EEnum ACTIVATION_FUNCTION = eINSTANCE.getActivationFunction();

		/**
		 * The meta object literal for the '{@link dev.dendrite.model.network.PoolType <em>Pool Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.dendrite.model.network.PoolType
		 * @see dev.dendrite.model.network.impl.NetworkPackageImpl#getPoolType()
		 * @generated
		 */
		EEnum POOL_TYPE = eINSTANCE.getPoolType();

		/**
		 * The meta object literal for the '{@link dev.dendrite.model.network.ProjectionKind <em>Projection Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.dendrite.model.network.ProjectionKind
		 * @see dev.dendrite.model.network.impl.NetworkPackageImpl#getProjectionKind()
		 * @generated
		 */
		EEnum PROJECTION_KIND = eINSTANCE.getProjectionKind();

		/**
		 * The meta object literal for the '{@link dev.dendrite.model.network.NoiseKind <em>Noise Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.dendrite.model.network.NoiseKind
		 * @see dev.dendrite.model.network.impl.NetworkPackageImpl#getNoiseKind()
		 * @generated
		 */
		EEnum NOISE_KIND = eINSTANCE.getNoiseKind();

		/**
		 * The meta object literal for the '{@link dev.dendrite.model.network.LossKind <em>Loss Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.dendrite.model.network.LossKind
		 * @see dev.dendrite.model.network.impl.NetworkPackageImpl#getLossKind()
		 * @generated
		 */
		EEnum LOSS_KIND = eINSTANCE.getLossKind();

		/**
		 * The meta object literal for the '{@link dev.dendrite.model.network.GradientPenaltyKind <em>Gradient Penalty Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.dendrite.model.network.GradientPenaltyKind
		 * @see dev.dendrite.model.network.impl.NetworkPackageImpl#getGradientPenaltyKind()
		 * @generated
		 */
		EEnum GRADIENT_PENALTY_KIND = eINSTANCE.getGradientPenaltyKind();

		/**
		 * The meta object literal for the '{@link dev.dendrite.model.network.BlockKind <em>Block Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.dendrite.model.network.BlockKind
		 * @see dev.dendrite.model.network.impl.NetworkPackageImpl#getBlockKind()
		 * @generated
		 */
		EEnum BLOCK_KIND = eINSTANCE.getBlockKind();

		/**
		 * The meta object literal for the '{@link dev.dendrite.model.network.OptimizerKind <em>Optimizer Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.dendrite.model.network.OptimizerKind
		 * @see dev.dendrite.model.network.impl.NetworkPackageImpl#getOptimizerKind()
		 * @generated
		 */
		EEnum OPTIMIZER_KIND = eINSTANCE.getOptimizerKind();

	}

} //NetworkPackage
