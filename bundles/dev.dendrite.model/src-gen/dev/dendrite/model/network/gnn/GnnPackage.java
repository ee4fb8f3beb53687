/**
 */
package dev.dendrite.model.network.gnn;

import dev.dendrite.model.network.NetworkPackage;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;

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
 * Graph neural networks: graph inputs, message passing, graph convolutions, graph attention, top-k and global pooling over nodes.
 * <!-- end-model-doc -->
 * @see dev.dendrite.model.network.gnn.GnnFactory
 * @model kind="package"
 * @generated
 */
public interface GnnPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "gnn";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "urn:dev.dendrite:network:gnn:1";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "gnn";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	GnnPackage eINSTANCE = dev.dendrite.model.network.gnn.impl.GnnPackageImpl.init();

	/**
	 * The meta object id for the '{@link dev.dendrite.model.network.gnn.impl.GraphInputImpl <em>Graph Input</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.dendrite.model.network.gnn.impl.GraphInputImpl
	 * @see dev.dendrite.model.network.gnn.impl.GnnPackageImpl#getGraphInput()
	 * @generated
	 */
	int GRAPH_INPUT = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRAPH_INPUT__NAME = NetworkPackage.LAYER__NAME;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRAPH_INPUT__ID = NetworkPackage.LAYER__ID;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRAPH_INPUT__X = NetworkPackage.LAYER__X;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRAPH_INPUT__Y = NetworkPackage.LAYER__Y;

	/**
	 * The feature id for the '<em><b>Regularization</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRAPH_INPUT__REGULARIZATION = NetworkPackage.LAYER__REGULARIZATION;

	/**
	 * The feature id for the '<em><b>Node Features</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRAPH_INPUT__NODE_FEATURES = NetworkPackage.LAYER_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Edge Features</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRAPH_INPUT__EDGE_FEATURES = NetworkPackage.LAYER_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Batched</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRAPH_INPUT__BATCHED = NetworkPackage.LAYER_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Graph Input</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRAPH_INPUT_FEATURE_COUNT = NetworkPackage.LAYER_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Graph Input</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRAPH_INPUT_OPERATION_COUNT = NetworkPackage.LAYER_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.dendrite.model.network.gnn.impl.MessagePassingImpl <em>Message Passing</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.dendrite.model.network.gnn.impl.MessagePassingImpl
	 * @see dev.dendrite.model.network.gnn.impl.GnnPackageImpl#getMessagePassing()
	 * @generated
	 */
	int MESSAGE_PASSING = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MESSAGE_PASSING__NAME = NetworkPackage.LAYER__NAME;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MESSAGE_PASSING__ID = NetworkPackage.LAYER__ID;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MESSAGE_PASSING__X = NetworkPackage.LAYER__X;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MESSAGE_PASSING__Y = NetworkPackage.LAYER__Y;

	/**
	 * The feature id for the '<em><b>Regularization</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MESSAGE_PASSING__REGULARIZATION = NetworkPackage.LAYER__REGULARIZATION;

	/**
	 * The feature id for the '<em><b>Out Features</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MESSAGE_PASSING__OUT_FEATURES = NetworkPackage.LAYER_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MESSAGE_PASSING__MESSAGE = NetworkPackage.LAYER_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Aggregation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MESSAGE_PASSING__AGGREGATION = NetworkPackage.LAYER_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Update</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MESSAGE_PASSING__UPDATE = NetworkPackage.LAYER_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Activation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MESSAGE_PASSING__ACTIVATION = NetworkPackage.LAYER_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Activate Messages</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MESSAGE_PASSING__ACTIVATE_MESSAGES = NetworkPackage.LAYER_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Message Passing</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MESSAGE_PASSING_FEATURE_COUNT = NetworkPackage.LAYER_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Message Passing</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MESSAGE_PASSING_OPERATION_COUNT = NetworkPackage.LAYER_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.dendrite.model.network.gnn.impl.GraphConvolutionImpl <em>Graph Convolution</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.dendrite.model.network.gnn.impl.GraphConvolutionImpl
	 * @see dev.dendrite.model.network.gnn.impl.GnnPackageImpl#getGraphConvolution()
	 * @generated
	 */
	int GRAPH_CONVOLUTION = 2;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRAPH_CONVOLUTION__NAME = NetworkPackage.LAYER__NAME;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRAPH_CONVOLUTION__ID = NetworkPackage.LAYER__ID;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRAPH_CONVOLUTION__X = NetworkPackage.LAYER__X;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRAPH_CONVOLUTION__Y = NetworkPackage.LAYER__Y;

	/**
	 * The feature id for the '<em><b>Regularization</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRAPH_CONVOLUTION__REGULARIZATION = NetworkPackage.LAYER__REGULARIZATION;

	/**
	 * The feature id for the '<em><b>Out Features</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRAPH_CONVOLUTION__OUT_FEATURES = NetworkPackage.LAYER_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Bias</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRAPH_CONVOLUTION__BIAS = NetworkPackage.LAYER_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Graph Convolution</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRAPH_CONVOLUTION_FEATURE_COUNT = NetworkPackage.LAYER_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Graph Convolution</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRAPH_CONVOLUTION_OPERATION_COUNT = NetworkPackage.LAYER_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.dendrite.model.network.gnn.impl.GraphAttentionImpl <em>Graph Attention</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.dendrite.model.network.gnn.impl.GraphAttentionImpl
	 * @see dev.dendrite.model.network.gnn.impl.GnnPackageImpl#getGraphAttention()
	 * @generated
	 */
	int GRAPH_ATTENTION = 3;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRAPH_ATTENTION__NAME = NetworkPackage.LAYER__NAME;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRAPH_ATTENTION__ID = NetworkPackage.LAYER__ID;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRAPH_ATTENTION__X = NetworkPackage.LAYER__X;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRAPH_ATTENTION__Y = NetworkPackage.LAYER__Y;

	/**
	 * The feature id for the '<em><b>Regularization</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRAPH_ATTENTION__REGULARIZATION = NetworkPackage.LAYER__REGULARIZATION;

	/**
	 * The feature id for the '<em><b>Out Features</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRAPH_ATTENTION__OUT_FEATURES = NetworkPackage.LAYER_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Heads</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRAPH_ATTENTION__HEADS = NetworkPackage.LAYER_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Concat</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRAPH_ATTENTION__CONCAT = NetworkPackage.LAYER_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Negative Slope</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRAPH_ATTENTION__NEGATIVE_SLOPE = NetworkPackage.LAYER_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Self Loops</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRAPH_ATTENTION__SELF_LOOPS = NetworkPackage.LAYER_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Bias</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRAPH_ATTENTION__BIAS = NetworkPackage.LAYER_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Dynamic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRAPH_ATTENTION__DYNAMIC = NetworkPackage.LAYER_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Share Weights</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRAPH_ATTENTION__SHARE_WEIGHTS = NetworkPackage.LAYER_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Dropout</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRAPH_ATTENTION__DROPOUT = NetworkPackage.LAYER_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Graph Attention</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRAPH_ATTENTION_FEATURE_COUNT = NetworkPackage.LAYER_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Graph Attention</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRAPH_ATTENTION_OPERATION_COUNT = NetworkPackage.LAYER_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.dendrite.model.network.gnn.impl.TopKPoolingImpl <em>Top KPooling</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.dendrite.model.network.gnn.impl.TopKPoolingImpl
	 * @see dev.dendrite.model.network.gnn.impl.GnnPackageImpl#getTopKPooling()
	 * @generated
	 */
	int TOP_KPOOLING = 4;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOP_KPOOLING__NAME = NetworkPackage.LAYER__NAME;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOP_KPOOLING__ID = NetworkPackage.LAYER__ID;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOP_KPOOLING__X = NetworkPackage.LAYER__X;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOP_KPOOLING__Y = NetworkPackage.LAYER__Y;

	/**
	 * The feature id for the '<em><b>Regularization</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOP_KPOOLING__REGULARIZATION = NetworkPackage.LAYER__REGULARIZATION;

	/**
	 * The feature id for the '<em><b>Ratio</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOP_KPOOLING__RATIO = NetworkPackage.LAYER_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>K</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOP_KPOOLING__K = NetworkPackage.LAYER_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Top KPooling</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOP_KPOOLING_FEATURE_COUNT = NetworkPackage.LAYER_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Top KPooling</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOP_KPOOLING_OPERATION_COUNT = NetworkPackage.LAYER_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.dendrite.model.network.gnn.impl.GraphGlobalPoolingImpl <em>Graph Global Pooling</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.dendrite.model.network.gnn.impl.GraphGlobalPoolingImpl
	 * @see dev.dendrite.model.network.gnn.impl.GnnPackageImpl#getGraphGlobalPooling()
	 * @generated
	 */
	int GRAPH_GLOBAL_POOLING = 5;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRAPH_GLOBAL_POOLING__NAME = NetworkPackage.LAYER__NAME;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRAPH_GLOBAL_POOLING__ID = NetworkPackage.LAYER__ID;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRAPH_GLOBAL_POOLING__X = NetworkPackage.LAYER__X;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRAPH_GLOBAL_POOLING__Y = NetworkPackage.LAYER__Y;

	/**
	 * The feature id for the '<em><b>Regularization</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRAPH_GLOBAL_POOLING__REGULARIZATION = NetworkPackage.LAYER__REGULARIZATION;

	/**
	 * The feature id for the '<em><b>Aggregation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRAPH_GLOBAL_POOLING__AGGREGATION = NetworkPackage.LAYER_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Graph Global Pooling</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRAPH_GLOBAL_POOLING_FEATURE_COUNT = NetworkPackage.LAYER_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Graph Global Pooling</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRAPH_GLOBAL_POOLING_OPERATION_COUNT = NetworkPackage.LAYER_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.dendrite.model.network.gnn.MessageFunction <em>Message Function</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.dendrite.model.network.gnn.MessageFunction
	 * @see dev.dendrite.model.network.gnn.impl.GnnPackageImpl#getMessageFunction()
	 * @generated
	 */
	int MESSAGE_FUNCTION = 6;

	/**
	 * The meta object id for the '{@link dev.dendrite.model.network.gnn.Aggregation <em>Aggregation</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.dendrite.model.network.gnn.Aggregation
	 * @see dev.dendrite.model.network.gnn.impl.GnnPackageImpl#getAggregation()
	 * @generated
	 */
	int AGGREGATION = 7;

	/**
	 * The meta object id for the '{@link dev.dendrite.model.network.gnn.UpdateFunction <em>Update Function</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.dendrite.model.network.gnn.UpdateFunction
	 * @see dev.dendrite.model.network.gnn.impl.GnnPackageImpl#getUpdateFunction()
	 * @generated
	 */
	int UPDATE_FUNCTION = 8;


	/**
	 * Returns the meta object for class '{@link dev.dendrite.model.network.gnn.GraphInput <em>Graph Input</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Graph Input</em>'.
	 * @see dev.dendrite.model.network.gnn.GraphInput
	 * @generated
	 */
	EClass getGraphInput();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.gnn.GraphInput#getNodeFeatures <em>Node Features</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Node Features</em>'.
	 * @see dev.dendrite.model.network.gnn.GraphInput#getNodeFeatures()
	 * @see #getGraphInput()
	 * @generated
	 */
	EAttribute getGraphInput_NodeFeatures();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.gnn.GraphInput#getEdgeFeatures <em>Edge Features</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Edge Features</em>'.
	 * @see dev.dendrite.model.network.gnn.GraphInput#getEdgeFeatures()
	 * @see #getGraphInput()
	 * @generated
	 */
	EAttribute getGraphInput_EdgeFeatures();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.gnn.GraphInput#isBatched <em>Batched</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Batched</em>'.
	 * @see dev.dendrite.model.network.gnn.GraphInput#isBatched()
	 * @see #getGraphInput()
	 * @generated
	 */
	EAttribute getGraphInput_Batched();

	/**
	 * Returns the meta object for class '{@link dev.dendrite.model.network.gnn.MessagePassing <em>Message Passing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Message Passing</em>'.
	 * @see dev.dendrite.model.network.gnn.MessagePassing
	 * @generated
	 */
	EClass getMessagePassing();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.gnn.MessagePassing#getOutFeatures <em>Out Features</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Out Features</em>'.
	 * @see dev.dendrite.model.network.gnn.MessagePassing#getOutFeatures()
	 * @see #getMessagePassing()
	 * @generated
	 */
	EAttribute getMessagePassing_OutFeatures();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.gnn.MessagePassing#getMessage <em>Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message</em>'.
	 * @see dev.dendrite.model.network.gnn.MessagePassing#getMessage()
	 * @see #getMessagePassing()
	 * @generated
	 */
	EAttribute getMessagePassing_Message();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.gnn.MessagePassing#getAggregation <em>Aggregation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Aggregation</em>'.
	 * @see dev.dendrite.model.network.gnn.MessagePassing#getAggregation()
	 * @see #getMessagePassing()
	 * @generated
	 */
	EAttribute getMessagePassing_Aggregation();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.gnn.MessagePassing#getUpdate <em>Update</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Update</em>'.
	 * @see dev.dendrite.model.network.gnn.MessagePassing#getUpdate()
	 * @see #getMessagePassing()
	 * @generated
	 */
	EAttribute getMessagePassing_Update();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.gnn.MessagePassing#getActivation <em>Activation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Activation</em>'.
	 * @see dev.dendrite.model.network.gnn.MessagePassing#getActivation()
	 * @see #getMessagePassing()
	 * @generated
	 */
	EAttribute getMessagePassing_Activation();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.gnn.MessagePassing#isActivateMessages <em>Activate Messages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Activate Messages</em>'.
	 * @see dev.dendrite.model.network.gnn.MessagePassing#isActivateMessages()
	 * @see #getMessagePassing()
	 * @generated
	 */
	EAttribute getMessagePassing_ActivateMessages();

	/**
	 * Returns the meta object for class '{@link dev.dendrite.model.network.gnn.GraphConvolution <em>Graph Convolution</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Graph Convolution</em>'.
	 * @see dev.dendrite.model.network.gnn.GraphConvolution
	 * @generated
	 */
	EClass getGraphConvolution();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.gnn.GraphConvolution#getOutFeatures <em>Out Features</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Out Features</em>'.
	 * @see dev.dendrite.model.network.gnn.GraphConvolution#getOutFeatures()
	 * @see #getGraphConvolution()
	 * @generated
	 */
	EAttribute getGraphConvolution_OutFeatures();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.gnn.GraphConvolution#isBias <em>Bias</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bias</em>'.
	 * @see dev.dendrite.model.network.gnn.GraphConvolution#isBias()
	 * @see #getGraphConvolution()
	 * @generated
	 */
	EAttribute getGraphConvolution_Bias();

	/**
	 * Returns the meta object for class '{@link dev.dendrite.model.network.gnn.GraphAttention <em>Graph Attention</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Graph Attention</em>'.
	 * @see dev.dendrite.model.network.gnn.GraphAttention
	 * @generated
	 */
	EClass getGraphAttention();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.gnn.GraphAttention#getOutFeatures <em>Out Features</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Out Features</em>'.
	 * @see dev.dendrite.model.network.gnn.GraphAttention#getOutFeatures()
	 * @see #getGraphAttention()
	 * @generated
	 */
	EAttribute getGraphAttention_OutFeatures();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.gnn.GraphAttention#getHeads <em>Heads</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Heads</em>'.
	 * @see dev.dendrite.model.network.gnn.GraphAttention#getHeads()
	 * @see #getGraphAttention()
	 * @generated
	 */
	EAttribute getGraphAttention_Heads();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.gnn.GraphAttention#isConcat <em>Concat</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Concat</em>'.
	 * @see dev.dendrite.model.network.gnn.GraphAttention#isConcat()
	 * @see #getGraphAttention()
	 * @generated
	 */
	EAttribute getGraphAttention_Concat();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.gnn.GraphAttention#getNegativeSlope <em>Negative Slope</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Negative Slope</em>'.
	 * @see dev.dendrite.model.network.gnn.GraphAttention#getNegativeSlope()
	 * @see #getGraphAttention()
	 * @generated
	 */
	EAttribute getGraphAttention_NegativeSlope();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.gnn.GraphAttention#isSelfLoops <em>Self Loops</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Self Loops</em>'.
	 * @see dev.dendrite.model.network.gnn.GraphAttention#isSelfLoops()
	 * @see #getGraphAttention()
	 * @generated
	 */
	EAttribute getGraphAttention_SelfLoops();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.gnn.GraphAttention#isBias <em>Bias</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bias</em>'.
	 * @see dev.dendrite.model.network.gnn.GraphAttention#isBias()
	 * @see #getGraphAttention()
	 * @generated
	 */
	EAttribute getGraphAttention_Bias();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.gnn.GraphAttention#isDynamic <em>Dynamic</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dynamic</em>'.
	 * @see dev.dendrite.model.network.gnn.GraphAttention#isDynamic()
	 * @see #getGraphAttention()
	 * @generated
	 */
	EAttribute getGraphAttention_Dynamic();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.gnn.GraphAttention#isShareWeights <em>Share Weights</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Share Weights</em>'.
	 * @see dev.dendrite.model.network.gnn.GraphAttention#isShareWeights()
	 * @see #getGraphAttention()
	 * @generated
	 */
	EAttribute getGraphAttention_ShareWeights();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.gnn.GraphAttention#getDropout <em>Dropout</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dropout</em>'.
	 * @see dev.dendrite.model.network.gnn.GraphAttention#getDropout()
	 * @see #getGraphAttention()
	 * @generated
	 */
	EAttribute getGraphAttention_Dropout();

	/**
	 * Returns the meta object for class '{@link dev.dendrite.model.network.gnn.TopKPooling <em>Top KPooling</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Top KPooling</em>'.
	 * @see dev.dendrite.model.network.gnn.TopKPooling
	 * @generated
	 */
	EClass getTopKPooling();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.gnn.TopKPooling#getRatio <em>Ratio</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ratio</em>'.
	 * @see dev.dendrite.model.network.gnn.TopKPooling#getRatio()
	 * @see #getTopKPooling()
	 * @generated
	 */
	EAttribute getTopKPooling_Ratio();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.gnn.TopKPooling#getK <em>K</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>K</em>'.
	 * @see dev.dendrite.model.network.gnn.TopKPooling#getK()
	 * @see #getTopKPooling()
	 * @generated
	 */
	EAttribute getTopKPooling_K();

	/**
	 * Returns the meta object for class '{@link dev.dendrite.model.network.gnn.GraphGlobalPooling <em>Graph Global Pooling</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Graph Global Pooling</em>'.
	 * @see dev.dendrite.model.network.gnn.GraphGlobalPooling
	 * @generated
	 */
	EClass getGraphGlobalPooling();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.gnn.GraphGlobalPooling#getAggregation <em>Aggregation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Aggregation</em>'.
	 * @see dev.dendrite.model.network.gnn.GraphGlobalPooling#getAggregation()
	 * @see #getGraphGlobalPooling()
	 * @generated
	 */
	EAttribute getGraphGlobalPooling_Aggregation();

	/**
	 * Returns the meta object for enum '{@link dev.dendrite.model.network.gnn.MessageFunction <em>Message Function</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Message Function</em>'.
	 * @see dev.dendrite.model.network.gnn.MessageFunction
	 * @generated
	 */
	EEnum getMessageFunction();

	/**
	 * Returns the meta object for enum '{@link dev.dendrite.model.network.gnn.Aggregation <em>Aggregation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Aggregation</em>'.
	 * @see dev.dendrite.model.network.gnn.Aggregation
	 * @generated
	 */
	EEnum getAggregation();

	/**
	 * Returns the meta object for enum '{@link dev.dendrite.model.network.gnn.UpdateFunction <em>Update Function</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Update Function</em>'.
	 * @see dev.dendrite.model.network.gnn.UpdateFunction
	 * @generated
	 */
	EEnum getUpdateFunction();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	GnnFactory getGnnFactory();

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
		 * The meta object literal for the '{@link dev.dendrite.model.network.gnn.impl.GraphInputImpl <em>Graph Input</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.dendrite.model.network.gnn.impl.GraphInputImpl
		 * @see dev.dendrite.model.network.gnn.impl.GnnPackageImpl#getGraphInput()
		 * @generated
		 */
		EClass GRAPH_INPUT = eINSTANCE.getGraphInput();

		/**
		 * The meta object literal for the '<em><b>Node Features</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GRAPH_INPUT__NODE_FEATURES = eINSTANCE.getGraphInput_NodeFeatures();

		/**
		 * The meta object literal for the '<em><b>Edge Features</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GRAPH_INPUT__EDGE_FEATURES = eINSTANCE.getGraphInput_EdgeFeatures();

		/**
		 * The meta object literal for the '<em><b>Batched</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GRAPH_INPUT__BATCHED = eINSTANCE.getGraphInput_Batched();

		/**
		 * The meta object literal for the '{@link dev.dendrite.model.network.gnn.impl.MessagePassingImpl <em>Message Passing</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.dendrite.model.network.gnn.impl.MessagePassingImpl
		 * @see dev.dendrite.model.network.gnn.impl.GnnPackageImpl#getMessagePassing()
		 * @generated
		 */
		EClass MESSAGE_PASSING = eINSTANCE.getMessagePassing();

		/**
		 * The meta object literal for the '<em><b>Out Features</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MESSAGE_PASSING__OUT_FEATURES = eINSTANCE.getMessagePassing_OutFeatures();

		/**
		 * The meta object literal for the '<em><b>Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MESSAGE_PASSING__MESSAGE = eINSTANCE.getMessagePassing_Message();

		/**
		 * The meta object literal for the '<em><b>Aggregation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MESSAGE_PASSING__AGGREGATION = eINSTANCE.getMessagePassing_Aggregation();

		/**
		 * The meta object literal for the '<em><b>Update</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MESSAGE_PASSING__UPDATE = eINSTANCE.getMessagePassing_Update();

		/**
		 * The meta object literal for the '<em><b>Activation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MESSAGE_PASSING__ACTIVATION = eINSTANCE.getMessagePassing_Activation();

		/**
		 * The meta object literal for the '<em><b>Activate Messages</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MESSAGE_PASSING__ACTIVATE_MESSAGES = eINSTANCE.getMessagePassing_ActivateMessages();

		/**
		 * The meta object literal for the '{@link dev.dendrite.model.network.gnn.impl.GraphConvolutionImpl <em>Graph Convolution</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.dendrite.model.network.gnn.impl.GraphConvolutionImpl
		 * @see dev.dendrite.model.network.gnn.impl.GnnPackageImpl#getGraphConvolution()
		 * @generated
		 */
		EClass GRAPH_CONVOLUTION = eINSTANCE.getGraphConvolution();

		/**
		 * The meta object literal for the '<em><b>Out Features</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GRAPH_CONVOLUTION__OUT_FEATURES = eINSTANCE.getGraphConvolution_OutFeatures();

		/**
		 * The meta object literal for the '<em><b>Bias</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GRAPH_CONVOLUTION__BIAS = eINSTANCE.getGraphConvolution_Bias();

		/**
		 * The meta object literal for the '{@link dev.dendrite.model.network.gnn.impl.GraphAttentionImpl <em>Graph Attention</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.dendrite.model.network.gnn.impl.GraphAttentionImpl
		 * @see dev.dendrite.model.network.gnn.impl.GnnPackageImpl#getGraphAttention()
		 * @generated
		 */
		EClass GRAPH_ATTENTION = eINSTANCE.getGraphAttention();

		/**
		 * The meta object literal for the '<em><b>Out Features</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GRAPH_ATTENTION__OUT_FEATURES = eINSTANCE.getGraphAttention_OutFeatures();

		/**
		 * The meta object literal for the '<em><b>Heads</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GRAPH_ATTENTION__HEADS = eINSTANCE.getGraphAttention_Heads();

		/**
		 * The meta object literal for the '<em><b>Concat</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GRAPH_ATTENTION__CONCAT = eINSTANCE.getGraphAttention_Concat();

		/**
		 * The meta object literal for the '<em><b>Negative Slope</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GRAPH_ATTENTION__NEGATIVE_SLOPE = eINSTANCE.getGraphAttention_NegativeSlope();

		/**
		 * The meta object literal for the '<em><b>Self Loops</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GRAPH_ATTENTION__SELF_LOOPS = eINSTANCE.getGraphAttention_SelfLoops();

		/**
		 * The meta object literal for the '<em><b>Bias</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GRAPH_ATTENTION__BIAS = eINSTANCE.getGraphAttention_Bias();

		/**
		 * The meta object literal for the '<em><b>Dynamic</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GRAPH_ATTENTION__DYNAMIC = eINSTANCE.getGraphAttention_Dynamic();

		/**
		 * The meta object literal for the '<em><b>Share Weights</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GRAPH_ATTENTION__SHARE_WEIGHTS = eINSTANCE.getGraphAttention_ShareWeights();

		/**
		 * The meta object literal for the '<em><b>Dropout</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GRAPH_ATTENTION__DROPOUT = eINSTANCE.getGraphAttention_Dropout();

		/**
		 * The meta object literal for the '{@link dev.dendrite.model.network.gnn.impl.TopKPoolingImpl <em>Top KPooling</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.dendrite.model.network.gnn.impl.TopKPoolingImpl
		 * @see dev.dendrite.model.network.gnn.impl.GnnPackageImpl#getTopKPooling()
		 * @generated
		 */
		EClass TOP_KPOOLING = eINSTANCE.getTopKPooling();

		/**
		 * The meta object literal for the '<em><b>Ratio</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOP_KPOOLING__RATIO = eINSTANCE.getTopKPooling_Ratio();

		/**
		 * The meta object literal for the '<em><b>K</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOP_KPOOLING__K = eINSTANCE.getTopKPooling_K();

		/**
		 * The meta object literal for the '{@link dev.dendrite.model.network.gnn.impl.GraphGlobalPoolingImpl <em>Graph Global Pooling</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.dendrite.model.network.gnn.impl.GraphGlobalPoolingImpl
		 * @see dev.dendrite.model.network.gnn.impl.GnnPackageImpl#getGraphGlobalPooling()
		 * @generated
		 */
		EClass GRAPH_GLOBAL_POOLING = eINSTANCE.getGraphGlobalPooling();

		/**
		 * The meta object literal for the '<em><b>Aggregation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GRAPH_GLOBAL_POOLING__AGGREGATION = eINSTANCE.getGraphGlobalPooling_Aggregation();

		/**
		 * The meta object literal for the '{@link dev.dendrite.model.network.gnn.MessageFunction <em>Message Function</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.dendrite.model.network.gnn.MessageFunction
		 * @see dev.dendrite.model.network.gnn.impl.GnnPackageImpl#getMessageFunction()
		 * @generated
		 */
		EEnum MESSAGE_FUNCTION = eINSTANCE.getMessageFunction();

		/**
		 * The meta object literal for the '{@link dev.dendrite.model.network.gnn.Aggregation <em>Aggregation</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.dendrite.model.network.gnn.Aggregation
		 * @see dev.dendrite.model.network.gnn.impl.GnnPackageImpl#getAggregation()
		 * @generated
		 */
		EEnum AGGREGATION = eINSTANCE.getAggregation();

		/**
		 * The meta object literal for the '{@link dev.dendrite.model.network.gnn.UpdateFunction <em>Update Function</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.dendrite.model.network.gnn.UpdateFunction
		 * @see dev.dendrite.model.network.gnn.impl.GnnPackageImpl#getUpdateFunction()
		 * @generated
		 */
		EEnum UPDATE_FUNCTION = eINSTANCE.getUpdateFunction();

	}

} //GnnPackage
