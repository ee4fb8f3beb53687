/**
 */
package dev.dendrite.model.network.provider;


import dev.dendrite.model.edit.RangeCheckingItemProviderAdapter;

import dev.dendrite.model.network.NetworkPackage;
import dev.dendrite.model.network.TrainingSettings;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link dev.dendrite.model.network.TrainingSettings} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class TrainingSettingsItemProvider 
	extends RangeCheckingItemProviderAdapter
	implements
		IEditingDomainItemProvider,
		IStructuredItemContentProvider,
		ITreeItemContentProvider,
		IItemLabelProvider,
		IItemPropertySource {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TrainingSettingsItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addDatasetPropertyDescriptor(object);
			addEpochsPropertyDescriptor(object);
			addBatchSizePropertyDescriptor(object);
			addOptimizerPropertyDescriptor(object);
			addLearningRatePropertyDescriptor(object);
			addMomentumPropertyDescriptor(object);
			addWeightDecayPropertyDescriptor(object);
			addSeedPropertyDescriptor(object);
			addValidationFractionPropertyDescriptor(object);
			addEarlyStoppingPatiencePropertyDescriptor(object);
			addGradientClipNormPropertyDescriptor(object);
			addAdamBeta1PropertyDescriptor(object);
			addAdamBeta2PropertyDescriptor(object);
			addDiscriminatorLearningRatePropertyDescriptor(object);
			addDiscriminatorStepsPropertyDescriptor(object);
			addPretrainingEpochsPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Dataset feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDatasetPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_TrainingSettings_dataset_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_TrainingSettings_dataset_feature", "_UI_TrainingSettings_type"),
				 NetworkPackage.Literals.TRAINING_SETTINGS__DATASET,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_SettingsPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Epochs feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEpochsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_TrainingSettings_epochs_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_TrainingSettings_epochs_feature", "_UI_TrainingSettings_type"),
				 NetworkPackage.Literals.TRAINING_SETTINGS__EPOCHS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 getString("_UI_SettingsPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Batch Size feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addBatchSizePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_TrainingSettings_batchSize_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_TrainingSettings_batchSize_feature", "_UI_TrainingSettings_type"),
				 NetworkPackage.Literals.TRAINING_SETTINGS__BATCH_SIZE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 getString("_UI_SettingsPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Optimizer feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOptimizerPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_TrainingSettings_optimizer_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_TrainingSettings_optimizer_feature", "_UI_TrainingSettings_type"),
				 NetworkPackage.Literals.TRAINING_SETTINGS__OPTIMIZER,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_SettingsPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Learning Rate feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLearningRatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_TrainingSettings_learningRate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_TrainingSettings_learningRate_feature", "_UI_TrainingSettings_type"),
				 NetworkPackage.Literals.TRAINING_SETTINGS__LEARNING_RATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 getString("_UI_SettingsPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Momentum feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMomentumPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_TrainingSettings_momentum_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_TrainingSettings_momentum_feature", "_UI_TrainingSettings_type"),
				 NetworkPackage.Literals.TRAINING_SETTINGS__MOMENTUM,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 getString("_UI_SettingsPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Weight Decay feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addWeightDecayPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_TrainingSettings_weightDecay_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_TrainingSettings_weightDecay_feature", "_UI_TrainingSettings_type"),
				 NetworkPackage.Literals.TRAINING_SETTINGS__WEIGHT_DECAY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 getString("_UI_SettingsPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Seed feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSeedPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_TrainingSettings_seed_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_TrainingSettings_seed_feature", "_UI_TrainingSettings_type"),
				 NetworkPackage.Literals.TRAINING_SETTINGS__SEED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 getString("_UI_SettingsPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Validation Fraction feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addValidationFractionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_TrainingSettings_validationFraction_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_TrainingSettings_validationFraction_feature", "_UI_TrainingSettings_type"),
				 NetworkPackage.Literals.TRAINING_SETTINGS__VALIDATION_FRACTION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 getString("_UI_SettingsPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Early Stopping Patience feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEarlyStoppingPatiencePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_TrainingSettings_earlyStoppingPatience_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_TrainingSettings_earlyStoppingPatience_feature", "_UI_TrainingSettings_type"),
				 NetworkPackage.Literals.TRAINING_SETTINGS__EARLY_STOPPING_PATIENCE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 getString("_UI_SettingsPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Gradient Clip Norm feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addGradientClipNormPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_TrainingSettings_gradientClipNorm_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_TrainingSettings_gradientClipNorm_feature", "_UI_TrainingSettings_type"),
				 NetworkPackage.Literals.TRAINING_SETTINGS__GRADIENT_CLIP_NORM,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 getString("_UI_SettingsPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Adam Beta1 feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAdamBeta1PropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_TrainingSettings_adamBeta1_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_TrainingSettings_adamBeta1_feature", "_UI_TrainingSettings_type"),
				 NetworkPackage.Literals.TRAINING_SETTINGS__ADAM_BETA1,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Adam Beta2 feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAdamBeta2PropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_TrainingSettings_adamBeta2_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_TrainingSettings_adamBeta2_feature", "_UI_TrainingSettings_type"),
				 NetworkPackage.Literals.TRAINING_SETTINGS__ADAM_BETA2,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Discriminator Learning Rate feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDiscriminatorLearningRatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_TrainingSettings_discriminatorLearningRate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_TrainingSettings_discriminatorLearningRate_feature", "_UI_TrainingSettings_type"),
				 NetworkPackage.Literals.TRAINING_SETTINGS__DISCRIMINATOR_LEARNING_RATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Discriminator Steps feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDiscriminatorStepsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_TrainingSettings_discriminatorSteps_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_TrainingSettings_discriminatorSteps_feature", "_UI_TrainingSettings_type"),
				 NetworkPackage.Literals.TRAINING_SETTINGS__DISCRIMINATOR_STEPS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Pretraining Epochs feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPretrainingEpochsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_TrainingSettings_pretrainingEpochs_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_TrainingSettings_pretrainingEpochs_feature", "_UI_TrainingSettings_type"),
				 NetworkPackage.Literals.TRAINING_SETTINGS__PRETRAINING_EPOCHS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 getString("_UI_SettingsPropertyCategory"),
				 null));
	}

	/**
	 * This returns TrainingSettings.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/TrainingSettings"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((TrainingSettings)object).getDataset();
		return label == null || label.length() == 0 ?
			getString("_UI_TrainingSettings_type") :
			getString("_UI_TrainingSettings_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(TrainingSettings.class)) {
			case NetworkPackage.TRAINING_SETTINGS__DATASET:
			case NetworkPackage.TRAINING_SETTINGS__EPOCHS:
			case NetworkPackage.TRAINING_SETTINGS__BATCH_SIZE:
			case NetworkPackage.TRAINING_SETTINGS__OPTIMIZER:
			case NetworkPackage.TRAINING_SETTINGS__LEARNING_RATE:
			case NetworkPackage.TRAINING_SETTINGS__MOMENTUM:
			case NetworkPackage.TRAINING_SETTINGS__WEIGHT_DECAY:
			case NetworkPackage.TRAINING_SETTINGS__SEED:
			case NetworkPackage.TRAINING_SETTINGS__VALIDATION_FRACTION:
			case NetworkPackage.TRAINING_SETTINGS__EARLY_STOPPING_PATIENCE:
			case NetworkPackage.TRAINING_SETTINGS__GRADIENT_CLIP_NORM:
			case NetworkPackage.TRAINING_SETTINGS__ADAM_BETA1:
			case NetworkPackage.TRAINING_SETTINGS__ADAM_BETA2:
			case NetworkPackage.TRAINING_SETTINGS__DISCRIMINATOR_LEARNING_RATE:
			case NetworkPackage.TRAINING_SETTINGS__DISCRIMINATOR_STEPS:
			case NetworkPackage.TRAINING_SETTINGS__PRETRAINING_EPOCHS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);
	}

	/**
	 * Return the resource locator for this item provider's resources.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		return NetworkEditPlugin.INSTANCE;
	}

}
