/**
 */
package dev.dendrite.model.network.convolution;

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
 * Convolutions, transposed convolutions, pooling and upsampling over pictures and sequences.
 * <!-- end-model-doc -->
 * @see dev.dendrite.model.network.convolution.ConvolutionFactory
 * @model kind="package"
 * @generated
 */
public interface ConvolutionPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "convolution";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "urn:dev.dendrite:network:convolution:1";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "conv";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ConvolutionPackage eINSTANCE = dev.dendrite.model.network.convolution.impl.ConvolutionPackageImpl.init();

	/**
	 * The meta object id for the '{@link dev.dendrite.model.network.convolution.impl.ConvolutionImpl <em>Convolution</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.dendrite.model.network.convolution.impl.ConvolutionImpl
	 * @see dev.dendrite.model.network.convolution.impl.ConvolutionPackageImpl#getConvolution()
	 * @generated
	 */
	int CONVOLUTION = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVOLUTION__NAME = NetworkPackage.LAYER__NAME;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVOLUTION__ID = NetworkPackage.LAYER__ID;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVOLUTION__X = NetworkPackage.LAYER__X;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVOLUTION__Y = NetworkPackage.LAYER__Y;

	/**
	 * The feature id for the '<em><b>Regularization</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVOLUTION__REGULARIZATION = NetworkPackage.LAYER__REGULARIZATION;

	/**
	 * The feature id for the '<em><b>Dimensions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVOLUTION__DIMENSIONS = NetworkPackage.LAYER_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>In Channels</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVOLUTION__IN_CHANNELS = NetworkPackage.LAYER_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Out Channels</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVOLUTION__OUT_CHANNELS = NetworkPackage.LAYER_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Kernel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVOLUTION__KERNEL = NetworkPackage.LAYER_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Stride</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVOLUTION__STRIDE = NetworkPackage.LAYER_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Padding</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVOLUTION__PADDING = NetworkPackage.LAYER_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Padding End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVOLUTION__PADDING_END = NetworkPackage.LAYER_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Kernel Shape</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVOLUTION__KERNEL_SHAPE = NetworkPackage.LAYER_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Pads</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVOLUTION__PADS = NetworkPackage.LAYER_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Dilation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVOLUTION__DILATION = NetworkPackage.LAYER_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Groups</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVOLUTION__GROUPS = NetworkPackage.LAYER_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Bias</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVOLUTION__BIAS = NetworkPackage.LAYER_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Spectral Norm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVOLUTION__SPECTRAL_NORM = NetworkPackage.LAYER_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Sequence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVOLUTION__SEQUENCE = NetworkPackage.LAYER_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Step Padding</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVOLUTION__STEP_PADDING = NetworkPackage.LAYER_FEATURE_COUNT + 14;

	/**
	 * The number of structural features of the '<em>Convolution</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVOLUTION_FEATURE_COUNT = NetworkPackage.LAYER_FEATURE_COUNT + 15;

	/**
	 * The number of operations of the '<em>Convolution</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVOLUTION_OPERATION_COUNT = NetworkPackage.LAYER_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.dendrite.model.network.convolution.impl.PoolingImpl <em>Pooling</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.dendrite.model.network.convolution.impl.PoolingImpl
	 * @see dev.dendrite.model.network.convolution.impl.ConvolutionPackageImpl#getPooling()
	 * @generated
	 */
	int POOLING = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POOLING__NAME = NetworkPackage.LAYER__NAME;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POOLING__ID = NetworkPackage.LAYER__ID;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POOLING__X = NetworkPackage.LAYER__X;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POOLING__Y = NetworkPackage.LAYER__Y;

	/**
	 * The feature id for the '<em><b>Regularization</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POOLING__REGULARIZATION = NetworkPackage.LAYER__REGULARIZATION;

	/**
	 * The feature id for the '<em><b>Pool Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POOLING__POOL_TYPE = NetworkPackage.LAYER_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Dimensions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POOLING__DIMENSIONS = NetworkPackage.LAYER_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Kernel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POOLING__KERNEL = NetworkPackage.LAYER_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Stride</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POOLING__STRIDE = NetworkPackage.LAYER_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Padding</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POOLING__PADDING = NetworkPackage.LAYER_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Padding End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POOLING__PADDING_END = NetworkPackage.LAYER_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Dilation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POOLING__DILATION = NetworkPackage.LAYER_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Ceil Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POOLING__CEIL_MODE = NetworkPackage.LAYER_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Sequence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POOLING__SEQUENCE = NetworkPackage.LAYER_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Pooling</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POOLING_FEATURE_COUNT = NetworkPackage.LAYER_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Pooling</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POOLING_OPERATION_COUNT = NetworkPackage.LAYER_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.dendrite.model.network.convolution.impl.TransposedConvolutionImpl <em>Transposed Convolution</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.dendrite.model.network.convolution.impl.TransposedConvolutionImpl
	 * @see dev.dendrite.model.network.convolution.impl.ConvolutionPackageImpl#getTransposedConvolution()
	 * @generated
	 */
	int TRANSPOSED_CONVOLUTION = 2;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSPOSED_CONVOLUTION__NAME = NetworkPackage.LAYER__NAME;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSPOSED_CONVOLUTION__ID = NetworkPackage.LAYER__ID;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSPOSED_CONVOLUTION__X = NetworkPackage.LAYER__X;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSPOSED_CONVOLUTION__Y = NetworkPackage.LAYER__Y;

	/**
	 * The feature id for the '<em><b>Regularization</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSPOSED_CONVOLUTION__REGULARIZATION = NetworkPackage.LAYER__REGULARIZATION;

	/**
	 * The feature id for the '<em><b>Dimensions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSPOSED_CONVOLUTION__DIMENSIONS = NetworkPackage.LAYER_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>In Channels</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSPOSED_CONVOLUTION__IN_CHANNELS = NetworkPackage.LAYER_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Out Channels</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSPOSED_CONVOLUTION__OUT_CHANNELS = NetworkPackage.LAYER_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Kernel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSPOSED_CONVOLUTION__KERNEL = NetworkPackage.LAYER_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Stride</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSPOSED_CONVOLUTION__STRIDE = NetworkPackage.LAYER_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Padding</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSPOSED_CONVOLUTION__PADDING = NetworkPackage.LAYER_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Output Padding</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSPOSED_CONVOLUTION__OUTPUT_PADDING = NetworkPackage.LAYER_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Bias</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSPOSED_CONVOLUTION__BIAS = NetworkPackage.LAYER_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Transposed Convolution</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSPOSED_CONVOLUTION_FEATURE_COUNT = NetworkPackage.LAYER_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Transposed Convolution</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSPOSED_CONVOLUTION_OPERATION_COUNT = NetworkPackage.LAYER_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.dendrite.model.network.convolution.impl.UpsampleImpl <em>Upsample</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.dendrite.model.network.convolution.impl.UpsampleImpl
	 * @see dev.dendrite.model.network.convolution.impl.ConvolutionPackageImpl#getUpsample()
	 * @generated
	 */
	int UPSAMPLE = 3;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPSAMPLE__NAME = NetworkPackage.LAYER__NAME;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPSAMPLE__ID = NetworkPackage.LAYER__ID;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPSAMPLE__X = NetworkPackage.LAYER__X;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPSAMPLE__Y = NetworkPackage.LAYER__Y;

	/**
	 * The feature id for the '<em><b>Regularization</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPSAMPLE__REGULARIZATION = NetworkPackage.LAYER__REGULARIZATION;

	/**
	 * The feature id for the '<em><b>Scale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPSAMPLE__SCALE = NetworkPackage.LAYER_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Bilinear</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPSAMPLE__BILINEAR = NetworkPackage.LAYER_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Upsample</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPSAMPLE_FEATURE_COUNT = NetworkPackage.LAYER_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Upsample</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPSAMPLE_OPERATION_COUNT = NetworkPackage.LAYER_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.dendrite.model.network.convolution.impl.GlobalPoolingImpl <em>Global Pooling</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.dendrite.model.network.convolution.impl.GlobalPoolingImpl
	 * @see dev.dendrite.model.network.convolution.impl.ConvolutionPackageImpl#getGlobalPooling()
	 * @generated
	 */
	int GLOBAL_POOLING = 4;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GLOBAL_POOLING__NAME = NetworkPackage.LAYER__NAME;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GLOBAL_POOLING__ID = NetworkPackage.LAYER__ID;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GLOBAL_POOLING__X = NetworkPackage.LAYER__X;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GLOBAL_POOLING__Y = NetworkPackage.LAYER__Y;

	/**
	 * The feature id for the '<em><b>Regularization</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GLOBAL_POOLING__REGULARIZATION = NetworkPackage.LAYER__REGULARIZATION;

	/**
	 * The feature id for the '<em><b>Pool Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GLOBAL_POOLING__POOL_TYPE = NetworkPackage.LAYER_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Global Pooling</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GLOBAL_POOLING_FEATURE_COUNT = NetworkPackage.LAYER_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Global Pooling</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GLOBAL_POOLING_OPERATION_COUNT = NetworkPackage.LAYER_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.dendrite.model.network.convolution.StepPadding <em>Step Padding</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.dendrite.model.network.convolution.StepPadding
	 * @see dev.dendrite.model.network.convolution.impl.ConvolutionPackageImpl#getStepPadding()
	 * @generated
	 */
	int STEP_PADDING = 5;


	/**
	 * Returns the meta object for class '{@link dev.dendrite.model.network.convolution.Convolution <em>Convolution</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Convolution</em>'.
	 * @see dev.dendrite.model.network.convolution.Convolution
	 * @generated
	 */
	EClass getConvolution();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.convolution.Convolution#getDimensions <em>Dimensions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dimensions</em>'.
	 * @see dev.dendrite.model.network.convolution.Convolution#getDimensions()
	 * @see #getConvolution()
	 * @generated
	 */
	EAttribute getConvolution_Dimensions();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.convolution.Convolution#getInChannels <em>In Channels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>In Channels</em>'.
	 * @see dev.dendrite.model.network.convolution.Convolution#getInChannels()
	 * @see #getConvolution()
	 * @generated
	 */
	EAttribute getConvolution_InChannels();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.convolution.Convolution#getOutChannels <em>Out Channels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Out Channels</em>'.
	 * @see dev.dendrite.model.network.convolution.Convolution#getOutChannels()
	 * @see #getConvolution()
	 * @generated
	 */
	EAttribute getConvolution_OutChannels();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.convolution.Convolution#getKernel <em>Kernel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kernel</em>'.
	 * @see dev.dendrite.model.network.convolution.Convolution#getKernel()
	 * @see #getConvolution()
	 * @generated
	 */
	EAttribute getConvolution_Kernel();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.convolution.Convolution#getStride <em>Stride</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stride</em>'.
	 * @see dev.dendrite.model.network.convolution.Convolution#getStride()
	 * @see #getConvolution()
	 * @generated
	 */
	EAttribute getConvolution_Stride();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.convolution.Convolution#getPadding <em>Padding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Padding</em>'.
	 * @see dev.dendrite.model.network.convolution.Convolution#getPadding()
	 * @see #getConvolution()
	 * @generated
	 */
	EAttribute getConvolution_Padding();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.convolution.Convolution#getPaddingEnd <em>Padding End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Padding End</em>'.
	 * @see dev.dendrite.model.network.convolution.Convolution#getPaddingEnd()
	 * @see #getConvolution()
	 * @generated
	 */
	EAttribute getConvolution_PaddingEnd();

	/**
	 * Returns the meta object for the attribute list '{@link dev.dendrite.model.network.convolution.Convolution#getKernelShape <em>Kernel Shape</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Kernel Shape</em>'.
	 * @see dev.dendrite.model.network.convolution.Convolution#getKernelShape()
	 * @see #getConvolution()
	 * @generated
	 */
	EAttribute getConvolution_KernelShape();

	/**
	 * Returns the meta object for the attribute list '{@link dev.dendrite.model.network.convolution.Convolution#getPads <em>Pads</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Pads</em>'.
	 * @see dev.dendrite.model.network.convolution.Convolution#getPads()
	 * @see #getConvolution()
	 * @generated
	 */
	EAttribute getConvolution_Pads();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.convolution.Convolution#getDilation <em>Dilation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dilation</em>'.
	 * @see dev.dendrite.model.network.convolution.Convolution#getDilation()
	 * @see #getConvolution()
	 * @generated
	 */
	EAttribute getConvolution_Dilation();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.convolution.Convolution#getGroups <em>Groups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Groups</em>'.
	 * @see dev.dendrite.model.network.convolution.Convolution#getGroups()
	 * @see #getConvolution()
	 * @generated
	 */
	EAttribute getConvolution_Groups();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.convolution.Convolution#isBias <em>Bias</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bias</em>'.
	 * @see dev.dendrite.model.network.convolution.Convolution#isBias()
	 * @see #getConvolution()
	 * @generated
	 */
	EAttribute getConvolution_Bias();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.convolution.Convolution#isSpectralNorm <em>Spectral Norm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Spectral Norm</em>'.
	 * @see dev.dendrite.model.network.convolution.Convolution#isSpectralNorm()
	 * @see #getConvolution()
	 * @generated
	 */
	EAttribute getConvolution_SpectralNorm();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.convolution.Convolution#isSequence <em>Sequence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sequence</em>'.
	 * @see dev.dendrite.model.network.convolution.Convolution#isSequence()
	 * @see #getConvolution()
	 * @generated
	 */
	EAttribute getConvolution_Sequence();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.convolution.Convolution#getStepPadding <em>Step Padding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Step Padding</em>'.
	 * @see dev.dendrite.model.network.convolution.Convolution#getStepPadding()
	 * @see #getConvolution()
	 * @generated
	 */
	EAttribute getConvolution_StepPadding();

	/**
	 * Returns the meta object for class '{@link dev.dendrite.model.network.convolution.Pooling <em>Pooling</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Pooling</em>'.
	 * @see dev.dendrite.model.network.convolution.Pooling
	 * @generated
	 */
	EClass getPooling();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.convolution.Pooling#getPoolType <em>Pool Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pool Type</em>'.
	 * @see dev.dendrite.model.network.convolution.Pooling#getPoolType()
	 * @see #getPooling()
	 * @generated
	 */
	EAttribute getPooling_PoolType();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.convolution.Pooling#getDimensions <em>Dimensions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dimensions</em>'.
	 * @see dev.dendrite.model.network.convolution.Pooling#getDimensions()
	 * @see #getPooling()
	 * @generated
	 */
	EAttribute getPooling_Dimensions();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.convolution.Pooling#getKernel <em>Kernel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kernel</em>'.
	 * @see dev.dendrite.model.network.convolution.Pooling#getKernel()
	 * @see #getPooling()
	 * @generated
	 */
	EAttribute getPooling_Kernel();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.convolution.Pooling#getStride <em>Stride</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stride</em>'.
	 * @see dev.dendrite.model.network.convolution.Pooling#getStride()
	 * @see #getPooling()
	 * @generated
	 */
	EAttribute getPooling_Stride();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.convolution.Pooling#getPadding <em>Padding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Padding</em>'.
	 * @see dev.dendrite.model.network.convolution.Pooling#getPadding()
	 * @see #getPooling()
	 * @generated
	 */
	EAttribute getPooling_Padding();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.convolution.Pooling#getPaddingEnd <em>Padding End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Padding End</em>'.
	 * @see dev.dendrite.model.network.convolution.Pooling#getPaddingEnd()
	 * @see #getPooling()
	 * @generated
	 */
	EAttribute getPooling_PaddingEnd();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.convolution.Pooling#getDilation <em>Dilation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dilation</em>'.
	 * @see dev.dendrite.model.network.convolution.Pooling#getDilation()
	 * @see #getPooling()
	 * @generated
	 */
	EAttribute getPooling_Dilation();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.convolution.Pooling#isCeilMode <em>Ceil Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ceil Mode</em>'.
	 * @see dev.dendrite.model.network.convolution.Pooling#isCeilMode()
	 * @see #getPooling()
	 * @generated
	 */
	EAttribute getPooling_CeilMode();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.convolution.Pooling#isSequence <em>Sequence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sequence</em>'.
	 * @see dev.dendrite.model.network.convolution.Pooling#isSequence()
	 * @see #getPooling()
	 * @generated
	 */
	EAttribute getPooling_Sequence();

	/**
	 * Returns the meta object for class '{@link dev.dendrite.model.network.convolution.TransposedConvolution <em>Transposed Convolution</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Transposed Convolution</em>'.
	 * @see dev.dendrite.model.network.convolution.TransposedConvolution
	 * @generated
	 */
	EClass getTransposedConvolution();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.convolution.TransposedConvolution#getDimensions <em>Dimensions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dimensions</em>'.
	 * @see dev.dendrite.model.network.convolution.TransposedConvolution#getDimensions()
	 * @see #getTransposedConvolution()
	 * @generated
	 */
	EAttribute getTransposedConvolution_Dimensions();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.convolution.TransposedConvolution#getInChannels <em>In Channels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>In Channels</em>'.
	 * @see dev.dendrite.model.network.convolution.TransposedConvolution#getInChannels()
	 * @see #getTransposedConvolution()
	 * @generated
	 */
	EAttribute getTransposedConvolution_InChannels();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.convolution.TransposedConvolution#getOutChannels <em>Out Channels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Out Channels</em>'.
	 * @see dev.dendrite.model.network.convolution.TransposedConvolution#getOutChannels()
	 * @see #getTransposedConvolution()
	 * @generated
	 */
	EAttribute getTransposedConvolution_OutChannels();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.convolution.TransposedConvolution#getKernel <em>Kernel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kernel</em>'.
	 * @see dev.dendrite.model.network.convolution.TransposedConvolution#getKernel()
	 * @see #getTransposedConvolution()
	 * @generated
	 */
	EAttribute getTransposedConvolution_Kernel();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.convolution.TransposedConvolution#getStride <em>Stride</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stride</em>'.
	 * @see dev.dendrite.model.network.convolution.TransposedConvolution#getStride()
	 * @see #getTransposedConvolution()
	 * @generated
	 */
	EAttribute getTransposedConvolution_Stride();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.convolution.TransposedConvolution#getPadding <em>Padding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Padding</em>'.
	 * @see dev.dendrite.model.network.convolution.TransposedConvolution#getPadding()
	 * @see #getTransposedConvolution()
	 * @generated
	 */
	EAttribute getTransposedConvolution_Padding();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.convolution.TransposedConvolution#getOutputPadding <em>Output Padding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Output Padding</em>'.
	 * @see dev.dendrite.model.network.convolution.TransposedConvolution#getOutputPadding()
	 * @see #getTransposedConvolution()
	 * @generated
	 */
	EAttribute getTransposedConvolution_OutputPadding();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.convolution.TransposedConvolution#isBias <em>Bias</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bias</em>'.
	 * @see dev.dendrite.model.network.convolution.TransposedConvolution#isBias()
	 * @see #getTransposedConvolution()
	 * @generated
	 */
	EAttribute getTransposedConvolution_Bias();

	/**
	 * Returns the meta object for class '{@link dev.dendrite.model.network.convolution.Upsample <em>Upsample</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Upsample</em>'.
	 * @see dev.dendrite.model.network.convolution.Upsample
	 * @generated
	 */
	EClass getUpsample();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.convolution.Upsample#getScale <em>Scale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scale</em>'.
	 * @see dev.dendrite.model.network.convolution.Upsample#getScale()
	 * @see #getUpsample()
	 * @generated
	 */
	EAttribute getUpsample_Scale();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.convolution.Upsample#isBilinear <em>Bilinear</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bilinear</em>'.
	 * @see dev.dendrite.model.network.convolution.Upsample#isBilinear()
	 * @see #getUpsample()
	 * @generated
	 */
	EAttribute getUpsample_Bilinear();

	/**
	 * Returns the meta object for class '{@link dev.dendrite.model.network.convolution.GlobalPooling <em>Global Pooling</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Global Pooling</em>'.
	 * @see dev.dendrite.model.network.convolution.GlobalPooling
	 * @generated
	 */
	EClass getGlobalPooling();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.convolution.GlobalPooling#getPoolType <em>Pool Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pool Type</em>'.
	 * @see dev.dendrite.model.network.convolution.GlobalPooling#getPoolType()
	 * @see #getGlobalPooling()
	 * @generated
	 */
	EAttribute getGlobalPooling_PoolType();

	/**
	 * Returns the meta object for enum '{@link dev.dendrite.model.network.convolution.StepPadding <em>Step Padding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Step Padding</em>'.
	 * @see dev.dendrite.model.network.convolution.StepPadding
	 * @generated
	 */
	EEnum getStepPadding();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	ConvolutionFactory getConvolutionFactory();

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
		 * The meta object literal for the '{@link dev.dendrite.model.network.convolution.impl.ConvolutionImpl <em>Convolution</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.dendrite.model.network.convolution.impl.ConvolutionImpl
		 * @see dev.dendrite.model.network.convolution.impl.ConvolutionPackageImpl#getConvolution()
		 * @generated
		 */
		EClass CONVOLUTION = eINSTANCE.getConvolution();

		/**
		 * The meta object literal for the '<em><b>Dimensions</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONVOLUTION__DIMENSIONS = eINSTANCE.getConvolution_Dimensions();

		/**
		 * The meta object literal for the '<em><b>In Channels</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONVOLUTION__IN_CHANNELS = eINSTANCE.getConvolution_InChannels();

		/**
		 * The meta object literal for the '<em><b>Out Channels</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONVOLUTION__OUT_CHANNELS = eINSTANCE.getConvolution_OutChannels();

		/**
		 * The meta object literal for the '<em><b>Kernel</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONVOLUTION__KERNEL = eINSTANCE.getConvolution_Kernel();

		/**
		 * The meta object literal for the '<em><b>Stride</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONVOLUTION__STRIDE = eINSTANCE.getConvolution_Stride();

		/**
		 * The meta object literal for the '<em><b>Padding</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONVOLUTION__PADDING = eINSTANCE.getConvolution_Padding();

		/**
		 * The meta object literal for the '<em><b>Padding End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONVOLUTION__PADDING_END = eINSTANCE.getConvolution_PaddingEnd();

		/**
		 * The meta object literal for the '<em><b>Kernel Shape</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONVOLUTION__KERNEL_SHAPE = eINSTANCE.getConvolution_KernelShape();

		/**
		 * The meta object literal for the '<em><b>Pads</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONVOLUTION__PADS = eINSTANCE.getConvolution_Pads();

		/**
		 * The meta object literal for the '<em><b>Dilation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONVOLUTION__DILATION = eINSTANCE.getConvolution_Dilation();

		/**
		 * The meta object literal for the '<em><b>Groups</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONVOLUTION__GROUPS = eINSTANCE.getConvolution_Groups();

		/**
		 * The meta object literal for the '<em><b>Bias</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONVOLUTION__BIAS = eINSTANCE.getConvolution_Bias();

		/**
		 * The meta object literal for the '<em><b>Spectral Norm</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONVOLUTION__SPECTRAL_NORM = eINSTANCE.getConvolution_SpectralNorm();

		/**
		 * The meta object literal for the '<em><b>Sequence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONVOLUTION__SEQUENCE = eINSTANCE.getConvolution_Sequence();

		/**
		 * The meta object literal for the '<em><b>Step Padding</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONVOLUTION__STEP_PADDING = eINSTANCE.getConvolution_StepPadding();

		/**
		 * The meta object literal for the '{@link dev.dendrite.model.network.convolution.impl.PoolingImpl <em>Pooling</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.dendrite.model.network.convolution.impl.PoolingImpl
		 * @see dev.dendrite.model.network.convolution.impl.ConvolutionPackageImpl#getPooling()
		 * @generated
		 */
		EClass POOLING = eINSTANCE.getPooling();

		/**
		 * The meta object literal for the '<em><b>Pool Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POOLING__POOL_TYPE = eINSTANCE.getPooling_PoolType();

		/**
		 * The meta object literal for the '<em><b>Dimensions</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POOLING__DIMENSIONS = eINSTANCE.getPooling_Dimensions();

		/**
		 * The meta object literal for the '<em><b>Kernel</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POOLING__KERNEL = eINSTANCE.getPooling_Kernel();

		/**
		 * The meta object literal for the '<em><b>Stride</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POOLING__STRIDE = eINSTANCE.getPooling_Stride();

		/**
		 * The meta object literal for the '<em><b>Padding</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POOLING__PADDING = eINSTANCE.getPooling_Padding();

		/**
		 * The meta object literal for the '<em><b>Padding End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POOLING__PADDING_END = eINSTANCE.getPooling_PaddingEnd();

		/**
		 * The meta object literal for the '<em><b>Dilation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POOLING__DILATION = eINSTANCE.getPooling_Dilation();

		/**
		 * The meta object literal for the '<em><b>Ceil Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POOLING__CEIL_MODE = eINSTANCE.getPooling_CeilMode();

		/**
		 * The meta object literal for the '<em><b>Sequence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POOLING__SEQUENCE = eINSTANCE.getPooling_Sequence();

		/**
		 * The meta object literal for the '{@link dev.dendrite.model.network.convolution.impl.TransposedConvolutionImpl <em>Transposed Convolution</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.dendrite.model.network.convolution.impl.TransposedConvolutionImpl
		 * @see dev.dendrite.model.network.convolution.impl.ConvolutionPackageImpl#getTransposedConvolution()
		 * @generated
		 */
		EClass TRANSPOSED_CONVOLUTION = eINSTANCE.getTransposedConvolution();

		/**
		 * The meta object literal for the '<em><b>Dimensions</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRANSPOSED_CONVOLUTION__DIMENSIONS = eINSTANCE.getTransposedConvolution_Dimensions();

		/**
		 * The meta object literal for the '<em><b>In Channels</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRANSPOSED_CONVOLUTION__IN_CHANNELS = eINSTANCE.getTransposedConvolution_InChannels();

		/**
		 * The meta object literal for the '<em><b>Out Channels</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRANSPOSED_CONVOLUTION__OUT_CHANNELS = eINSTANCE.getTransposedConvolution_OutChannels();

		/**
		 * The meta object literal for the '<em><b>Kernel</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRANSPOSED_CONVOLUTION__KERNEL = eINSTANCE.getTransposedConvolution_Kernel();

		/**
		 * The meta object literal for the '<em><b>Stride</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRANSPOSED_CONVOLUTION__STRIDE = eINSTANCE.getTransposedConvolution_Stride();

		/**
		 * The meta object literal for the '<em><b>Padding</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRANSPOSED_CONVOLUTION__PADDING = eINSTANCE.getTransposedConvolution_Padding();

		/**
		 * The meta object literal for the '<em><b>Output Padding</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRANSPOSED_CONVOLUTION__OUTPUT_PADDING = eINSTANCE.getTransposedConvolution_OutputPadding();

		/**
		 * The meta object literal for the '<em><b>Bias</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRANSPOSED_CONVOLUTION__BIAS = eINSTANCE.getTransposedConvolution_Bias();

		/**
		 * The meta object literal for the '{@link dev.dendrite.model.network.convolution.impl.UpsampleImpl <em>Upsample</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.dendrite.model.network.convolution.impl.UpsampleImpl
		 * @see dev.dendrite.model.network.convolution.impl.ConvolutionPackageImpl#getUpsample()
		 * @generated
		 */
		EClass UPSAMPLE = eINSTANCE.getUpsample();

		/**
		 * The meta object literal for the '<em><b>Scale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UPSAMPLE__SCALE = eINSTANCE.getUpsample_Scale();

		/**
		 * The meta object literal for the '<em><b>Bilinear</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UPSAMPLE__BILINEAR = eINSTANCE.getUpsample_Bilinear();

		/**
		 * The meta object literal for the '{@link dev.dendrite.model.network.convolution.impl.GlobalPoolingImpl <em>Global Pooling</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.dendrite.model.network.convolution.impl.GlobalPoolingImpl
		 * @see dev.dendrite.model.network.convolution.impl.ConvolutionPackageImpl#getGlobalPooling()
		 * @generated
		 */
		EClass GLOBAL_POOLING = eINSTANCE.getGlobalPooling();

		/**
		 * The meta object literal for the '<em><b>Pool Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GLOBAL_POOLING__POOL_TYPE = eINSTANCE.getGlobalPooling_PoolType();

		/**
		 * The meta object literal for the '{@link dev.dendrite.model.network.convolution.StepPadding <em>Step Padding</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.dendrite.model.network.convolution.StepPadding
		 * @see dev.dendrite.model.network.convolution.impl.ConvolutionPackageImpl#getStepPadding()
		 * @generated
		 */
		EEnum STEP_PADDING = eINSTANCE.getStepPadding();

	}

} //ConvolutionPackage
