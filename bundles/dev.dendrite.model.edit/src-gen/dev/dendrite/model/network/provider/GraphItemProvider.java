/**
 */
package dev.dendrite.model.network.provider;


import dev.dendrite.model.network.Graph;
import dev.dendrite.model.network.NetworkFactory;
import dev.dendrite.model.network.NetworkPackage;

import dev.dendrite.model.network.convolution.ConvolutionFactory;

import dev.dendrite.model.network.generative.GenerativeFactory;

import dev.dendrite.model.network.gnn.GnnFactory;

import dev.dendrite.model.network.normalization.NormalizationFactory;

import dev.dendrite.model.network.sequence.SequenceFactory;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link dev.dendrite.model.network.Graph} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class GraphItemProvider extends NamedElementItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public GraphItemProvider(AdapterFactory adapterFactory) {
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

		}
		return itemPropertyDescriptors;
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(NetworkPackage.Literals.GRAPH__LAYERS);
			childrenFeatures.add(NetworkPackage.Literals.GRAPH__CONNECTIONS);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((Graph)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_Graph_type") :
			getString("_UI_Graph_type") + " " + label;
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

		switch (notification.getFeatureID(Graph.class)) {
			case NetworkPackage.GRAPH__LAYERS:
			case NetworkPackage.GRAPH__CONNECTIONS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
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

		newChildDescriptors.add
			(createChildParameter
				(NetworkPackage.Literals.GRAPH__LAYERS,
				 NetworkFactory.eINSTANCE.createInput()));

		newChildDescriptors.add
			(createChildParameter
				(NetworkPackage.Literals.GRAPH__LAYERS,
				 NetworkFactory.eINSTANCE.createDense()));

		newChildDescriptors.add
			(createChildParameter
				(NetworkPackage.Literals.GRAPH__LAYERS,
				 NetworkFactory.eINSTANCE.createActivation()));

		newChildDescriptors.add
			(createChildParameter
				(NetworkPackage.Literals.GRAPH__LAYERS,
				 NetworkFactory.eINSTANCE.createFlatten()));

		newChildDescriptors.add
			(createChildParameter
				(NetworkPackage.Literals.GRAPH__LAYERS,
				 NetworkFactory.eINSTANCE.createReshape()));

		newChildDescriptors.add
			(createChildParameter
				(NetworkPackage.Literals.GRAPH__LAYERS,
				 NetworkFactory.eINSTANCE.createAdd()));

		newChildDescriptors.add
			(createChildParameter
				(NetworkPackage.Literals.GRAPH__LAYERS,
				 NetworkFactory.eINSTANCE.createMultiply()));

		newChildDescriptors.add
			(createChildParameter
				(NetworkPackage.Literals.GRAPH__LAYERS,
				 NetworkFactory.eINSTANCE.createConcat()));

		newChildDescriptors.add
			(createChildParameter
				(NetworkPackage.Literals.GRAPH__LAYERS,
				 NetworkFactory.eINSTANCE.createDropout()));

		newChildDescriptors.add
			(createChildParameter
				(NetworkPackage.Literals.GRAPH__LAYERS,
				 NetworkFactory.eINSTANCE.createNoise()));

		newChildDescriptors.add
			(createChildParameter
				(NetworkPackage.Literals.GRAPH__LAYERS,
				 NetworkFactory.eINSTANCE.createOnnxOperator()));

		newChildDescriptors.add
			(createChildParameter
				(NetworkPackage.Literals.GRAPH__LAYERS,
				 NetworkFactory.eINSTANCE.createLoss()));

		newChildDescriptors.add
			(createChildParameter
				(NetworkPackage.Literals.GRAPH__LAYERS,
				 NetworkFactory.eINSTANCE.createBlockInstance()));

		newChildDescriptors.add
			(createChildParameter
				(NetworkPackage.Literals.GRAPH__LAYERS,
				 NetworkFactory.eINSTANCE.createBlockInput()));

		newChildDescriptors.add
			(createChildParameter
				(NetworkPackage.Literals.GRAPH__LAYERS,
				 NetworkFactory.eINSTANCE.createBlockOutput()));

		newChildDescriptors.add
			(createChildParameter
				(NetworkPackage.Literals.GRAPH__LAYERS,
				 ConvolutionFactory.eINSTANCE.createConvolution()));

		newChildDescriptors.add
			(createChildParameter
				(NetworkPackage.Literals.GRAPH__LAYERS,
				 ConvolutionFactory.eINSTANCE.createPooling()));

		newChildDescriptors.add
			(createChildParameter
				(NetworkPackage.Literals.GRAPH__LAYERS,
				 ConvolutionFactory.eINSTANCE.createTransposedConvolution()));

		newChildDescriptors.add
			(createChildParameter
				(NetworkPackage.Literals.GRAPH__LAYERS,
				 ConvolutionFactory.eINSTANCE.createUpsample()));

		newChildDescriptors.add
			(createChildParameter
				(NetworkPackage.Literals.GRAPH__LAYERS,
				 ConvolutionFactory.eINSTANCE.createGlobalPooling()));

		newChildDescriptors.add
			(createChildParameter
				(NetworkPackage.Literals.GRAPH__LAYERS,
				 SequenceFactory.eINSTANCE.createEmbedding()));

		newChildDescriptors.add
			(createChildParameter
				(NetworkPackage.Literals.GRAPH__LAYERS,
				 SequenceFactory.eINSTANCE.createRecurrent()));

		newChildDescriptors.add
			(createChildParameter
				(NetworkPackage.Literals.GRAPH__LAYERS,
				 SequenceFactory.eINSTANCE.createAttention()));

		newChildDescriptors.add
			(createChildParameter
				(NetworkPackage.Literals.GRAPH__LAYERS,
				 SequenceFactory.eINSTANCE.createPositionalEncoding()));

		newChildDescriptors.add
			(createChildParameter
				(NetworkPackage.Literals.GRAPH__LAYERS,
				 SequenceFactory.eINSTANCE.createClassToken()));

		newChildDescriptors.add
			(createChildParameter
				(NetworkPackage.Literals.GRAPH__LAYERS,
				 SequenceFactory.eINSTANCE.createSequencePooling()));

		newChildDescriptors.add
			(createChildParameter
				(NetworkPackage.Literals.GRAPH__LAYERS,
				 GnnFactory.eINSTANCE.createGraphInput()));

		newChildDescriptors.add
			(createChildParameter
				(NetworkPackage.Literals.GRAPH__LAYERS,
				 GnnFactory.eINSTANCE.createMessagePassing()));

		newChildDescriptors.add
			(createChildParameter
				(NetworkPackage.Literals.GRAPH__LAYERS,
				 GnnFactory.eINSTANCE.createGraphConvolution()));

		newChildDescriptors.add
			(createChildParameter
				(NetworkPackage.Literals.GRAPH__LAYERS,
				 GnnFactory.eINSTANCE.createGraphAttention()));

		newChildDescriptors.add
			(createChildParameter
				(NetworkPackage.Literals.GRAPH__LAYERS,
				 GnnFactory.eINSTANCE.createTopKPooling()));

		newChildDescriptors.add
			(createChildParameter
				(NetworkPackage.Literals.GRAPH__LAYERS,
				 GnnFactory.eINSTANCE.createGraphGlobalPooling()));

		newChildDescriptors.add
			(createChildParameter
				(NetworkPackage.Literals.GRAPH__LAYERS,
				 NormalizationFactory.eINSTANCE.createBatchNorm()));

		newChildDescriptors.add
			(createChildParameter
				(NetworkPackage.Literals.GRAPH__LAYERS,
				 NormalizationFactory.eINSTANCE.createLayerNorm()));

		newChildDescriptors.add
			(createChildParameter
				(NetworkPackage.Literals.GRAPH__LAYERS,
				 NormalizationFactory.eINSTANCE.createRMSNorm()));

		newChildDescriptors.add
			(createChildParameter
				(NetworkPackage.Literals.GRAPH__LAYERS,
				 NormalizationFactory.eINSTANCE.createInputNormalization()));

		newChildDescriptors.add
			(createChildParameter
				(NetworkPackage.Literals.GRAPH__LAYERS,
				 NormalizationFactory.eINSTANCE.createLocalResponseNorm()));

		newChildDescriptors.add
			(createChildParameter
				(NetworkPackage.Literals.GRAPH__LAYERS,
				 GenerativeFactory.eINSTANCE.createGaussianLatent()));

		newChildDescriptors.add
			(createChildParameter
				(NetworkPackage.Literals.GRAPH__LAYERS,
				 GenerativeFactory.eINSTANCE.createRBM()));

		newChildDescriptors.add
			(createChildParameter
				(NetworkPackage.Literals.GRAPH__CONNECTIONS,
				 NetworkFactory.eINSTANCE.createConnection()));
	}

}
