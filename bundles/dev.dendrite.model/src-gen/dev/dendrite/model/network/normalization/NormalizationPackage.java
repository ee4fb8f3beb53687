/**
 */
package dev.dendrite.model.network.normalization;

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
 * Normalisation layers: batch, layer, RMS, local response and input normalisation.
 * <!-- end-model-doc -->
 * @see dev.dendrite.model.network.normalization.NormalizationFactory
 * @model kind="package"
 * @generated
 */
public interface NormalizationPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "normalization";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "urn:dev.dendrite:network:normalization:1";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "norm";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	NormalizationPackage eINSTANCE = dev.dendrite.model.network.normalization.impl.NormalizationPackageImpl.init();

	/**
	 * The meta object id for the '{@link dev.dendrite.model.network.normalization.impl.BatchNormImpl <em>Batch Norm</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.dendrite.model.network.normalization.impl.BatchNormImpl
	 * @see dev.dendrite.model.network.normalization.impl.NormalizationPackageImpl#getBatchNorm()
	 * @generated
	 */
	int BATCH_NORM = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BATCH_NORM__NAME = NetworkPackage.LAYER__NAME;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BATCH_NORM__ID = NetworkPackage.LAYER__ID;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BATCH_NORM__X = NetworkPackage.LAYER__X;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BATCH_NORM__Y = NetworkPackage.LAYER__Y;

	/**
	 * The feature id for the '<em><b>Regularization</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BATCH_NORM__REGULARIZATION = NetworkPackage.LAYER__REGULARIZATION;

	/**
	 * The feature id for the '<em><b>Momentum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BATCH_NORM__MOMENTUM = NetworkPackage.LAYER_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Epsilon</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BATCH_NORM__EPSILON = NetworkPackage.LAYER_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Batch Norm</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BATCH_NORM_FEATURE_COUNT = NetworkPackage.LAYER_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Batch Norm</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BATCH_NORM_OPERATION_COUNT = NetworkPackage.LAYER_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.dendrite.model.network.normalization.impl.LayerNormImpl <em>Layer Norm</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.dendrite.model.network.normalization.impl.LayerNormImpl
	 * @see dev.dendrite.model.network.normalization.impl.NormalizationPackageImpl#getLayerNorm()
	 * @generated
	 */
	int LAYER_NORM = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER_NORM__NAME = NetworkPackage.LAYER__NAME;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER_NORM__ID = NetworkPackage.LAYER__ID;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER_NORM__X = NetworkPackage.LAYER__X;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER_NORM__Y = NetworkPackage.LAYER__Y;

	/**
	 * The feature id for the '<em><b>Regularization</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER_NORM__REGULARIZATION = NetworkPackage.LAYER__REGULARIZATION;

	/**
	 * The feature id for the '<em><b>Epsilon</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER_NORM__EPSILON = NetworkPackage.LAYER_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Normalized Dims</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER_NORM__NORMALIZED_DIMS = NetworkPackage.LAYER_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Affine</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER_NORM__AFFINE = NetworkPackage.LAYER_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Layer Norm</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER_NORM_FEATURE_COUNT = NetworkPackage.LAYER_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Layer Norm</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER_NORM_OPERATION_COUNT = NetworkPackage.LAYER_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.dendrite.model.network.normalization.impl.RMSNormImpl <em>RMS Norm</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.dendrite.model.network.normalization.impl.RMSNormImpl
	 * @see dev.dendrite.model.network.normalization.impl.NormalizationPackageImpl#getRMSNorm()
	 * @generated
	 */
	int RMS_NORM = 2;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RMS_NORM__NAME = NetworkPackage.LAYER__NAME;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RMS_NORM__ID = NetworkPackage.LAYER__ID;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RMS_NORM__X = NetworkPackage.LAYER__X;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RMS_NORM__Y = NetworkPackage.LAYER__Y;

	/**
	 * The feature id for the '<em><b>Regularization</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RMS_NORM__REGULARIZATION = NetworkPackage.LAYER__REGULARIZATION;

	/**
	 * The feature id for the '<em><b>Epsilon</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RMS_NORM__EPSILON = NetworkPackage.LAYER_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Affine</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RMS_NORM__AFFINE = NetworkPackage.LAYER_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>RMS Norm</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RMS_NORM_FEATURE_COUNT = NetworkPackage.LAYER_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>RMS Norm</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RMS_NORM_OPERATION_COUNT = NetworkPackage.LAYER_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.dendrite.model.network.normalization.impl.InputNormalizationImpl <em>Input Normalization</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.dendrite.model.network.normalization.impl.InputNormalizationImpl
	 * @see dev.dendrite.model.network.normalization.impl.NormalizationPackageImpl#getInputNormalization()
	 * @generated
	 */
	int INPUT_NORMALIZATION = 3;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INPUT_NORMALIZATION__NAME = NetworkPackage.LAYER__NAME;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INPUT_NORMALIZATION__ID = NetworkPackage.LAYER__ID;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INPUT_NORMALIZATION__X = NetworkPackage.LAYER__X;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INPUT_NORMALIZATION__Y = NetworkPackage.LAYER__Y;

	/**
	 * The feature id for the '<em><b>Regularization</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INPUT_NORMALIZATION__REGULARIZATION = NetworkPackage.LAYER__REGULARIZATION;

	/**
	 * The feature id for the '<em><b>Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INPUT_NORMALIZATION__MODE = NetworkPackage.LAYER_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Input Normalization</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INPUT_NORMALIZATION_FEATURE_COUNT = NetworkPackage.LAYER_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Input Normalization</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INPUT_NORMALIZATION_OPERATION_COUNT = NetworkPackage.LAYER_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.dendrite.model.network.normalization.impl.LocalResponseNormImpl <em>Local Response Norm</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.dendrite.model.network.normalization.impl.LocalResponseNormImpl
	 * @see dev.dendrite.model.network.normalization.impl.NormalizationPackageImpl#getLocalResponseNorm()
	 * @generated
	 */
	int LOCAL_RESPONSE_NORM = 4;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCAL_RESPONSE_NORM__NAME = NetworkPackage.LAYER__NAME;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCAL_RESPONSE_NORM__ID = NetworkPackage.LAYER__ID;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCAL_RESPONSE_NORM__X = NetworkPackage.LAYER__X;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCAL_RESPONSE_NORM__Y = NetworkPackage.LAYER__Y;

	/**
	 * The feature id for the '<em><b>Regularization</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCAL_RESPONSE_NORM__REGULARIZATION = NetworkPackage.LAYER__REGULARIZATION;

	/**
	 * The feature id for the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCAL_RESPONSE_NORM__SIZE = NetworkPackage.LAYER_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Alpha</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCAL_RESPONSE_NORM__ALPHA = NetworkPackage.LAYER_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Beta</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCAL_RESPONSE_NORM__BETA = NetworkPackage.LAYER_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Bias</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCAL_RESPONSE_NORM__BIAS = NetworkPackage.LAYER_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Local Response Norm</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCAL_RESPONSE_NORM_FEATURE_COUNT = NetworkPackage.LAYER_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Local Response Norm</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCAL_RESPONSE_NORM_OPERATION_COUNT = NetworkPackage.LAYER_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.dendrite.model.network.normalization.NormalizationMode <em>Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.dendrite.model.network.normalization.NormalizationMode
	 * @see dev.dendrite.model.network.normalization.impl.NormalizationPackageImpl#getNormalizationMode()
	 * @generated
	 */
	int NORMALIZATION_MODE = 5;


	/**
	 * Returns the meta object for class '{@link dev.dendrite.model.network.normalization.BatchNorm <em>Batch Norm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Batch Norm</em>'.
	 * @see dev.dendrite.model.network.normalization.BatchNorm
	 * @generated
	 */
	EClass getBatchNorm();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.normalization.BatchNorm#getMomentum <em>Momentum</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Momentum</em>'.
	 * @see dev.dendrite.model.network.normalization.BatchNorm#getMomentum()
	 * @see #getBatchNorm()
	 * @generated
	 */
	EAttribute getBatchNorm_Momentum();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.normalization.BatchNorm#getEpsilon <em>Epsilon</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Epsilon</em>'.
	 * @see dev.dendrite.model.network.normalization.BatchNorm#getEpsilon()
	 * @see #getBatchNorm()
	 * @generated
	 */
	EAttribute getBatchNorm_Epsilon();

	/**
	 * Returns the meta object for class '{@link dev.dendrite.model.network.normalization.LayerNorm <em>Layer Norm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Layer Norm</em>'.
	 * @see dev.dendrite.model.network.normalization.LayerNorm
	 * @generated
	 */
	EClass getLayerNorm();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.normalization.LayerNorm#getEpsilon <em>Epsilon</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Epsilon</em>'.
	 * @see dev.dendrite.model.network.normalization.LayerNorm#getEpsilon()
	 * @see #getLayerNorm()
	 * @generated
	 */
	EAttribute getLayerNorm_Epsilon();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.normalization.LayerNorm#getNormalizedDims <em>Normalized Dims</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Normalized Dims</em>'.
	 * @see dev.dendrite.model.network.normalization.LayerNorm#getNormalizedDims()
	 * @see #getLayerNorm()
	 * @generated
	 */
	EAttribute getLayerNorm_NormalizedDims();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.normalization.LayerNorm#isAffine <em>Affine</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Affine</em>'.
	 * @see dev.dendrite.model.network.normalization.LayerNorm#isAffine()
	 * @see #getLayerNorm()
	 * @generated
	 */
	EAttribute getLayerNorm_Affine();

	/**
	 * Returns the meta object for class '{@link dev.dendrite.model.network.normalization.RMSNorm <em>RMS Norm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>RMS Norm</em>'.
	 * @see dev.dendrite.model.network.normalization.RMSNorm
	 * @generated
	 */
	EClass getRMSNorm();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.normalization.RMSNorm#getEpsilon <em>Epsilon</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Epsilon</em>'.
	 * @see dev.dendrite.model.network.normalization.RMSNorm#getEpsilon()
	 * @see #getRMSNorm()
	 * @generated
	 */
	EAttribute getRMSNorm_Epsilon();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.normalization.RMSNorm#isAffine <em>Affine</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Affine</em>'.
	 * @see dev.dendrite.model.network.normalization.RMSNorm#isAffine()
	 * @see #getRMSNorm()
	 * @generated
	 */
	EAttribute getRMSNorm_Affine();

	/**
	 * Returns the meta object for class '{@link dev.dendrite.model.network.normalization.InputNormalization <em>Input Normalization</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Input Normalization</em>'.
	 * @see dev.dendrite.model.network.normalization.InputNormalization
	 * @generated
	 */
	EClass getInputNormalization();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.normalization.InputNormalization#getMode <em>Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mode</em>'.
	 * @see dev.dendrite.model.network.normalization.InputNormalization#getMode()
	 * @see #getInputNormalization()
	 * @generated
	 */
	EAttribute getInputNormalization_Mode();

	/**
	 * Returns the meta object for class '{@link dev.dendrite.model.network.normalization.LocalResponseNorm <em>Local Response Norm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Local Response Norm</em>'.
	 * @see dev.dendrite.model.network.normalization.LocalResponseNorm
	 * @generated
	 */
	EClass getLocalResponseNorm();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.normalization.LocalResponseNorm#getSize <em>Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Size</em>'.
	 * @see dev.dendrite.model.network.normalization.LocalResponseNorm#getSize()
	 * @see #getLocalResponseNorm()
	 * @generated
	 */
	EAttribute getLocalResponseNorm_Size();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.normalization.LocalResponseNorm#getAlpha <em>Alpha</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Alpha</em>'.
	 * @see dev.dendrite.model.network.normalization.LocalResponseNorm#getAlpha()
	 * @see #getLocalResponseNorm()
	 * @generated
	 */
	EAttribute getLocalResponseNorm_Alpha();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.normalization.LocalResponseNorm#getBeta <em>Beta</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Beta</em>'.
	 * @see dev.dendrite.model.network.normalization.LocalResponseNorm#getBeta()
	 * @see #getLocalResponseNorm()
	 * @generated
	 */
	EAttribute getLocalResponseNorm_Beta();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.normalization.LocalResponseNorm#getBias <em>Bias</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bias</em>'.
	 * @see dev.dendrite.model.network.normalization.LocalResponseNorm#getBias()
	 * @see #getLocalResponseNorm()
	 * @generated
	 */
	EAttribute getLocalResponseNorm_Bias();

	/**
	 * Returns the meta object for enum '{@link dev.dendrite.model.network.normalization.NormalizationMode <em>Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Mode</em>'.
	 * @see dev.dendrite.model.network.normalization.NormalizationMode
	 * @generated
	 */
	EEnum getNormalizationMode();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	NormalizationFactory getNormalizationFactory();

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
		 * The meta object literal for the '{@link dev.dendrite.model.network.normalization.impl.BatchNormImpl <em>Batch Norm</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.dendrite.model.network.normalization.impl.BatchNormImpl
		 * @see dev.dendrite.model.network.normalization.impl.NormalizationPackageImpl#getBatchNorm()
		 * @generated
		 */
		EClass BATCH_NORM = eINSTANCE.getBatchNorm();

		/**
		 * The meta object literal for the '<em><b>Momentum</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BATCH_NORM__MOMENTUM = eINSTANCE.getBatchNorm_Momentum();

		/**
		 * The meta object literal for the '<em><b>Epsilon</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BATCH_NORM__EPSILON = eINSTANCE.getBatchNorm_Epsilon();

		/**
		 * The meta object literal for the '{@link dev.dendrite.model.network.normalization.impl.LayerNormImpl <em>Layer Norm</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.dendrite.model.network.normalization.impl.LayerNormImpl
		 * @see dev.dendrite.model.network.normalization.impl.NormalizationPackageImpl#getLayerNorm()
		 * @generated
		 */
		EClass LAYER_NORM = eINSTANCE.getLayerNorm();

		/**
		 * The meta object literal for the '<em><b>Epsilon</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAYER_NORM__EPSILON = eINSTANCE.getLayerNorm_Epsilon();

		/**
		 * The meta object literal for the '<em><b>Normalized Dims</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAYER_NORM__NORMALIZED_DIMS = eINSTANCE.getLayerNorm_NormalizedDims();

		/**
		 * The meta object literal for the '<em><b>Affine</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAYER_NORM__AFFINE = eINSTANCE.getLayerNorm_Affine();

		/**
		 * The meta object literal for the '{@link dev.dendrite.model.network.normalization.impl.RMSNormImpl <em>RMS Norm</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.dendrite.model.network.normalization.impl.RMSNormImpl
		 * @see dev.dendrite.model.network.normalization.impl.NormalizationPackageImpl#getRMSNorm()
		 * @generated
		 */
		EClass RMS_NORM = eINSTANCE.getRMSNorm();

		/**
		 * The meta object literal for the '<em><b>Epsilon</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RMS_NORM__EPSILON = eINSTANCE.getRMSNorm_Epsilon();

		/**
		 * The meta object literal for the '<em><b>Affine</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RMS_NORM__AFFINE = eINSTANCE.getRMSNorm_Affine();

		/**
		 * The meta object literal for the '{@link dev.dendrite.model.network.normalization.impl.InputNormalizationImpl <em>Input Normalization</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.dendrite.model.network.normalization.impl.InputNormalizationImpl
		 * @see dev.dendrite.model.network.normalization.impl.NormalizationPackageImpl#getInputNormalization()
		 * @generated
		 */
		EClass INPUT_NORMALIZATION = eINSTANCE.getInputNormalization();

		/**
		 * The meta object literal for the '<em><b>Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INPUT_NORMALIZATION__MODE = eINSTANCE.getInputNormalization_Mode();

		/**
		 * The meta object literal for the '{@link dev.dendrite.model.network.normalization.impl.LocalResponseNormImpl <em>Local Response Norm</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.dendrite.model.network.normalization.impl.LocalResponseNormImpl
		 * @see dev.dendrite.model.network.normalization.impl.NormalizationPackageImpl#getLocalResponseNorm()
		 * @generated
		 */
		EClass LOCAL_RESPONSE_NORM = eINSTANCE.getLocalResponseNorm();

		/**
		 * The meta object literal for the '<em><b>Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCAL_RESPONSE_NORM__SIZE = eINSTANCE.getLocalResponseNorm_Size();

		/**
		 * The meta object literal for the '<em><b>Alpha</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCAL_RESPONSE_NORM__ALPHA = eINSTANCE.getLocalResponseNorm_Alpha();

		/**
		 * The meta object literal for the '<em><b>Beta</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCAL_RESPONSE_NORM__BETA = eINSTANCE.getLocalResponseNorm_Beta();

		/**
		 * The meta object literal for the '<em><b>Bias</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCAL_RESPONSE_NORM__BIAS = eINSTANCE.getLocalResponseNorm_Bias();

		/**
		 * The meta object literal for the '{@link dev.dendrite.model.network.normalization.NormalizationMode <em>Mode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.dendrite.model.network.normalization.NormalizationMode
		 * @see dev.dendrite.model.network.normalization.impl.NormalizationPackageImpl#getNormalizationMode()
		 * @generated
		 */
		EEnum NORMALIZATION_MODE = eINSTANCE.getNormalizationMode();

	}

} //NormalizationPackage
