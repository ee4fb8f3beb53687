/**
 */
package dev.dendrite.model.network.convolution.impl;

import dev.dendrite.model.network.convolution.Convolution;
import dev.dendrite.model.network.convolution.ConvolutionPackage;
import dev.dendrite.model.network.convolution.StepPadding;

import dev.dendrite.model.network.impl.LayerImpl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Convolution</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.dendrite.model.network.convolution.impl.ConvolutionImpl#getDimensions <em>Dimensions</em>}</li>
 *   <li>{@link dev.dendrite.model.network.convolution.impl.ConvolutionImpl#getInChannels <em>In Channels</em>}</li>
 *   <li>{@link dev.dendrite.model.network.convolution.impl.ConvolutionImpl#getOutChannels <em>Out Channels</em>}</li>
 *   <li>{@link dev.dendrite.model.network.convolution.impl.ConvolutionImpl#getKernel <em>Kernel</em>}</li>
 *   <li>{@link dev.dendrite.model.network.convolution.impl.ConvolutionImpl#getStride <em>Stride</em>}</li>
 *   <li>{@link dev.dendrite.model.network.convolution.impl.ConvolutionImpl#getPadding <em>Padding</em>}</li>
 *   <li>{@link dev.dendrite.model.network.convolution.impl.ConvolutionImpl#getPaddingEnd <em>Padding End</em>}</li>
 *   <li>{@link dev.dendrite.model.network.convolution.impl.ConvolutionImpl#getKernelShape <em>Kernel Shape</em>}</li>
 *   <li>{@link dev.dendrite.model.network.convolution.impl.ConvolutionImpl#getPads <em>Pads</em>}</li>
 *   <li>{@link dev.dendrite.model.network.convolution.impl.ConvolutionImpl#getDilation <em>Dilation</em>}</li>
 *   <li>{@link dev.dendrite.model.network.convolution.impl.ConvolutionImpl#getGroups <em>Groups</em>}</li>
 *   <li>{@link dev.dendrite.model.network.convolution.impl.ConvolutionImpl#isBias <em>Bias</em>}</li>
 *   <li>{@link dev.dendrite.model.network.convolution.impl.ConvolutionImpl#isSpectralNorm <em>Spectral Norm</em>}</li>
 *   <li>{@link dev.dendrite.model.network.convolution.impl.ConvolutionImpl#isSequence <em>Sequence</em>}</li>
 *   <li>{@link dev.dendrite.model.network.convolution.impl.ConvolutionImpl#getStepPadding <em>Step Padding</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ConvolutionImpl extends LayerImpl implements Convolution {
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
	protected static final int KERNEL_EDEFAULT = 3;

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
	protected static final int STRIDE_EDEFAULT = 1;

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
	protected static final int PADDING_EDEFAULT = 0;

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
	 * The default value of the '{@link #getPaddingEnd() <em>Padding End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPaddingEnd()
	 * @generated
	 * @ordered
	 */
	protected static final int PADDING_END_EDEFAULT = -1;

	/**
	 * The cached value of the '{@link #getPaddingEnd() <em>Padding End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPaddingEnd()
	 * @generated
	 * @ordered
	 */
	protected int paddingEnd = PADDING_END_EDEFAULT;

	/**
	 * The cached value of the '{@link #getKernelShape() <em>Kernel Shape</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKernelShape()
	 * @generated
	 * @ordered
	 */
	protected EList<Integer> kernelShape;

	/**
	 * The cached value of the '{@link #getPads() <em>Pads</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPads()
	 * @generated
	 * @ordered
	 */
	protected EList<Integer> pads;

	/**
	 * The default value of the '{@link #getDilation() <em>Dilation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDilation()
	 * @generated
	 * @ordered
	 */
	protected static final int DILATION_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getDilation() <em>Dilation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDilation()
	 * @generated
	 * @ordered
	 */
	protected int dilation = DILATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getGroups() <em>Groups</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroups()
	 * @generated
	 * @ordered
	 */
	protected static final int GROUPS_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getGroups() <em>Groups</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroups()
	 * @generated
	 * @ordered
	 */
	protected int groups = GROUPS_EDEFAULT;

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
	 * The default value of the '{@link #isSpectralNorm() <em>Spectral Norm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSpectralNorm()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SPECTRAL_NORM_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isSpectralNorm() <em>Spectral Norm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSpectralNorm()
	 * @generated
	 * @ordered
	 */
	protected boolean spectralNorm = SPECTRAL_NORM_EDEFAULT;

	/**
	 * The default value of the '{@link #isSequence() <em>Sequence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSequence()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SEQUENCE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isSequence() <em>Sequence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSequence()
	 * @generated
	 * @ordered
	 */
	protected boolean sequence = SEQUENCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStepPadding() <em>Step Padding</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStepPadding()
	 * @generated
	 * @ordered
	 */
	protected static final StepPadding STEP_PADDING_EDEFAULT = StepPadding.SAME;

	/**
	 * The cached value of the '{@link #getStepPadding() <em>Step Padding</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStepPadding()
	 * @generated
	 * @ordered
	 */
	protected StepPadding stepPadding = STEP_PADDING_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ConvolutionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ConvolutionPackage.Literals.CONVOLUTION;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ConvolutionPackage.CONVOLUTION__DIMENSIONS, oldDimensions, dimensions));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ConvolutionPackage.CONVOLUTION__IN_CHANNELS, oldInChannels, inChannels));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ConvolutionPackage.CONVOLUTION__OUT_CHANNELS, oldOutChannels, outChannels));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ConvolutionPackage.CONVOLUTION__KERNEL, oldKernel, kernel));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ConvolutionPackage.CONVOLUTION__STRIDE, oldStride, stride));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ConvolutionPackage.CONVOLUTION__PADDING, oldPadding, padding));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPaddingEnd() {
		return paddingEnd;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPaddingEnd(int newPaddingEnd) {
		int oldPaddingEnd = paddingEnd;
		paddingEnd = newPaddingEnd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ConvolutionPackage.CONVOLUTION__PADDING_END, oldPaddingEnd, paddingEnd));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Integer> getKernelShape() {
		if (kernelShape == null) {
			kernelShape = new EDataTypeEList<Integer>(Integer.class, this, ConvolutionPackage.CONVOLUTION__KERNEL_SHAPE);
		}
		return kernelShape;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Integer> getPads() {
		if (pads == null) {
			pads = new EDataTypeEList<Integer>(Integer.class, this, ConvolutionPackage.CONVOLUTION__PADS);
		}
		return pads;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDilation() {
		return dilation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDilation(int newDilation) {
		int oldDilation = dilation;
		dilation = newDilation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ConvolutionPackage.CONVOLUTION__DILATION, oldDilation, dilation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getGroups() {
		return groups;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGroups(int newGroups) {
		int oldGroups = groups;
		groups = newGroups;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ConvolutionPackage.CONVOLUTION__GROUPS, oldGroups, groups));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ConvolutionPackage.CONVOLUTION__BIAS, oldBias, bias));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSpectralNorm() {
		return spectralNorm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSpectralNorm(boolean newSpectralNorm) {
		boolean oldSpectralNorm = spectralNorm;
		spectralNorm = newSpectralNorm;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ConvolutionPackage.CONVOLUTION__SPECTRAL_NORM, oldSpectralNorm, spectralNorm));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSequence() {
		return sequence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSequence(boolean newSequence) {
		boolean oldSequence = sequence;
		sequence = newSequence;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ConvolutionPackage.CONVOLUTION__SEQUENCE, oldSequence, sequence));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StepPadding getStepPadding() {
		return stepPadding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStepPadding(StepPadding newStepPadding) {
		StepPadding oldStepPadding = stepPadding;
		stepPadding = newStepPadding == null ? STEP_PADDING_EDEFAULT : newStepPadding;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ConvolutionPackage.CONVOLUTION__STEP_PADDING, oldStepPadding, stepPadding));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ConvolutionPackage.CONVOLUTION__DIMENSIONS:
				return getDimensions();
			case ConvolutionPackage.CONVOLUTION__IN_CHANNELS:
				return getInChannels();
			case ConvolutionPackage.CONVOLUTION__OUT_CHANNELS:
				return getOutChannels();
			case ConvolutionPackage.CONVOLUTION__KERNEL:
				return getKernel();
			case ConvolutionPackage.CONVOLUTION__STRIDE:
				return getStride();
			case ConvolutionPackage.CONVOLUTION__PADDING:
				return getPadding();
			case ConvolutionPackage.CONVOLUTION__PADDING_END:
				return getPaddingEnd();
			case ConvolutionPackage.CONVOLUTION__KERNEL_SHAPE:
				return getKernelShape();
			case ConvolutionPackage.CONVOLUTION__PADS:
				return getPads();
			case ConvolutionPackage.CONVOLUTION__DILATION:
				return getDilation();
			case ConvolutionPackage.CONVOLUTION__GROUPS:
				return getGroups();
			case ConvolutionPackage.CONVOLUTION__BIAS:
				return isBias();
			case ConvolutionPackage.CONVOLUTION__SPECTRAL_NORM:
				return isSpectralNorm();
			case ConvolutionPackage.CONVOLUTION__SEQUENCE:
				return isSequence();
			case ConvolutionPackage.CONVOLUTION__STEP_PADDING:
				return getStepPadding();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ConvolutionPackage.CONVOLUTION__DIMENSIONS:
				setDimensions((Integer)newValue);
				return;
			case ConvolutionPackage.CONVOLUTION__IN_CHANNELS:
				setInChannels((Integer)newValue);
				return;
			case ConvolutionPackage.CONVOLUTION__OUT_CHANNELS:
				setOutChannels((Integer)newValue);
				return;
			case ConvolutionPackage.CONVOLUTION__KERNEL:
				setKernel((Integer)newValue);
				return;
			case ConvolutionPackage.CONVOLUTION__STRIDE:
				setStride((Integer)newValue);
				return;
			case ConvolutionPackage.CONVOLUTION__PADDING:
				setPadding((Integer)newValue);
				return;
			case ConvolutionPackage.CONVOLUTION__PADDING_END:
				setPaddingEnd((Integer)newValue);
				return;
			case ConvolutionPackage.CONVOLUTION__KERNEL_SHAPE:
				getKernelShape().clear();
				getKernelShape().addAll((Collection<? extends Integer>)newValue);
				return;
			case ConvolutionPackage.CONVOLUTION__PADS:
				getPads().clear();
				getPads().addAll((Collection<? extends Integer>)newValue);
				return;
			case ConvolutionPackage.CONVOLUTION__DILATION:
				setDilation((Integer)newValue);
				return;
			case ConvolutionPackage.CONVOLUTION__GROUPS:
				setGroups((Integer)newValue);
				return;
			case ConvolutionPackage.CONVOLUTION__BIAS:
				setBias((Boolean)newValue);
				return;
			case ConvolutionPackage.CONVOLUTION__SPECTRAL_NORM:
				setSpectralNorm((Boolean)newValue);
				return;
			case ConvolutionPackage.CONVOLUTION__SEQUENCE:
				setSequence((Boolean)newValue);
				return;
			case ConvolutionPackage.CONVOLUTION__STEP_PADDING:
				setStepPadding((StepPadding)newValue);
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
			case ConvolutionPackage.CONVOLUTION__DIMENSIONS:
				setDimensions(DIMENSIONS_EDEFAULT);
				return;
			case ConvolutionPackage.CONVOLUTION__IN_CHANNELS:
				setInChannels(IN_CHANNELS_EDEFAULT);
				return;
			case ConvolutionPackage.CONVOLUTION__OUT_CHANNELS:
				setOutChannels(OUT_CHANNELS_EDEFAULT);
				return;
			case ConvolutionPackage.CONVOLUTION__KERNEL:
				setKernel(KERNEL_EDEFAULT);
				return;
			case ConvolutionPackage.CONVOLUTION__STRIDE:
				setStride(STRIDE_EDEFAULT);
				return;
			case ConvolutionPackage.CONVOLUTION__PADDING:
				setPadding(PADDING_EDEFAULT);
				return;
			case ConvolutionPackage.CONVOLUTION__PADDING_END:
				setPaddingEnd(PADDING_END_EDEFAULT);
				return;
			case ConvolutionPackage.CONVOLUTION__KERNEL_SHAPE:
				getKernelShape().clear();
				return;
			case ConvolutionPackage.CONVOLUTION__PADS:
				getPads().clear();
				return;
			case ConvolutionPackage.CONVOLUTION__DILATION:
				setDilation(DILATION_EDEFAULT);
				return;
			case ConvolutionPackage.CONVOLUTION__GROUPS:
				setGroups(GROUPS_EDEFAULT);
				return;
			case ConvolutionPackage.CONVOLUTION__BIAS:
				setBias(BIAS_EDEFAULT);
				return;
			case ConvolutionPackage.CONVOLUTION__SPECTRAL_NORM:
				setSpectralNorm(SPECTRAL_NORM_EDEFAULT);
				return;
			case ConvolutionPackage.CONVOLUTION__SEQUENCE:
				setSequence(SEQUENCE_EDEFAULT);
				return;
			case ConvolutionPackage.CONVOLUTION__STEP_PADDING:
				setStepPadding(STEP_PADDING_EDEFAULT);
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
			case ConvolutionPackage.CONVOLUTION__DIMENSIONS:
				return dimensions != DIMENSIONS_EDEFAULT;
			case ConvolutionPackage.CONVOLUTION__IN_CHANNELS:
				return inChannels != IN_CHANNELS_EDEFAULT;
			case ConvolutionPackage.CONVOLUTION__OUT_CHANNELS:
				return outChannels != OUT_CHANNELS_EDEFAULT;
			case ConvolutionPackage.CONVOLUTION__KERNEL:
				return kernel != KERNEL_EDEFAULT;
			case ConvolutionPackage.CONVOLUTION__STRIDE:
				return stride != STRIDE_EDEFAULT;
			case ConvolutionPackage.CONVOLUTION__PADDING:
				return padding != PADDING_EDEFAULT;
			case ConvolutionPackage.CONVOLUTION__PADDING_END:
				return paddingEnd != PADDING_END_EDEFAULT;
			case ConvolutionPackage.CONVOLUTION__KERNEL_SHAPE:
				return kernelShape != null && !kernelShape.isEmpty();
			case ConvolutionPackage.CONVOLUTION__PADS:
				return pads != null && !pads.isEmpty();
			case ConvolutionPackage.CONVOLUTION__DILATION:
				return dilation != DILATION_EDEFAULT;
			case ConvolutionPackage.CONVOLUTION__GROUPS:
				return groups != GROUPS_EDEFAULT;
			case ConvolutionPackage.CONVOLUTION__BIAS:
				return bias != BIAS_EDEFAULT;
			case ConvolutionPackage.CONVOLUTION__SPECTRAL_NORM:
				return spectralNorm != SPECTRAL_NORM_EDEFAULT;
			case ConvolutionPackage.CONVOLUTION__SEQUENCE:
				return sequence != SEQUENCE_EDEFAULT;
			case ConvolutionPackage.CONVOLUTION__STEP_PADDING:
				return stepPadding != STEP_PADDING_EDEFAULT;
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
		result.append(", paddingEnd: ");
		result.append(paddingEnd);
		result.append(", kernelShape: ");
		result.append(kernelShape);
		result.append(", pads: ");
		result.append(pads);
		result.append(", dilation: ");
		result.append(dilation);
		result.append(", groups: ");
		result.append(groups);
		result.append(", bias: ");
		result.append(bias);
		result.append(", spectralNorm: ");
		result.append(spectralNorm);
		result.append(", sequence: ");
		result.append(sequence);
		result.append(", stepPadding: ");
		result.append(stepPadding);
		result.append(')');
		return result.toString();
	}

} //ConvolutionImpl
