/**
 */
package dev.dendrite.model.network.provider;


import dev.dendrite.model.network.NetworkPackage;
import dev.dendrite.model.network.OnnxOperator;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link dev.dendrite.model.network.OnnxOperator} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class OnnxOperatorItemProvider extends LayerItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OnnxOperatorItemProvider(AdapterFactory adapterFactory) {
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

			addOpTypePropertyDescriptor(object);
			addDomainPropertyDescriptor(object);
			addInputsPropertyDescriptor(object);
			addOutputDimsPropertyDescriptor(object);
			addDefinitionPropertyDescriptor(object);
			addParameterCountPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Op Type feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOpTypePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_OnnxOperator_opType_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_OnnxOperator_opType_feature", "_UI_OnnxOperator_type"),
				 NetworkPackage.Literals.ONNX_OPERATOR__OP_TYPE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_SettingsPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Domain feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDomainPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_OnnxOperator_domain_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_OnnxOperator_domain_feature", "_UI_OnnxOperator_type"),
				 NetworkPackage.Literals.ONNX_OPERATOR__DOMAIN,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_SettingsPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Inputs feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addInputsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_OnnxOperator_inputs_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_OnnxOperator_inputs_feature", "_UI_OnnxOperator_type"),
				 NetworkPackage.Literals.ONNX_OPERATOR__INPUTS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 getString("_UI_SettingsPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Output Dims feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOutputDimsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_OnnxOperator_outputDims_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_OnnxOperator_outputDims_feature", "_UI_OnnxOperator_type"),
				 NetworkPackage.Literals.ONNX_OPERATOR__OUTPUT_DIMS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 getString("_UI_SettingsPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Definition feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDefinitionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_OnnxOperator_definition_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_OnnxOperator_definition_feature", "_UI_OnnxOperator_type"),
				 NetworkPackage.Literals.ONNX_OPERATOR__DEFINITION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_SettingsPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Parameter Count feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addParameterCountPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_OnnxOperator_parameterCount_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_OnnxOperator_parameterCount_feature", "_UI_OnnxOperator_type"),
				 NetworkPackage.Literals.ONNX_OPERATOR__PARAMETER_COUNT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 getString("_UI_SettingsPropertyCategory"),
				 null));
	}

	/**
	 * This returns OnnxOperator.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/OnnxOperator"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((OnnxOperator)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_OnnxOperator_type") :
			getString("_UI_OnnxOperator_type") + " " + label;
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

		switch (notification.getFeatureID(OnnxOperator.class)) {
			case NetworkPackage.ONNX_OPERATOR__OP_TYPE:
			case NetworkPackage.ONNX_OPERATOR__DOMAIN:
			case NetworkPackage.ONNX_OPERATOR__INPUTS:
			case NetworkPackage.ONNX_OPERATOR__OUTPUT_DIMS:
			case NetworkPackage.ONNX_OPERATOR__DEFINITION:
			case NetworkPackage.ONNX_OPERATOR__PARAMETER_COUNT:
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

}
