/**
 */
package dev.dendrite.model.network.sequence;

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
 * Layers over sequences of steps: embeddings, recurrent cells, attention, positions, class tokens, pooling over steps.
 * <!-- end-model-doc -->
 * @see dev.dendrite.model.network.sequence.SequenceFactory
 * @model kind="package"
 * @generated
 */
public interface SequencePackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "sequence";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "urn:dev.dendrite:network:sequence:1";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "seq";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	SequencePackage eINSTANCE = dev.dendrite.model.network.sequence.impl.SequencePackageImpl.init();

	/**
	 * The meta object id for the '{@link dev.dendrite.model.network.sequence.impl.EmbeddingImpl <em>Embedding</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.dendrite.model.network.sequence.impl.EmbeddingImpl
	 * @see dev.dendrite.model.network.sequence.impl.SequencePackageImpl#getEmbedding()
	 * @generated
	 */
	int EMBEDDING = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMBEDDING__NAME = NetworkPackage.LAYER__NAME;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMBEDDING__ID = NetworkPackage.LAYER__ID;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMBEDDING__X = NetworkPackage.LAYER__X;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMBEDDING__Y = NetworkPackage.LAYER__Y;

	/**
	 * The feature id for the '<em><b>Regularization</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMBEDDING__REGULARIZATION = NetworkPackage.LAYER__REGULARIZATION;

	/**
	 * The feature id for the '<em><b>Vocabulary Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMBEDDING__VOCABULARY_SIZE = NetworkPackage.LAYER_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Embedding Dim</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMBEDDING__EMBEDDING_DIM = NetworkPackage.LAYER_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Embedding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMBEDDING_FEATURE_COUNT = NetworkPackage.LAYER_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Embedding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMBEDDING_OPERATION_COUNT = NetworkPackage.LAYER_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.dendrite.model.network.sequence.impl.RecurrentImpl <em>Recurrent</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.dendrite.model.network.sequence.impl.RecurrentImpl
	 * @see dev.dendrite.model.network.sequence.impl.SequencePackageImpl#getRecurrent()
	 * @generated
	 */
	int RECURRENT = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECURRENT__NAME = NetworkPackage.LAYER__NAME;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECURRENT__ID = NetworkPackage.LAYER__ID;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECURRENT__X = NetworkPackage.LAYER__X;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECURRENT__Y = NetworkPackage.LAYER__Y;

	/**
	 * The feature id for the '<em><b>Regularization</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECURRENT__REGULARIZATION = NetworkPackage.LAYER__REGULARIZATION;

	/**
	 * The feature id for the '<em><b>Cell</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECURRENT__CELL = NetworkPackage.LAYER_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Hidden Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECURRENT__HIDDEN_SIZE = NetworkPackage.LAYER_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Bidirectional</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECURRENT__BIDIRECTIONAL = NetworkPackage.LAYER_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Output</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECURRENT__OUTPUT = NetworkPackage.LAYER_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Generate Steps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECURRENT__GENERATE_STEPS = NetworkPackage.LAYER_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Recurrent</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECURRENT_FEATURE_COUNT = NetworkPackage.LAYER_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Recurrent</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECURRENT_OPERATION_COUNT = NetworkPackage.LAYER_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.dendrite.model.network.sequence.impl.AttentionImpl <em>Attention</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.dendrite.model.network.sequence.impl.AttentionImpl
	 * @see dev.dendrite.model.network.sequence.impl.SequencePackageImpl#getAttention()
	 * @generated
	 */
	int ATTENTION = 2;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTENTION__NAME = NetworkPackage.LAYER__NAME;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTENTION__ID = NetworkPackage.LAYER__ID;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTENTION__X = NetworkPackage.LAYER__X;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTENTION__Y = NetworkPackage.LAYER__Y;

	/**
	 * The feature id for the '<em><b>Regularization</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTENTION__REGULARIZATION = NetworkPackage.LAYER__REGULARIZATION;

	/**
	 * The feature id for the '<em><b>Heads</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTENTION__HEADS = NetworkPackage.LAYER_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Causal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTENTION__CAUSAL = NetworkPackage.LAYER_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Attention</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTENTION_FEATURE_COUNT = NetworkPackage.LAYER_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Attention</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTENTION_OPERATION_COUNT = NetworkPackage.LAYER_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.dendrite.model.network.sequence.impl.PositionalEncodingImpl <em>Positional Encoding</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.dendrite.model.network.sequence.impl.PositionalEncodingImpl
	 * @see dev.dendrite.model.network.sequence.impl.SequencePackageImpl#getPositionalEncoding()
	 * @generated
	 */
	int POSITIONAL_ENCODING = 3;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POSITIONAL_ENCODING__NAME = NetworkPackage.LAYER__NAME;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POSITIONAL_ENCODING__ID = NetworkPackage.LAYER__ID;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POSITIONAL_ENCODING__X = NetworkPackage.LAYER__X;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POSITIONAL_ENCODING__Y = NetworkPackage.LAYER__Y;

	/**
	 * The feature id for the '<em><b>Regularization</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POSITIONAL_ENCODING__REGULARIZATION = NetworkPackage.LAYER__REGULARIZATION;

	/**
	 * The feature id for the '<em><b>Max Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POSITIONAL_ENCODING__MAX_LENGTH = NetworkPackage.LAYER_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Learned</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POSITIONAL_ENCODING__LEARNED = NetworkPackage.LAYER_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Positional Encoding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POSITIONAL_ENCODING_FEATURE_COUNT = NetworkPackage.LAYER_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Positional Encoding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POSITIONAL_ENCODING_OPERATION_COUNT = NetworkPackage.LAYER_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.dendrite.model.network.sequence.impl.ClassTokenImpl <em>Class Token</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.dendrite.model.network.sequence.impl.ClassTokenImpl
	 * @see dev.dendrite.model.network.sequence.impl.SequencePackageImpl#getClassToken()
	 * @generated
	 */
	int CLASS_TOKEN = 4;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLASS_TOKEN__NAME = NetworkPackage.LAYER__NAME;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLASS_TOKEN__ID = NetworkPackage.LAYER__ID;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLASS_TOKEN__X = NetworkPackage.LAYER__X;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLASS_TOKEN__Y = NetworkPackage.LAYER__Y;

	/**
	 * The feature id for the '<em><b>Regularization</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLASS_TOKEN__REGULARIZATION = NetworkPackage.LAYER__REGULARIZATION;

	/**
	 * The feature id for the '<em><b>Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLASS_TOKEN__COUNT = NetworkPackage.LAYER_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Class Token</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLASS_TOKEN_FEATURE_COUNT = NetworkPackage.LAYER_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Class Token</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLASS_TOKEN_OPERATION_COUNT = NetworkPackage.LAYER_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.dendrite.model.network.sequence.impl.SequencePoolingImpl <em>Pooling</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.dendrite.model.network.sequence.impl.SequencePoolingImpl
	 * @see dev.dendrite.model.network.sequence.impl.SequencePackageImpl#getSequencePooling()
	 * @generated
	 */
	int SEQUENCE_POOLING = 5;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEQUENCE_POOLING__NAME = NetworkPackage.LAYER__NAME;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEQUENCE_POOLING__ID = NetworkPackage.LAYER__ID;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEQUENCE_POOLING__X = NetworkPackage.LAYER__X;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEQUENCE_POOLING__Y = NetworkPackage.LAYER__Y;

	/**
	 * The feature id for the '<em><b>Regularization</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEQUENCE_POOLING__REGULARIZATION = NetworkPackage.LAYER__REGULARIZATION;

	/**
	 * The feature id for the '<em><b>Pool Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEQUENCE_POOLING__POOL_TYPE = NetworkPackage.LAYER_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Pooling</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEQUENCE_POOLING_FEATURE_COUNT = NetworkPackage.LAYER_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Pooling</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEQUENCE_POOLING_OPERATION_COUNT = NetworkPackage.LAYER_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.dendrite.model.network.sequence.CellType <em>Cell Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.dendrite.model.network.sequence.CellType
	 * @see dev.dendrite.model.network.sequence.impl.SequencePackageImpl#getCellType()
	 * @generated
	 */
	int CELL_TYPE = 6;

	/**
	 * The meta object id for the '{@link dev.dendrite.model.network.sequence.SequenceOutput <em>Output</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.dendrite.model.network.sequence.SequenceOutput
	 * @see dev.dendrite.model.network.sequence.impl.SequencePackageImpl#getSequenceOutput()
	 * @generated
	 */
	int SEQUENCE_OUTPUT = 7;


	/**
	 * Returns the meta object for class '{@link dev.dendrite.model.network.sequence.Embedding <em>Embedding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Embedding</em>'.
	 * @see dev.dendrite.model.network.sequence.Embedding
	 * @generated
	 */
	EClass getEmbedding();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.sequence.Embedding#getVocabularySize <em>Vocabulary Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vocabulary Size</em>'.
	 * @see dev.dendrite.model.network.sequence.Embedding#getVocabularySize()
	 * @see #getEmbedding()
	 * @generated
	 */
	EAttribute getEmbedding_VocabularySize();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.sequence.Embedding#getEmbeddingDim <em>Embedding Dim</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Embedding Dim</em>'.
	 * @see dev.dendrite.model.network.sequence.Embedding#getEmbeddingDim()
	 * @see #getEmbedding()
	 * @generated
	 */
	EAttribute getEmbedding_EmbeddingDim();

	/**
	 * Returns the meta object for class '{@link dev.dendrite.model.network.sequence.Recurrent <em>Recurrent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Recurrent</em>'.
	 * @see dev.dendrite.model.network.sequence.Recurrent
	 * @generated
	 */
	EClass getRecurrent();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.sequence.Recurrent#getCell <em>Cell</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cell</em>'.
	 * @see dev.dendrite.model.network.sequence.Recurrent#getCell()
	 * @see #getRecurrent()
	 * @generated
	 */
	EAttribute getRecurrent_Cell();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.sequence.Recurrent#getHiddenSize <em>Hidden Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hidden Size</em>'.
	 * @see dev.dendrite.model.network.sequence.Recurrent#getHiddenSize()
	 * @see #getRecurrent()
	 * @generated
	 */
	EAttribute getRecurrent_HiddenSize();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.sequence.Recurrent#isBidirectional <em>Bidirectional</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bidirectional</em>'.
	 * @see dev.dendrite.model.network.sequence.Recurrent#isBidirectional()
	 * @see #getRecurrent()
	 * @generated
	 */
	EAttribute getRecurrent_Bidirectional();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.sequence.Recurrent#getOutput <em>Output</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Output</em>'.
	 * @see dev.dendrite.model.network.sequence.Recurrent#getOutput()
	 * @see #getRecurrent()
	 * @generated
	 */
	EAttribute getRecurrent_Output();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.sequence.Recurrent#getGenerateSteps <em>Generate Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Generate Steps</em>'.
	 * @see dev.dendrite.model.network.sequence.Recurrent#getGenerateSteps()
	 * @see #getRecurrent()
	 * @generated
	 */
	EAttribute getRecurrent_GenerateSteps();

	/**
	 * Returns the meta object for class '{@link dev.dendrite.model.network.sequence.Attention <em>Attention</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Attention</em>'.
	 * @see dev.dendrite.model.network.sequence.Attention
	 * @generated
	 */
	EClass getAttention();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.sequence.Attention#getHeads <em>Heads</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Heads</em>'.
	 * @see dev.dendrite.model.network.sequence.Attention#getHeads()
	 * @see #getAttention()
	 * @generated
	 */
	EAttribute getAttention_Heads();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.sequence.Attention#isCausal <em>Causal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Causal</em>'.
	 * @see dev.dendrite.model.network.sequence.Attention#isCausal()
	 * @see #getAttention()
	 * @generated
	 */
	EAttribute getAttention_Causal();

	/**
	 * Returns the meta object for class '{@link dev.dendrite.model.network.sequence.PositionalEncoding <em>Positional Encoding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Positional Encoding</em>'.
	 * @see dev.dendrite.model.network.sequence.PositionalEncoding
	 * @generated
	 */
	EClass getPositionalEncoding();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.sequence.PositionalEncoding#getMaxLength <em>Max Length</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Length</em>'.
	 * @see dev.dendrite.model.network.sequence.PositionalEncoding#getMaxLength()
	 * @see #getPositionalEncoding()
	 * @generated
	 */
	EAttribute getPositionalEncoding_MaxLength();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.sequence.PositionalEncoding#isLearned <em>Learned</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Learned</em>'.
	 * @see dev.dendrite.model.network.sequence.PositionalEncoding#isLearned()
	 * @see #getPositionalEncoding()
	 * @generated
	 */
	EAttribute getPositionalEncoding_Learned();

	/**
	 * Returns the meta object for class '{@link dev.dendrite.model.network.sequence.ClassToken <em>Class Token</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Class Token</em>'.
	 * @see dev.dendrite.model.network.sequence.ClassToken
	 * @generated
	 */
	EClass getClassToken();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.sequence.ClassToken#getCount <em>Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Count</em>'.
	 * @see dev.dendrite.model.network.sequence.ClassToken#getCount()
	 * @see #getClassToken()
	 * @generated
	 */
	EAttribute getClassToken_Count();

	/**
	 * Returns the meta object for class '{@link dev.dendrite.model.network.sequence.SequencePooling <em>Pooling</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Pooling</em>'.
	 * @see dev.dendrite.model.network.sequence.SequencePooling
	 * @generated
	 */
	EClass getSequencePooling();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.sequence.SequencePooling#getPoolType <em>Pool Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pool Type</em>'.
	 * @see dev.dendrite.model.network.sequence.SequencePooling#getPoolType()
	 * @see #getSequencePooling()
	 * @generated
	 */
	EAttribute getSequencePooling_PoolType();

	/**
	 * Returns the meta object for enum '{@link dev.dendrite.model.network.sequence.CellType <em>Cell Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Cell Type</em>'.
	 * @see dev.dendrite.model.network.sequence.CellType
	 * @generated
	 */
	EEnum getCellType();

	/**
	 * Returns the meta object for enum '{@link dev.dendrite.model.network.sequence.SequenceOutput <em>Output</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Output</em>'.
	 * @see dev.dendrite.model.network.sequence.SequenceOutput
	 * @generated
	 */
	EEnum getSequenceOutput();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	SequenceFactory getSequenceFactory();

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
		 * The meta object literal for the '{@link dev.dendrite.model.network.sequence.impl.EmbeddingImpl <em>Embedding</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.dendrite.model.network.sequence.impl.EmbeddingImpl
		 * @see dev.dendrite.model.network.sequence.impl.SequencePackageImpl#getEmbedding()
		 * @generated
		 */
		EClass EMBEDDING = eINSTANCE.getEmbedding();

		/**
		 * The meta object literal for the '<em><b>Vocabulary Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EMBEDDING__VOCABULARY_SIZE = eINSTANCE.getEmbedding_VocabularySize();

		/**
		 * The meta object literal for the '<em><b>Embedding Dim</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EMBEDDING__EMBEDDING_DIM = eINSTANCE.getEmbedding_EmbeddingDim();

		/**
		 * The meta object literal for the '{@link dev.dendrite.model.network.sequence.impl.RecurrentImpl <em>Recurrent</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.dendrite.model.network.sequence.impl.RecurrentImpl
		 * @see dev.dendrite.model.network.sequence.impl.SequencePackageImpl#getRecurrent()
		 * @generated
		 */
		EClass RECURRENT = eINSTANCE.getRecurrent();

		/**
		 * The meta object literal for the '<em><b>Cell</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECURRENT__CELL = eINSTANCE.getRecurrent_Cell();

		/**
		 * The meta object literal for the '<em><b>Hidden Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECURRENT__HIDDEN_SIZE = eINSTANCE.getRecurrent_HiddenSize();

		/**
		 * The meta object literal for the '<em><b>Bidirectional</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECURRENT__BIDIRECTIONAL = eINSTANCE.getRecurrent_Bidirectional();

		/**
		 * The meta object literal for the '<em><b>Output</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECURRENT__OUTPUT = eINSTANCE.getRecurrent_Output();

		/**
		 * The meta object literal for the '<em><b>Generate Steps</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECURRENT__GENERATE_STEPS = eINSTANCE.getRecurrent_GenerateSteps();

		/**
		 * The meta object literal for the '{@link dev.dendrite.model.network.sequence.impl.AttentionImpl <em>Attention</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.dendrite.model.network.sequence.impl.AttentionImpl
		 * @see dev.dendrite.model.network.sequence.impl.SequencePackageImpl#getAttention()
		 * @generated
		 */
		EClass ATTENTION = eINSTANCE.getAttention();

		/**
		 * The meta object literal for the '<em><b>Heads</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTENTION__HEADS = eINSTANCE.getAttention_Heads();

		/**
		 * The meta object literal for the '<em><b>Causal</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTENTION__CAUSAL = eINSTANCE.getAttention_Causal();

		/**
		 * The meta object literal for the '{@link dev.dendrite.model.network.sequence.impl.PositionalEncodingImpl <em>Positional Encoding</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.dendrite.model.network.sequence.impl.PositionalEncodingImpl
		 * @see dev.dendrite.model.network.sequence.impl.SequencePackageImpl#getPositionalEncoding()
		 * @generated
		 */
		EClass POSITIONAL_ENCODING = eINSTANCE.getPositionalEncoding();

		/**
		 * The meta object literal for the '<em><b>Max Length</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POSITIONAL_ENCODING__MAX_LENGTH = eINSTANCE.getPositionalEncoding_MaxLength();

		/**
		 * The meta object literal for the '<em><b>Learned</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POSITIONAL_ENCODING__LEARNED = eINSTANCE.getPositionalEncoding_Learned();

		/**
		 * The meta object literal for the '{@link dev.dendrite.model.network.sequence.impl.ClassTokenImpl <em>Class Token</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.dendrite.model.network.sequence.impl.ClassTokenImpl
		 * @see dev.dendrite.model.network.sequence.impl.SequencePackageImpl#getClassToken()
		 * @generated
		 */
		EClass CLASS_TOKEN = eINSTANCE.getClassToken();

		/**
		 * The meta object literal for the '<em><b>Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLASS_TOKEN__COUNT = eINSTANCE.getClassToken_Count();

		/**
		 * The meta object literal for the '{@link dev.dendrite.model.network.sequence.impl.SequencePoolingImpl <em>Pooling</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.dendrite.model.network.sequence.impl.SequencePoolingImpl
		 * @see dev.dendrite.model.network.sequence.impl.SequencePackageImpl#getSequencePooling()
		 * @generated
		 */
		EClass SEQUENCE_POOLING = eINSTANCE.getSequencePooling();

		/**
		 * The meta object literal for the '<em><b>Pool Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEQUENCE_POOLING__POOL_TYPE = eINSTANCE.getSequencePooling_PoolType();

		/**
		 * The meta object literal for the '{@link dev.dendrite.model.network.sequence.CellType <em>Cell Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.dendrite.model.network.sequence.CellType
		 * @see dev.dendrite.model.network.sequence.impl.SequencePackageImpl#getCellType()
		 * @generated
		 */
		EEnum CELL_TYPE = eINSTANCE.getCellType();

		/**
		 * The meta object literal for the '{@link dev.dendrite.model.network.sequence.SequenceOutput <em>Output</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.dendrite.model.network.sequence.SequenceOutput
		 * @see dev.dendrite.model.network.sequence.impl.SequencePackageImpl#getSequenceOutput()
		 * @generated
		 */
		EEnum SEQUENCE_OUTPUT = eINSTANCE.getSequenceOutput();

	}

} //SequencePackage
