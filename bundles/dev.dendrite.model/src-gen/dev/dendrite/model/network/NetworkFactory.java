/**
 */
package dev.dendrite.model.network;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see dev.dendrite.model.network.NetworkPackage
 * @generated
 */
public interface NetworkFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	NetworkFactory eINSTANCE = dev.dendrite.model.network.impl.NetworkFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Network</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Network</em>'.
	 * @generated
	 */
	Network createNetwork();

	/**
	 * Returns a new object of class '<em>Block</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Block</em>'.
	 * @generated
	 */
	Block createBlock();

	/**
	 * Returns a new object of class '<em>Connection</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Connection</em>'.
	 * @generated
	 */
	Connection createConnection();

	/**
	 * Returns a new object of class '<em>Regularization</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Regularization</em>'.
	 * @generated
	 */
	Regularization createRegularization();

	/**
	 * Returns a new object of class '<em>Training Settings</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Training Settings</em>'.
	 * @generated
	 */
	TrainingSettings createTrainingSettings();

	/**
	 * Returns a new object of class '<em>Input</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Input</em>'.
	 * @generated
	 */
	Input createInput();

	/**
	 * Returns a new object of class '<em>Graph Input</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Graph Input</em>'.
	 * @generated
	 */
	GraphInput createGraphInput();

	/**
	 * Returns a new object of class '<em>Dense</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Dense</em>'.
	 * @generated
	 */
	Dense createDense();

	/**
	 * Returns a new object of class '<em>Activation</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Activation</em>'.
	 * @generated
	 */
	Activation createActivation();

	/**
	 * Returns a new object of class '<em>Convolution</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Convolution</em>'.
	 * @generated
	 */
	Convolution createConvolution();

	/**
	 * Returns a new object of class '<em>Pooling</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Pooling</em>'.
	 * @generated
	 */
	Pooling createPooling();

	/**
	 * Returns a new object of class '<em>Transposed Convolution</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Transposed Convolution</em>'.
	 * @generated
	 */
	TransposedConvolution createTransposedConvolution();

	/**
	 * Returns a new object of class '<em>Upsample</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Upsample</em>'.
	 * @generated
	 */
	Upsample createUpsample();

	/**
	 * Returns a new object of class '<em>Global Pooling</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Global Pooling</em>'.
	 * @generated
	 */
	GlobalPooling createGlobalPooling();

	/**
	 * Returns a new object of class '<em>Flatten</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Flatten</em>'.
	 * @generated
	 */
	Flatten createFlatten();

	/**
	 * Returns a new object of class '<em>Reshape</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Reshape</em>'.
	 * @generated
	 */
	Reshape createReshape();

	/**
	 * Returns a new object of class '<em>Add</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Add</em>'.
	 * @generated
	 */
	Add createAdd();

	/**
	 * Returns a new object of class '<em>Multiply</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Multiply</em>'.
	 * @generated
	 */
	Multiply createMultiply();

	/**
	 * Returns a new object of class '<em>Concat</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Concat</em>'.
	 * @generated
	 */
	Concat createConcat();

	/**
	 * Returns a new object of class '<em>Batch Norm</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Batch Norm</em>'.
	 * @generated
	 */
	BatchNorm createBatchNorm();

	/**
	 * Returns a new object of class '<em>Layer Norm</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Layer Norm</em>'.
	 * @generated
	 */
	LayerNorm createLayerNorm();

	/**
	 * Returns a new object of class '<em>RMS Norm</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>RMS Norm</em>'.
	 * @generated
	 */
	RMSNorm createRMSNorm();

	/**
	 * Returns a new object of class '<em>Input Normalization</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Input Normalization</em>'.
	 * @generated
	 */
	InputNormalization createInputNormalization();

	/**
	 * Returns a new object of class '<em>Dropout</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Dropout</em>'.
	 * @generated
	 */
	Dropout createDropout();

	/**
	 * Returns a new object of class '<em>Noise</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Noise</em>'.
	 * @generated
	 */
	Noise createNoise();

	/**
	 * Returns a new object of class '<em>Gaussian Latent</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Gaussian Latent</em>'.
	 * @generated
	 */
	GaussianLatent createGaussianLatent();

	/**
	 * Returns a new object of class '<em>Embedding</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Embedding</em>'.
	 * @generated
	 */
	Embedding createEmbedding();

	/**
	 * Returns a new object of class '<em>Recurrent</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Recurrent</em>'.
	 * @generated
	 */
	Recurrent createRecurrent();

	/**
	 * Returns a new object of class '<em>Attention</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Attention</em>'.
	 * @generated
	 */
	Attention createAttention();

	/**
	 * Returns a new object of class '<em>Positional Encoding</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Positional Encoding</em>'.
	 * @generated
	 */
	PositionalEncoding createPositionalEncoding();

	/**
	 * Returns a new object of class '<em>Class Token</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Class Token</em>'.
	 * @generated
	 */
	ClassToken createClassToken();

	/**
	 * Returns a new object of class '<em>Sequence Pooling</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Sequence Pooling</em>'.
	 * @generated
	 */
	SequencePooling createSequencePooling();

	/**
	 * Returns a new object of class '<em>Message Passing</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Message Passing</em>'.
	 * @generated
	 */
	MessagePassing createMessagePassing();

	/**
	 * Returns a new object of class '<em>Graph Convolution</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Graph Convolution</em>'.
	 * @generated
	 */
	GraphConvolution createGraphConvolution();

	/**
	 * Returns a new object of class '<em>Top KPooling</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Top KPooling</em>'.
	 * @generated
	 */
	TopKPooling createTopKPooling();

	/**
	 * Returns a new object of class '<em>Graph Global Pooling</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Graph Global Pooling</em>'.
	 * @generated
	 */
	GraphGlobalPooling createGraphGlobalPooling();

	/**
	 * Returns a new object of class '<em>Local Response Norm</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Local Response Norm</em>'.
	 * @generated
	 */
	LocalResponseNorm createLocalResponseNorm();

	/**
	 * Returns a new object of class '<em>Onnx Operator</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Onnx Operator</em>'.
	 * @generated
	 */
	OnnxOperator createOnnxOperator();

	/**
	 * Returns a new object of class '<em>RBM</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>RBM</em>'.
	 * @generated
	 */
	RBM createRBM();

	/**
	 * Returns a new object of class '<em>Loss</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Loss</em>'.
	 * @generated
	 */
	Loss createLoss();

	/**
	 * Returns a new object of class '<em>Block Instance</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Block Instance</em>'.
	 * @generated
	 */
	BlockInstance createBlockInstance();

	/**
	 * Returns a new object of class '<em>Block Input</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Block Input</em>'.
	 * @generated
	 */
	BlockInput createBlockInput();

	/**
	 * Returns a new object of class '<em>Block Output</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Block Output</em>'.
	 * @generated
	 */
	BlockOutput createBlockOutput();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	NetworkPackage getNetworkPackage();

} //NetworkFactory
