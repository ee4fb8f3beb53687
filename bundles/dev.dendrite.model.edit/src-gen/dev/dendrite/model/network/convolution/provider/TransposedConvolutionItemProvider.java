/**
 */
package dev.dendrite.model.network.convolution.provider;


import dev.dendrite.model.network.convolution.ConvolutionPackage;
import dev.dendrite.model.network.convolution.TransposedConvolution;

import dev.dendrite.model.network.provider.LayerItemProvider;
import dev.dendrite.model.network.provider.NetworkEditPlugin;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link dev.dendrite.model.network.convolution.TransposedConvolution} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class TransposedConvolutionItemProvider extends LayerItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TransposedConvolutionItemProvider(AdapterFactory adapterFactory) {
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

			addDimensionsPropertyDescriptor(object);
			addInChannelsPropertyDescriptor(object);
			addOutChannelsPropertyDescriptor(object);
			addKernelPropertyDescriptor(object);
			addStridePropertyDescriptor(object);
			addPaddingPropertyDescriptor(object);
			addOutputPaddingPropertyDescriptor(object);
			addBiasPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Dimensions feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDimensionsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_TransposedConvolution_dimensions_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_TransposedConvolution_dimensions_feature", "_UI_TransposedConvolution_type"),
				 ConvolutionPackage.Literals.TRANSPOSED_CONVOLUTION__DIMENSIONS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 getString("_UI_SettingsPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the In Channels feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addInChannelsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_TransposedConvolution_inChannels_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_TransposedConvolution_inChannels_feature", "_UI_TransposedConvolution_type"),
				 ConvolutionPackage.Literals.TRANSPOSED_CONVOLUTION__IN_CHANNELS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 getString("_UI_SettingsPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Out Channels feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOutChannelsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_TransposedConvolution_outChannels_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_TransposedConvolution_outChannels_feature", "_UI_TransposedConvolution_type"),
				 ConvolutionPackage.Literals.TRANSPOSED_CONVOLUTION__OUT_CHANNELS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 getString("_UI_SettingsPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Kernel feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addKernelPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_TransposedConvolution_kernel_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_TransposedConvolution_kernel_feature", "_UI_TransposedConvolution_type"),
				 ConvolutionPackage.Literals.TRANSPOSED_CONVOLUTION__KERNEL,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 getString("_UI_SettingsPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Stride feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStridePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_TransposedConvolution_stride_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_TransposedConvolution_stride_feature", "_UI_TransposedConvolution_type"),
				 ConvolutionPackage.Literals.TRANSPOSED_CONVOLUTION__STRIDE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 getString("_UI_SettingsPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Padding feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPaddingPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_TransposedConvolution_padding_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_TransposedConvolution_padding_feature", "_UI_TransposedConvolution_type"),
				 ConvolutionPackage.Literals.TRANSPOSED_CONVOLUTION__PADDING,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 getString("_UI_SettingsPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Output Padding feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOutputPaddingPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_TransposedConvolution_outputPadding_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_TransposedConvolution_outputPadding_feature", "_UI_TransposedConvolution_type"),
				 ConvolutionPackage.Literals.TRANSPOSED_CONVOLUTION__OUTPUT_PADDING,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 getString("_UI_SettingsPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Bias feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addBiasPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_TransposedConvolution_bias_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_TransposedConvolution_bias_feature", "_UI_TransposedConvolution_type"),
				 ConvolutionPackage.Literals.TRANSPOSED_CONVOLUTION__BIAS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 getString("_UI_SettingsPropertyCategory"),
				 null));
	}

	/**
	 * This returns TransposedConvolution.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/TransposedConvolution"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((TransposedConvolution)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_TransposedConvolution_type") :
			getString("_UI_TransposedConvolution_type") + " " + label;
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

		switch (notification.getFeatureID(TransposedConvolution.class)) {
			case ConvolutionPackage.TRANSPOSED_CONVOLUTION__DIMENSIONS:
			case ConvolutionPackage.TRANSPOSED_CONVOLUTION__IN_CHANNELS:
			case ConvolutionPackage.TRANSPOSED_CONVOLUTION__OUT_CHANNELS:
			case ConvolutionPackage.TRANSPOSED_CONVOLUTION__KERNEL:
			case ConvolutionPackage.TRANSPOSED_CONVOLUTION__STRIDE:
			case ConvolutionPackage.TRANSPOSED_CONVOLUTION__PADDING:
			case ConvolutionPackage.TRANSPOSED_CONVOLUTION__OUTPUT_PADDING:
			case ConvolutionPackage.TRANSPOSED_CONVOLUTION__BIAS:
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
