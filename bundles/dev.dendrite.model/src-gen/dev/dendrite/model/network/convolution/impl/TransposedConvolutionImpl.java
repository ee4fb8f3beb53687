/**
 */
package dev.dendrite.model.network.convolution.impl;

import dev.dendrite.model.network.convolution.ConvolutionPackage;
import dev.dendrite.model.network.convolution.TransposedConvolution;

import dev.dendrite.model.network.impl.LayerImpl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Transposed Convolution</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.dendrite.model.network.convolution.impl.TransposedConvolutionImpl#getDimensions <em>Dimensions</em>}</li>
 *   <li>{@link dev.dendrite.model.network.convolution.impl.TransposedConvolutionImpl#getInChannels <em>In Channels</em>}</li>
 *   <li>{@link dev.dendrite.model.network.convolution.impl.TransposedConvolutionImpl#getOutChannels <em>Out Channels</em>}</li>
 *   <li>{@link dev.dendrite.model.network.convolution.impl.TransposedConvolutionImpl#getKernel <em>Kernel</em>}</li>
 *   <li>{@link dev.dendrite.model.network.convolution.impl.TransposedConvolutionImpl#getStride <em>Stride</em>}</li>
 *   <li>{@link dev.dendrite.model.network.convolution.impl.TransposedConvolutionImpl#getPadding <em>Padding</em>}</li>
 *   <li>{@link dev.dendrite.model.network.convolution.impl.TransposedConvolutionImpl#getOutputPadding <em>Output Padding</em>}</li>
 *   <li>{@link dev.dendrite.model.network.convolution.impl.TransposedConvolutionImpl#isBias <em>Bias</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TransposedConvolutionImpl extends LayerImpl implements TransposedConvolution {
	/**
	 * The default value of the '{@link #getDimensions() <em>Dimensions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDimensions()
	 * @generated
	 * @ordered
	 */
	protected static final int DIMENSIONS_EDEFAULT = 2;

	/**
	 * The cached value of the '{@link #getDimensions() <em>Dimensions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDimensions()
	 * @generated
	 * @ordered
	 */
	protected int dimensions = DIMENSIONS_EDEFAULT;

	/**
	 * The default value of the '{@link #getInChannels() <em>In Channels</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInChannels()
	 * @generated
	 * @ordered
	 */
	protected static final int IN_CHANNELS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getInChannels() <em>In Channels</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInChannels()
	 * @generated
	 * @ordered
	 */
	protected int inChannels = IN_CHANNELS_EDEFAULT;

	/**
	 * The default value of the '{@link #getOutChannels() <em>Out Channels</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutChannels()
	 * @generated
	 * @ordered
	 */
	protected static final int OUT_CHANNELS_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getOutChannels() <em>Out Channels</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutChannels()
	 * @generated
	 * @ordered
	 */
	protected int outChannels = OUT_CHANNELS_EDEFAULT;

	/**
	 * The default value of the '{@link #getKernel() <em>Kernel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKernel()
	 * @generated
	 * @ordered
	 */
	protected static final int KERNEL_EDEFAULT = 4;

	/**
	 * The cached value of the '{@link #getKernel() <em>Kernel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKernel()
	 * @generated
	 * @ordered
	 */
	protected int kernel = KERNEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getStride() <em>Stride</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStride()
	 * @generated
	 * @ordered
	 */
	protected static final int STRIDE_EDEFAULT = 2;

	/**
	 * The cached value of the '{@link #getStride() <em>Stride</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStride()
	 * @generated
	 * @ordered
	 */
	protected int stride = STRIDE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPadding() <em>Padding</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPadding()
	 * @generated
	 * @ordered
	 */
	protected static final int PADDING_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getPadding() <em>Padding</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPadding()
	 * @generated
	 * @ordered
	 */
	protected int padding = PADDING_EDEFAULT;

	/**
	 * The default value of the '{@link #getOutputPadding() <em>Output Padding</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutputPadding()
	 * @generated
	 * @ordered
	 */
	protected static final int OUTPUT_PADDING_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getOutputPadding() <em>Output Padding</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutputPadding()
	 * @generated
	 * @ordered
	 */
	protected int outputPadding = OUTPUT_PADDING_EDEFAULT;

	/**
	 * The default value of the '{@link #isBias() <em>Bias</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBias()
	 * @generated
	 * @ordered
	 */
	protected static final boolean BIAS_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isBias() <em>Bias</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBias()
	 * @generated
	 * @ordered
	 */
	protected boolean bias = BIAS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TransposedConvolutionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ConvolutionPackage.Literals.TRANSPOSED_CONVOLUTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDimensions() {
		return dimensions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDimensions(int newDimensions) {
		int oldDimensions = dimensions;
		dimensions = newDimensions;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ConvolutionPackage.TRANSPOSED_CONVOLUTION__DIMENSIONS, oldDimensions, dimensions));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getInChannels() {
		return inChannels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInChannels(int newInChannels) {
		int oldInChannels = inChannels;
		inChannels = newInChannels;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ConvolutionPackage.TRANSPOSED_CONVOLUTION__IN_CHANNELS, oldInChannels, inChannels));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getOutChannels() {
		return outChannels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOutChannels(int newOutChannels) {
		int oldOutChannels = outChannels;
		outChannels = newOutChannels;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ConvolutionPackage.TRANSPOSED_CONVOLUTION__OUT_CHANNELS, oldOutChannels, outChannels));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getKernel() {
		return kernel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKernel(int newKernel) {
		int oldKernel = kernel;
		kernel = newKernel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ConvolutionPackage.TRANSPOSED_CONVOLUTION__KERNEL, oldKernel, kernel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getStride() {
		return stride;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStride(int newStride) {
		int oldStride = stride;
		stride = newStride;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ConvolutionPackage.TRANSPOSED_CONVOLUTION__STRIDE, oldStride, stride));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPadding() {
		return padding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPadding(int newPadding) {
		int oldPadding = padding;
		padding = newPadding;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ConvolutionPackage.TRANSPOSED_CONVOLUTION__PADDING, oldPadding, padding));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getOutputPadding() {
		return outputPadding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOutputPadding(int newOutputPadding) {
		int oldOutputPadding = outputPadding;
		outputPadding = newOutputPadding;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ConvolutionPackage.TRANSPOSED_CONVOLUTION__OUTPUT_PADDING, oldOutputPadding, outputPadding));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isBias() {
		return bias;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBias(boolean newBias) {
		boolean oldBias = bias;
		bias = newBias;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ConvolutionPackage.TRANSPOSED_CONVOLUTION__BIAS, oldBias, bias));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ConvolutionPackage.TRANSPOSED_CONVOLUTION__DIMENSIONS:
				return getDimensions();
			case ConvolutionPackage.TRANSPOSED_CONVOLUTION__IN_CHANNELS:
				return getInChannels();
			case ConvolutionPackage.TRANSPOSED_CONVOLUTION__OUT_CHANNELS:
				return getOutChannels();
			case ConvolutionPackage.TRANSPOSED_CONVOLUTION__KERNEL:
				return getKernel();
			case ConvolutionPackage.TRANSPOSED_CONVOLUTION__STRIDE:
				return getStride();
			case ConvolutionPackage.TRANSPOSED_CONVOLUTION__PADDING:
				return getPadding();
			case ConvolutionPackage.TRANSPOSED_CONVOLUTION__OUTPUT_PADDING:
				return getOutputPadding();
			case ConvolutionPackage.TRANSPOSED_CONVOLUTION__BIAS:
				return isBias();
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
			case ConvolutionPackage.TRANSPOSED_CONVOLUTION__DIMENSIONS:
				setDimensions((Integer)newValue);
				return;
			case ConvolutionPackage.TRANSPOSED_CONVOLUTION__IN_CHANNELS:
				setInChannels((Integer)newValue);
				return;
			case ConvolutionPackage.TRANSPOSED_CONVOLUTION__OUT_CHANNELS:
				setOutChannels((Integer)newValue);
				return;
			case ConvolutionPackage.TRANSPOSED_CONVOLUTION__KERNEL:
				setKernel((Integer)newValue);
				return;
			case ConvolutionPackage.TRANSPOSED_CONVOLUTION__STRIDE:
				setStride((Integer)newValue);
				return;
			case ConvolutionPackage.TRANSPOSED_CONVOLUTION__PADDING:
				setPadding((Integer)newValue);
				return;
			case ConvolutionPackage.TRANSPOSED_CONVOLUTION__OUTPUT_PADDING:
				setOutputPadding((Integer)newValue);
				return;
			case ConvolutionPackage.TRANSPOSED_CONVOLUTION__BIAS:
				setBias((Boolean)newValue);
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
			case ConvolutionPackage.TRANSPOSED_CONVOLUTION__DIMENSIONS:
				setDimensions(DIMENSIONS_EDEFAULT);
				return;
			case ConvolutionPackage.TRANSPOSED_CONVOLUTION__IN_CHANNELS:
				setInChannels(IN_CHANNELS_EDEFAULT);
				return;
			case ConvolutionPackage.TRANSPOSED_CONVOLUTION__OUT_CHANNELS:
				setOutChannels(OUT_CHANNELS_EDEFAULT);
				return;
			case ConvolutionPackage.TRANSPOSED_CONVOLUTION__KERNEL:
				setKernel(KERNEL_EDEFAULT);
				return;
			case ConvolutionPackage.TRANSPOSED_CONVOLUTION__STRIDE:
				setStride(STRIDE_EDEFAULT);
				return;
			case ConvolutionPackage.TRANSPOSED_CONVOLUTION__PADDING:
				setPadding(PADDING_EDEFAULT);
				return;
			case ConvolutionPackage.TRANSPOSED_CONVOLUTION__OUTPUT_PADDING:
				setOutputPadding(OUTPUT_PADDING_EDEFAULT);
				return;
			case ConvolutionPackage.TRANSPOSED_CONVOLUTION__BIAS:
				setBias(BIAS_EDEFAULT);
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
			case ConvolutionPackage.TRANSPOSED_CONVOLUTION__DIMENSIONS:
				return dimensions != DIMENSIONS_EDEFAULT;
			case ConvolutionPackage.TRANSPOSED_CONVOLUTION__IN_CHANNELS:
				return inChannels != IN_CHANNELS_EDEFAULT;
			case ConvolutionPackage.TRANSPOSED_CONVOLUTION__OUT_CHANNELS:
				return outChannels != OUT_CHANNELS_EDEFAULT;
			case ConvolutionPackage.TRANSPOSED_CONVOLUTION__KERNEL:
				return kernel != KERNEL_EDEFAULT;
			case ConvolutionPackage.TRANSPOSED_CONVOLUTION__STRIDE:
				return stride != STRIDE_EDEFAULT;
			case ConvolutionPackage.TRANSPOSED_CONVOLUTION__PADDING:
				return padding != PADDING_EDEFAULT;
			case ConvolutionPackage.TRANSPOSED_CONVOLUTION__OUTPUT_PADDING:
				return outputPadding != OUTPUT_PADDING_EDEFAULT;
			case ConvolutionPackage.TRANSPOSED_CONVOLUTION__BIAS:
				return bias != BIAS_EDEFAULT;
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
		result.append(" (dimensions: ");
		result.append(dimensions);
		result.append(", inChannels: ");
		result.append(inChannels);
		result.append(", outChannels: ");
		result.append(outChannels);
		result.append(", kernel: ");
		result.append(kernel);
		result.append(", stride: ");
		result.append(stride);
		result.append(", padding: ");
		result.append(padding);
		result.append(", outputPadding: ");
		result.append(outputPadding);
		result.append(", bias: ");
		result.append(bias);
		result.append(')');
		return result.toString();
	}

} //TransposedConvolutionImpl
