/**
 */
package dev.dendrite.model.network;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Training Settings</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Defaults that let a network train as it is.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.dendrite.model.network.TrainingSettings#getDataset <em>Dataset</em>}</li>
 *   <li>{@link dev.dendrite.model.network.TrainingSettings#getEpochs <em>Epochs</em>}</li>
 *   <li>{@link dev.dendrite.model.network.TrainingSettings#getBatchSize <em>Batch Size</em>}</li>
 *   <li>{@link dev.dendrite.model.network.TrainingSettings#getOptimizer <em>Optimizer</em>}</li>
 *   <li>{@link dev.dendrite.model.network.TrainingSettings#getLearningRate <em>Learning Rate</em>}</li>
 *   <li>{@link dev.dendrite.model.network.TrainingSettings#getMomentum <em>Momentum</em>}</li>
 *   <li>{@link dev.dendrite.model.network.TrainingSettings#getWeightDecay <em>Weight Decay</em>}</li>
 *   <li>{@link dev.dendrite.model.network.TrainingSettings#getSeed <em>Seed</em>}</li>
 *   <li>{@link dev.dendrite.model.network.TrainingSettings#getValidationFraction <em>Validation Fraction</em>}</li>
 *   <li>{@link dev.dendrite.model.network.TrainingSettings#getEarlyStoppingPatience <em>Early Stopping Patience</em>}</li>
 *   <li>{@link dev.dendrite.model.network.TrainingSettings#getGradientClipNorm <em>Gradient Clip Norm</em>}</li>
 *   <li>{@link dev.dendrite.model.network.TrainingSettings#getAdamBeta1 <em>Adam Beta1</em>}</li>
 *   <li>{@link dev.dendrite.model.network.TrainingSettings#getAdamBeta2 <em>Adam Beta2</em>}</li>
 *   <li>{@link dev.dendrite.model.network.TrainingSettings#getDiscriminatorLearningRate <em>Discriminator Learning Rate</em>}</li>
 *   <li>{@link dev.dendrite.model.network.TrainingSettings#getDiscriminatorSteps <em>Discriminator Steps</em>}</li>
 *   <li>{@link dev.dendrite.model.network.TrainingSettings#getPretrainingEpochs <em>Pretraining Epochs</em>}</li>
 * </ul>
 *
 * @see dev.dendrite.model.network.NetworkPackage#getTrainingSettings()
 * @model
 * @generated
 */
public interface TrainingSettings extends EObject {
	/**
	 * Returns the value of the '<em><b>Dataset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dataset</em>' attribute.
	 * @see #setDataset(String)
	 * @see dev.dendrite.model.network.NetworkPackage#getTrainingSettings_Dataset()
	 * @model
	 * @generated
	 */
	String getDataset();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.TrainingSettings#getDataset <em>Dataset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dataset</em>' attribute.
	 * @see #getDataset()
	 * @generated
	 */
	void setDataset(String value);

	/**
	 * Returns the value of the '<em><b>Epochs</b></em>' attribute.
	 * The default value is <code>"10"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Epochs</em>' attribute.
	 * @see #setEpochs(int)
	 * @see dev.dendrite.model.network.NetworkPackage#getTrainingSettings_Epochs()
	 * @model default="10"
	 * @generated
	 */
	int getEpochs();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.TrainingSettings#getEpochs <em>Epochs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Epochs</em>' attribute.
	 * @see #getEpochs()
	 * @generated
	 */
	void setEpochs(int value);

	/**
	 * Returns the value of the '<em><b>Batch Size</b></em>' attribute.
	 * The default value is <code>"64"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Batch Size</em>' attribute.
	 * @see #setBatchSize(int)
	 * @see dev.dendrite.model.network.NetworkPackage#getTrainingSettings_BatchSize()
	 * @model default="64"
	 * @generated
	 */
	int getBatchSize();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.TrainingSettings#getBatchSize <em>Batch Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Batch Size</em>' attribute.
	 * @see #getBatchSize()
	 * @generated
	 */
	void setBatchSize(int value);

	/**
	 * Returns the value of the '<em><b>Optimizer</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.dendrite.model.network.OptimizerKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Optimizer</em>' attribute.
	 * @see dev.dendrite.model.network.OptimizerKind
	 * @see #setOptimizer(OptimizerKind)
	 * @see dev.dendrite.model.network.NetworkPackage#getTrainingSettings_Optimizer()
	 * @model
	 * @generated
	 */
	OptimizerKind getOptimizer();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.TrainingSettings#getOptimizer <em>Optimizer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Optimizer</em>' attribute.
	 * @see dev.dendrite.model.network.OptimizerKind
	 * @see #getOptimizer()
	 * @generated
	 */
	void setOptimizer(OptimizerKind value);

	/**
	 * Returns the value of the '<em><b>Learning Rate</b></em>' attribute.
	 * The default value is <code>"0.001"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Learning Rate</em>' attribute.
	 * @see #setLearningRate(double)
	 * @see dev.dendrite.model.network.NetworkPackage#getTrainingSettings_LearningRate()
	 * @model default="0.001"
	 * @generated
	 */
	double getLearningRate();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.TrainingSettings#getLearningRate <em>Learning Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Learning Rate</em>' attribute.
	 * @see #getLearningRate()
	 * @generated
	 */
	void setLearningRate(double value);

	/**
	 * Returns the value of the '<em><b>Momentum</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Momentum</em>' attribute.
	 * @see #setMomentum(double)
	 * @see dev.dendrite.model.network.NetworkPackage#getTrainingSettings_Momentum()
	 * @model default="0.0"
	 * @generated
	 */
	double getMomentum();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.TrainingSettings#getMomentum <em>Momentum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Momentum</em>' attribute.
	 * @see #getMomentum()
	 * @generated
	 */
	void setMomentum(double value);

	/**
	 * Returns the value of the '<em><b>Weight Decay</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Weight Decay</em>' attribute.
	 * @see #setWeightDecay(double)
	 * @see dev.dendrite.model.network.NetworkPackage#getTrainingSettings_WeightDecay()
	 * @model default="0.0"
	 * @generated
	 */
	double getWeightDecay();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.TrainingSettings#getWeightDecay <em>Weight Decay</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Weight Decay</em>' attribute.
	 * @see #getWeightDecay()
	 * @generated
	 */
	void setWeightDecay(double value);

	/**
	 * Returns the value of the '<em><b>Seed</b></em>' attribute.
	 * The default value is <code>"42"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Seed</em>' attribute.
	 * @see #setSeed(long)
	 * @see dev.dendrite.model.network.NetworkPackage#getTrainingSettings_Seed()
	 * @model default="42"
	 * @generated
	 */
	long getSeed();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.TrainingSettings#getSeed <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Seed</em>' attribute.
	 * @see #getSeed()
	 * @generated
	 */
	void setSeed(long value);

	/**
	 * Returns the value of the '<em><b>Validation Fraction</b></em>' attribute.
	 * The default value is <code>"0.1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Validation Fraction</em>' attribute.
	 * @see #setValidationFraction(double)
	 * @see dev.dendrite.model.network.NetworkPackage#getTrainingSettings_ValidationFraction()
	 * @model default="0.1"
	 * @generated
	 */
	double getValidationFraction();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.TrainingSettings#getValidationFraction <em>Validation Fraction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Validation Fraction</em>' attribute.
	 * @see #getValidationFraction()
	 * @generated
	 */
	void setValidationFraction(double value);

	/**
	 * Returns the value of the '<em><b>Early Stopping Patience</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Early Stopping Patience</em>' attribute.
	 * @see #setEarlyStoppingPatience(int)
	 * @see dev.dendrite.model.network.NetworkPackage#getTrainingSettings_EarlyStoppingPatience()
	 * @model default="0"
	 * @generated
	 */
	int getEarlyStoppingPatience();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.TrainingSettings#getEarlyStoppingPatience <em>Early Stopping Patience</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Early Stopping Patience</em>' attribute.
	 * @see #getEarlyStoppingPatience()
	 * @generated
	 */
	void setEarlyStoppingPatience(int value);

	/**
	 * Returns the value of the '<em><b>Gradient Clip Norm</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Gradient Clip Norm</em>' attribute.
	 * @see #setGradientClipNorm(double)
	 * @see dev.dendrite.model.network.NetworkPackage#getTrainingSettings_GradientClipNorm()
	 * @model default="0.0"
	 * @generated
	 */
	double getGradientClipNorm();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.TrainingSettings#getGradientClipNorm <em>Gradient Clip Norm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gradient Clip Norm</em>' attribute.
	 * @see #getGradientClipNorm()
	 * @generated
	 */
	void setGradientClipNorm(double value);

	/**
	 * Returns the value of the '<em><b>Adam Beta1</b></em>' attribute.
	 * The default value is <code>"0.9"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Adam's and AdamW's decay of the gradients' running mean (PyTorch's betas[0]); GANs train with 0.5 (Radford et al., 2016).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Adam Beta1</em>' attribute.
	 * @see #setAdamBeta1(double)
	 * @see dev.dendrite.model.network.NetworkPackage#getTrainingSettings_AdamBeta1()
	 * @model default="0.9"
	 * @generated
	 */
	double getAdamBeta1();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.TrainingSettings#getAdamBeta1 <em>Adam Beta1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Adam Beta1</em>' attribute.
	 * @see #getAdamBeta1()
	 * @generated
	 */
	void setAdamBeta1(double value);

	/**
	 * Returns the value of the '<em><b>Adam Beta2</b></em>' attribute.
	 * The default value is <code>"0.999"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Adam's and AdamW's decay of the squared gradients' running mean (PyTorch's betas[1]).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Adam Beta2</em>' attribute.
	 * @see #setAdamBeta2(double)
	 * @see dev.dendrite.model.network.NetworkPackage#getTrainingSettings_AdamBeta2()
	 * @model default="0.999"
	 * @generated
	 */
	double getAdamBeta2();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.TrainingSettings#getAdamBeta2 <em>Adam Beta2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Adam Beta2</em>' attribute.
	 * @see #getAdamBeta2()
	 * @generated
	 */
	void setAdamBeta2(double value);

	/**
	 * Returns the value of the '<em><b>Discriminator Learning Rate</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * GANs: the discriminator's own learning rate, the generator learning at learningRate (Heusel et al.'s two time-scale update rule, 2017); 0: the learning rate.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Discriminator Learning Rate</em>' attribute.
	 * @see #setDiscriminatorLearningRate(double)
	 * @see dev.dendrite.model.network.NetworkPackage#getTrainingSettings_DiscriminatorLearningRate()
	 * @model default="0.0"
	 * @generated
	 */
	double getDiscriminatorLearningRate();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.TrainingSettings#getDiscriminatorLearningRate <em>Discriminator Learning Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Discriminator Learning Rate</em>' attribute.
	 * @see #getDiscriminatorLearningRate()
	 * @generated
	 */
	void setDiscriminatorLearningRate(double value);

	/**
	 * Returns the value of the '<em><b>Discriminator Steps</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * GANs: the discriminator's steps per generator step (n_critic; 5 in Gulrajani et al.'s WGAN-GP): the discriminator updates at every step, the generator at the first and every that many after; 1 updates both at every step.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Discriminator Steps</em>' attribute.
	 * @see #setDiscriminatorSteps(int)
	 * @see dev.dendrite.model.network.NetworkPackage#getTrainingSettings_DiscriminatorSteps()
	 * @model default="1"
	 * @generated
	 */
	int getDiscriminatorSteps();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.TrainingSettings#getDiscriminatorSteps <em>Discriminator Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Discriminator Steps</em>' attribute.
	 * @see #getDiscriminatorSteps()
	 * @generated
	 */
	void setDiscriminatorSteps(int value);

	/**
	 * Returns the value of the '<em><b>Pretraining Epochs</b></em>' attribute.
	 * The default value is <code>"5"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Contrastive-divergence epochs per RBM of a deep belief net's stack before fine-tuning; 0 fine-tunes from random weights.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pretraining Epochs</em>' attribute.
	 * @see #setPretrainingEpochs(int)
	 * @see dev.dendrite.model.network.NetworkPackage#getTrainingSettings_PretrainingEpochs()
	 * @model default="5"
	 * @generated
	 */
	int getPretrainingEpochs();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.TrainingSettings#getPretrainingEpochs <em>Pretraining Epochs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pretraining Epochs</em>' attribute.
	 * @see #getPretrainingEpochs()
	 * @generated
	 */
	void setPretrainingEpochs(int value);

} // TrainingSettings
