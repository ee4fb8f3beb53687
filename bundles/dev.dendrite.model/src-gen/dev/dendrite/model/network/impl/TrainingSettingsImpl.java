/**
 */
package dev.dendrite.model.network.impl;

import dev.dendrite.model.network.NetworkPackage;
import dev.dendrite.model.network.OptimizerKind;
import dev.dendrite.model.network.TrainingSettings;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Training Settings</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.dendrite.model.network.impl.TrainingSettingsImpl#getDataset <em>Dataset</em>}</li>
 *   <li>{@link dev.dendrite.model.network.impl.TrainingSettingsImpl#getEpochs <em>Epochs</em>}</li>
 *   <li>{@link dev.dendrite.model.network.impl.TrainingSettingsImpl#getBatchSize <em>Batch Size</em>}</li>
 *   <li>{@link dev.dendrite.model.network.impl.TrainingSettingsImpl#getOptimizer <em>Optimizer</em>}</li>
 *   <li>{@link dev.dendrite.model.network.impl.TrainingSettingsImpl#getLearningRate <em>Learning Rate</em>}</li>
 *   <li>{@link dev.dendrite.model.network.impl.TrainingSettingsImpl#getMomentum <em>Momentum</em>}</li>
 *   <li>{@link dev.dendrite.model.network.impl.TrainingSettingsImpl#getWeightDecay <em>Weight Decay</em>}</li>
 *   <li>{@link dev.dendrite.model.network.impl.TrainingSettingsImpl#getSeed <em>Seed</em>}</li>
 *   <li>{@link dev.dendrite.model.network.impl.TrainingSettingsImpl#getValidationFraction <em>Validation Fraction</em>}</li>
 *   <li>{@link dev.dendrite.model.network.impl.TrainingSettingsImpl#getEarlyStoppingPatience <em>Early Stopping Patience</em>}</li>
 *   <li>{@link dev.dendrite.model.network.impl.TrainingSettingsImpl#getGradientClipNorm <em>Gradient Clip Norm</em>}</li>
 *   <li>{@link dev.dendrite.model.network.impl.TrainingSettingsImpl#getAdamBeta1 <em>Adam Beta1</em>}</li>
 *   <li>{@link dev.dendrite.model.network.impl.TrainingSettingsImpl#getAdamBeta2 <em>Adam Beta2</em>}</li>
 *   <li>{@link dev.dendrite.model.network.impl.TrainingSettingsImpl#getDiscriminatorLearningRate <em>Discriminator Learning Rate</em>}</li>
 *   <li>{@link dev.dendrite.model.network.impl.TrainingSettingsImpl#getDiscriminatorSteps <em>Discriminator Steps</em>}</li>
 *   <li>{@link dev.dendrite.model.network.impl.TrainingSettingsImpl#getPretrainingEpochs <em>Pretraining Epochs</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TrainingSettingsImpl extends EObjectImpl implements TrainingSettings {
	/**
	 * The default value of the '{@link #getDataset() <em>Dataset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataset()
	 * @generated
	 * @ordered
	 */
	protected static final String DATASET_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDataset() <em>Dataset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataset()
	 * @generated
	 * @ordered
	 */
	protected String dataset = DATASET_EDEFAULT;

	/**
	 * The default value of the '{@link #getEpochs() <em>Epochs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEpochs()
	 * @generated
	 * @ordered
	 */
	protected static final int EPOCHS_EDEFAULT = 10;

	/**
	 * The cached value of the '{@link #getEpochs() <em>Epochs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEpochs()
	 * @generated
	 * @ordered
	 */
	protected int epochs = EPOCHS_EDEFAULT;

	/**
	 * The default value of the '{@link #getBatchSize() <em>Batch Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBatchSize()
	 * @generated
	 * @ordered
	 */
	protected static final int BATCH_SIZE_EDEFAULT = 64;

	/**
	 * The cached value of the '{@link #getBatchSize() <em>Batch Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBatchSize()
	 * @generated
	 * @ordered
	 */
	protected int batchSize = BATCH_SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getOptimizer() <em>Optimizer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOptimizer()
	 * @generated
	 * @ordered
	 */
	protected static final OptimizerKind OPTIMIZER_EDEFAULT = OptimizerKind.SGD;

	/**
	 * The cached value of the '{@link #getOptimizer() <em>Optimizer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOptimizer()
	 * @generated
	 * @ordered
	 */
	protected OptimizerKind optimizer = OPTIMIZER_EDEFAULT;

	/**
	 * The default value of the '{@link #getLearningRate() <em>Learning Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLearningRate()
	 * @generated
	 * @ordered
	 */
	protected static final double LEARNING_RATE_EDEFAULT = 0.001;

	/**
	 * The cached value of the '{@link #getLearningRate() <em>Learning Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLearningRate()
	 * @generated
	 * @ordered
	 */
	protected double learningRate = LEARNING_RATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMomentum() <em>Momentum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMomentum()
	 * @generated
	 * @ordered
	 */
	protected static final double MOMENTUM_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getMomentum() <em>Momentum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMomentum()
	 * @generated
	 * @ordered
	 */
	protected double momentum = MOMENTUM_EDEFAULT;

	/**
	 * The default value of the '{@link #getWeightDecay() <em>Weight Decay</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeightDecay()
	 * @generated
	 * @ordered
	 */
	protected static final double WEIGHT_DECAY_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getWeightDecay() <em>Weight Decay</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeightDecay()
	 * @generated
	 * @ordered
	 */
	protected double weightDecay = WEIGHT_DECAY_EDEFAULT;

	/**
	 * The default value of the '{@link #getSeed() <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeed()
	 * @generated
	 * @ordered
	 */
	protected static final long SEED_EDEFAULT = 42L;

	/**
	 * The cached value of the '{@link #getSeed() <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeed()
	 * @generated
	 * @ordered
	 */
	protected long seed = SEED_EDEFAULT;

	/**
	 * The default value of the '{@link #getValidationFraction() <em>Validation Fraction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidationFraction()
	 * @generated
	 * @ordered
	 */
	protected static final double VALIDATION_FRACTION_EDEFAULT = 0.1;

	/**
	 * The cached value of the '{@link #getValidationFraction() <em>Validation Fraction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidationFraction()
	 * @generated
	 * @ordered
	 */
	protected double validationFraction = VALIDATION_FRACTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getEarlyStoppingPatience() <em>Early Stopping Patience</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEarlyStoppingPatience()
	 * @generated
	 * @ordered
	 */
	protected static final int EARLY_STOPPING_PATIENCE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getEarlyStoppingPatience() <em>Early Stopping Patience</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEarlyStoppingPatience()
	 * @generated
	 * @ordered
	 */
	protected int earlyStoppingPatience = EARLY_STOPPING_PATIENCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getGradientClipNorm() <em>Gradient Clip Norm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGradientClipNorm()
	 * @generated
	 * @ordered
	 */
	protected static final double GRADIENT_CLIP_NORM_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getGradientClipNorm() <em>Gradient Clip Norm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGradientClipNorm()
	 * @generated
	 * @ordered
	 */
	protected double gradientClipNorm = GRADIENT_CLIP_NORM_EDEFAULT;

	/**
	 * The default value of the '{@link #getAdamBeta1() <em>Adam Beta1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdamBeta1()
	 * @generated
	 * @ordered
	 */
	protected static final double ADAM_BETA1_EDEFAULT = 0.9;

	/**
	 * The cached value of the '{@link #getAdamBeta1() <em>Adam Beta1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdamBeta1()
	 * @generated
	 * @ordered
	 */
	protected double adamBeta1 = ADAM_BETA1_EDEFAULT;

	/**
	 * The default value of the '{@link #getAdamBeta2() <em>Adam Beta2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdamBeta2()
	 * @generated
	 * @ordered
	 */
	protected static final double ADAM_BETA2_EDEFAULT = 0.999;

	/**
	 * The cached value of the '{@link #getAdamBeta2() <em>Adam Beta2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdamBeta2()
	 * @generated
	 * @ordered
	 */
	protected double adamBeta2 = ADAM_BETA2_EDEFAULT;

	/**
	 * The default value of the '{@link #getDiscriminatorLearningRate() <em>Discriminator Learning Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiscriminatorLearningRate()
	 * @generated
	 * @ordered
	 */
	protected static final double DISCRIMINATOR_LEARNING_RATE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getDiscriminatorLearningRate() <em>Discriminator Learning Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiscriminatorLearningRate()
	 * @generated
	 * @ordered
	 */
	protected double discriminatorLearningRate = DISCRIMINATOR_LEARNING_RATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDiscriminatorSteps() <em>Discriminator Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiscriminatorSteps()
	 * @generated
	 * @ordered
	 */
	protected static final int DISCRIMINATOR_STEPS_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getDiscriminatorSteps() <em>Discriminator Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiscriminatorSteps()
	 * @generated
	 * @ordered
	 */
	protected int discriminatorSteps = DISCRIMINATOR_STEPS_EDEFAULT;

	/**
	 * The default value of the '{@link #getPretrainingEpochs() <em>Pretraining Epochs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPretrainingEpochs()
	 * @generated
	 * @ordered
	 */
	protected static final int PRETRAINING_EPOCHS_EDEFAULT = 5;

	/**
	 * The cached value of the '{@link #getPretrainingEpochs() <em>Pretraining Epochs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPretrainingEpochs()
	 * @generated
	 * @ordered
	 */
	protected int pretrainingEpochs = PRETRAINING_EPOCHS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TrainingSettingsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NetworkPackage.Literals.TRAINING_SETTINGS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDataset() {
		return dataset;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDataset(String newDataset) {
		String oldDataset = dataset;
		dataset = newDataset;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetworkPackage.TRAINING_SETTINGS__DATASET, oldDataset, dataset));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getEpochs() {
		return epochs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEpochs(int newEpochs) {
		int oldEpochs = epochs;
		epochs = newEpochs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetworkPackage.TRAINING_SETTINGS__EPOCHS, oldEpochs, epochs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getBatchSize() {
		return batchSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBatchSize(int newBatchSize) {
		int oldBatchSize = batchSize;
		batchSize = newBatchSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetworkPackage.TRAINING_SETTINGS__BATCH_SIZE, oldBatchSize, batchSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OptimizerKind getOptimizer() {
		return optimizer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOptimizer(OptimizerKind newOptimizer) {
		OptimizerKind oldOptimizer = optimizer;
		optimizer = newOptimizer == null ? OPTIMIZER_EDEFAULT : newOptimizer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetworkPackage.TRAINING_SETTINGS__OPTIMIZER, oldOptimizer, optimizer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getLearningRate() {
		return learningRate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLearningRate(double newLearningRate) {
		double oldLearningRate = learningRate;
		learningRate = newLearningRate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetworkPackage.TRAINING_SETTINGS__LEARNING_RATE, oldLearningRate, learningRate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getMomentum() {
		return momentum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMomentum(double newMomentum) {
		double oldMomentum = momentum;
		momentum = newMomentum;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetworkPackage.TRAINING_SETTINGS__MOMENTUM, oldMomentum, momentum));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getWeightDecay() {
		return weightDecay;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWeightDecay(double newWeightDecay) {
		double oldWeightDecay = weightDecay;
		weightDecay = newWeightDecay;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetworkPackage.TRAINING_SETTINGS__WEIGHT_DECAY, oldWeightDecay, weightDecay));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getSeed() {
		return seed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeed(long newSeed) {
		long oldSeed = seed;
		seed = newSeed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetworkPackage.TRAINING_SETTINGS__SEED, oldSeed, seed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getValidationFraction() {
		return validationFraction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValidationFraction(double newValidationFraction) {
		double oldValidationFraction = validationFraction;
		validationFraction = newValidationFraction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetworkPackage.TRAINING_SETTINGS__VALIDATION_FRACTION, oldValidationFraction, validationFraction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getEarlyStoppingPatience() {
		return earlyStoppingPatience;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEarlyStoppingPatience(int newEarlyStoppingPatience) {
		int oldEarlyStoppingPatience = earlyStoppingPatience;
		earlyStoppingPatience = newEarlyStoppingPatience;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetworkPackage.TRAINING_SETTINGS__EARLY_STOPPING_PATIENCE, oldEarlyStoppingPatience, earlyStoppingPatience));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getGradientClipNorm() {
		return gradientClipNorm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGradientClipNorm(double newGradientClipNorm) {
		double oldGradientClipNorm = gradientClipNorm;
		gradientClipNorm = newGradientClipNorm;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetworkPackage.TRAINING_SETTINGS__GRADIENT_CLIP_NORM, oldGradientClipNorm, gradientClipNorm));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getAdamBeta1() {
		return adamBeta1;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAdamBeta1(double newAdamBeta1) {
		double oldAdamBeta1 = adamBeta1;
		adamBeta1 = newAdamBeta1;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetworkPackage.TRAINING_SETTINGS__ADAM_BETA1, oldAdamBeta1, adamBeta1));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getAdamBeta2() {
		return adamBeta2;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAdamBeta2(double newAdamBeta2) {
		double oldAdamBeta2 = adamBeta2;
		adamBeta2 = newAdamBeta2;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetworkPackage.TRAINING_SETTINGS__ADAM_BETA2, oldAdamBeta2, adamBeta2));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getDiscriminatorLearningRate() {
		return discriminatorLearningRate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDiscriminatorLearningRate(double newDiscriminatorLearningRate) {
		double oldDiscriminatorLearningRate = discriminatorLearningRate;
		discriminatorLearningRate = newDiscriminatorLearningRate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetworkPackage.TRAINING_SETTINGS__DISCRIMINATOR_LEARNING_RATE, oldDiscriminatorLearningRate, discriminatorLearningRate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDiscriminatorSteps() {
		return discriminatorSteps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDiscriminatorSteps(int newDiscriminatorSteps) {
		int oldDiscriminatorSteps = discriminatorSteps;
		discriminatorSteps = newDiscriminatorSteps;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetworkPackage.TRAINING_SETTINGS__DISCRIMINATOR_STEPS, oldDiscriminatorSteps, discriminatorSteps));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPretrainingEpochs() {
		return pretrainingEpochs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPretrainingEpochs(int newPretrainingEpochs) {
		int oldPretrainingEpochs = pretrainingEpochs;
		pretrainingEpochs = newPretrainingEpochs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetworkPackage.TRAINING_SETTINGS__PRETRAINING_EPOCHS, oldPretrainingEpochs, pretrainingEpochs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case NetworkPackage.TRAINING_SETTINGS__DATASET:
				return getDataset();
			case NetworkPackage.TRAINING_SETTINGS__EPOCHS:
				return getEpochs();
			case NetworkPackage.TRAINING_SETTINGS__BATCH_SIZE:
				return getBatchSize();
			case NetworkPackage.TRAINING_SETTINGS__OPTIMIZER:
				return getOptimizer();
			case NetworkPackage.TRAINING_SETTINGS__LEARNING_RATE:
				return getLearningRate();
			case NetworkPackage.TRAINING_SETTINGS__MOMENTUM:
				return getMomentum();
			case NetworkPackage.TRAINING_SETTINGS__WEIGHT_DECAY:
				return getWeightDecay();
			case NetworkPackage.TRAINING_SETTINGS__SEED:
				return getSeed();
			case NetworkPackage.TRAINING_SETTINGS__VALIDATION_FRACTION:
				return getValidationFraction();
			case NetworkPackage.TRAINING_SETTINGS__EARLY_STOPPING_PATIENCE:
				return getEarlyStoppingPatience();
			case NetworkPackage.TRAINING_SETTINGS__GRADIENT_CLIP_NORM:
				return getGradientClipNorm();
			case NetworkPackage.TRAINING_SETTINGS__ADAM_BETA1:
				return getAdamBeta1();
			case NetworkPackage.TRAINING_SETTINGS__ADAM_BETA2:
				return getAdamBeta2();
			case NetworkPackage.TRAINING_SETTINGS__DISCRIMINATOR_LEARNING_RATE:
				return getDiscriminatorLearningRate();
			case NetworkPackage.TRAINING_SETTINGS__DISCRIMINATOR_STEPS:
				return getDiscriminatorSteps();
			case NetworkPackage.TRAINING_SETTINGS__PRETRAINING_EPOCHS:
				return getPretrainingEpochs();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case NetworkPackage.TRAINING_SETTINGS__DATASET:
				setDataset((String)newValue);
				return;
			case NetworkPackage.TRAINING_SETTINGS__EPOCHS:
				setEpochs((Integer)newValue);
				return;
			case NetworkPackage.TRAINING_SETTINGS__BATCH_SIZE:
				setBatchSize((Integer)newValue);
				return;
			case NetworkPackage.TRAINING_SETTINGS__OPTIMIZER:
				setOptimizer((OptimizerKind)newValue);
				return;
			case NetworkPackage.TRAINING_SETTINGS__LEARNING_RATE:
				setLearningRate((Double)newValue);
				return;
			case NetworkPackage.TRAINING_SETTINGS__MOMENTUM:
				setMomentum((Double)newValue);
				return;
			case NetworkPackage.TRAINING_SETTINGS__WEIGHT_DECAY:
				setWeightDecay((Double)newValue);
				return;
			case NetworkPackage.TRAINING_SETTINGS__SEED:
				setSeed((Long)newValue);
				return;
			case NetworkPackage.TRAINING_SETTINGS__VALIDATION_FRACTION:
				setValidationFraction((Double)newValue);
				return;
			case NetworkPackage.TRAINING_SETTINGS__EARLY_STOPPING_PATIENCE:
				setEarlyStoppingPatience((Integer)newValue);
				return;
			case NetworkPackage.TRAINING_SETTINGS__GRADIENT_CLIP_NORM:
				setGradientClipNorm((Double)newValue);
				return;
			case NetworkPackage.TRAINING_SETTINGS__ADAM_BETA1:
				setAdamBeta1((Double)newValue);
				return;
			case NetworkPackage.TRAINING_SETTINGS__ADAM_BETA2:
				setAdamBeta2((Double)newValue);
				return;
			case NetworkPackage.TRAINING_SETTINGS__DISCRIMINATOR_LEARNING_RATE:
				setDiscriminatorLearningRate((Double)newValue);
				return;
			case NetworkPackage.TRAINING_SETTINGS__DISCRIMINATOR_STEPS:
				setDiscriminatorSteps((Integer)newValue);
				return;
			case NetworkPackage.TRAINING_SETTINGS__PRETRAINING_EPOCHS:
				setPretrainingEpochs((Integer)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case NetworkPackage.TRAINING_SETTINGS__DATASET:
				setDataset(DATASET_EDEFAULT);
				return;
			case NetworkPackage.TRAINING_SETTINGS__EPOCHS:
				setEpochs(EPOCHS_EDEFAULT);
				return;
			case NetworkPackage.TRAINING_SETTINGS__BATCH_SIZE:
				setBatchSize(BATCH_SIZE_EDEFAULT);
				return;
			case NetworkPackage.TRAINING_SETTINGS__OPTIMIZER:
				setOptimizer(OPTIMIZER_EDEFAULT);
				return;
			case NetworkPackage.TRAINING_SETTINGS__LEARNING_RATE:
				setLearningRate(LEARNING_RATE_EDEFAULT);
				return;
			case NetworkPackage.TRAINING_SETTINGS__MOMENTUM:
				setMomentum(MOMENTUM_EDEFAULT);
				return;
			case NetworkPackage.TRAINING_SETTINGS__WEIGHT_DECAY:
				setWeightDecay(WEIGHT_DECAY_EDEFAULT);
				return;
			case NetworkPackage.TRAINING_SETTINGS__SEED:
				setSeed(SEED_EDEFAULT);
				return;
			case NetworkPackage.TRAINING_SETTINGS__VALIDATION_FRACTION:
				setValidationFraction(VALIDATION_FRACTION_EDEFAULT);
				return;
			case NetworkPackage.TRAINING_SETTINGS__EARLY_STOPPING_PATIENCE:
				setEarlyStoppingPatience(EARLY_STOPPING_PATIENCE_EDEFAULT);
				return;
			case NetworkPackage.TRAINING_SETTINGS__GRADIENT_CLIP_NORM:
				setGradientClipNorm(GRADIENT_CLIP_NORM_EDEFAULT);
				return;
			case NetworkPackage.TRAINING_SETTINGS__ADAM_BETA1:
				setAdamBeta1(ADAM_BETA1_EDEFAULT);
				return;
			case NetworkPackage.TRAINING_SETTINGS__ADAM_BETA2:
				setAdamBeta2(ADAM_BETA2_EDEFAULT);
				return;
			case NetworkPackage.TRAINING_SETTINGS__DISCRIMINATOR_LEARNING_RATE:
				setDiscriminatorLearningRate(DISCRIMINATOR_LEARNING_RATE_EDEFAULT);
				return;
			case NetworkPackage.TRAINING_SETTINGS__DISCRIMINATOR_STEPS:
				setDiscriminatorSteps(DISCRIMINATOR_STEPS_EDEFAULT);
				return;
			case NetworkPackage.TRAINING_SETTINGS__PRETRAINING_EPOCHS:
				setPretrainingEpochs(PRETRAINING_EPOCHS_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case NetworkPackage.TRAINING_SETTINGS__DATASET:
				return DATASET_EDEFAULT == null ? dataset != null : !DATASET_EDEFAULT.equals(dataset);
			case NetworkPackage.TRAINING_SETTINGS__EPOCHS:
				return epochs != EPOCHS_EDEFAULT;
			case NetworkPackage.TRAINING_SETTINGS__BATCH_SIZE:
				return batchSize != BATCH_SIZE_EDEFAULT;
			case NetworkPackage.TRAINING_SETTINGS__OPTIMIZER:
				return optimizer != OPTIMIZER_EDEFAULT;
			case NetworkPackage.TRAINING_SETTINGS__LEARNING_RATE:
				return learningRate != LEARNING_RATE_EDEFAULT;
			case NetworkPackage.TRAINING_SETTINGS__MOMENTUM:
				return momentum != MOMENTUM_EDEFAULT;
			case NetworkPackage.TRAINING_SETTINGS__WEIGHT_DECAY:
				return weightDecay != WEIGHT_DECAY_EDEFAULT;
			case NetworkPackage.TRAINING_SETTINGS__SEED:
				return seed != SEED_EDEFAULT;
			case NetworkPackage.TRAINING_SETTINGS__VALIDATION_FRACTION:
				return validationFraction != VALIDATION_FRACTION_EDEFAULT;
			case NetworkPackage.TRAINING_SETTINGS__EARLY_STOPPING_PATIENCE:
				return earlyStoppingPatience != EARLY_STOPPING_PATIENCE_EDEFAULT;
			case NetworkPackage.TRAINING_SETTINGS__GRADIENT_CLIP_NORM:
				return gradientClipNorm != GRADIENT_CLIP_NORM_EDEFAULT;
			case NetworkPackage.TRAINING_SETTINGS__ADAM_BETA1:
				return adamBeta1 != ADAM_BETA1_EDEFAULT;
			case NetworkPackage.TRAINING_SETTINGS__ADAM_BETA2:
				return adamBeta2 != ADAM_BETA2_EDEFAULT;
			case NetworkPackage.TRAINING_SETTINGS__DISCRIMINATOR_LEARNING_RATE:
				return discriminatorLearningRate != DISCRIMINATOR_LEARNING_RATE_EDEFAULT;
			case NetworkPackage.TRAINING_SETTINGS__DISCRIMINATOR_STEPS:
				return discriminatorSteps != DISCRIMINATOR_STEPS_EDEFAULT;
			case NetworkPackage.TRAINING_SETTINGS__PRETRAINING_EPOCHS:
				return pretrainingEpochs != PRETRAINING_EPOCHS_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (dataset: ");
		result.append(dataset);
		result.append(", epochs: ");
		result.append(epochs);
		result.append(", batchSize: ");
		result.append(batchSize);
		result.append(", optimizer: ");
		result.append(optimizer);
		result.append(", learningRate: ");
		result.append(learningRate);
		result.append(", momentum: ");
		result.append(momentum);
		result.append(", weightDecay: ");
		result.append(weightDecay);
		result.append(", seed: ");
		result.append(seed);
		result.append(", validationFraction: ");
		result.append(validationFraction);
		result.append(", earlyStoppingPatience: ");
		result.append(earlyStoppingPatience);
		result.append(", gradientClipNorm: ");
		result.append(gradientClipNorm);
		result.append(", adamBeta1: ");
		result.append(adamBeta1);
		result.append(", adamBeta2: ");
		result.append(adamBeta2);
		result.append(", discriminatorLearningRate: ");
		result.append(discriminatorLearningRate);
		result.append(", discriminatorSteps: ");
		result.append(discriminatorSteps);
		result.append(", pretrainingEpochs: ");
		result.append(pretrainingEpochs);
		result.append(')');
		return result.toString();
	}

} //TrainingSettingsImpl
