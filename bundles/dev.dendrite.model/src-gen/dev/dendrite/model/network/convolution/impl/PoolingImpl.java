/**
 */
package dev.dendrite.model.network.convolution.impl;

import dev.dendrite.model.network.PoolType;

import dev.dendrite.model.network.convolution.ConvolutionPackage;
import dev.dendrite.model.network.convolution.Pooling;

import dev.dendrite.model.network.impl.LayerImpl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Pooling</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.dendrite.model.network.convolution.impl.PoolingImpl#getPoolType <em>Pool Type</em>}</li>
 *   <li>{@link dev.dendrite.model.network.convolution.impl.PoolingImpl#getDimensions <em>Dimensions</em>}</li>
 *   <li>{@link dev.dendrite.model.network.convolution.impl.PoolingImpl#getKernel <em>Kernel</em>}</li>
 *   <li>{@link dev.dendrite.model.network.convolution.impl.PoolingImpl#getStride <em>Stride</em>}</li>
 *   <li>{@link dev.dendrite.model.network.convolution.impl.PoolingImpl#getPadding <em>Padding</em>}</li>
 *   <li>{@link dev.dendrite.model.network.convolution.impl.PoolingImpl#getPaddingEnd <em>Padding End</em>}</li>
 *   <li>{@link dev.dendrite.model.network.convolution.impl.PoolingImpl#getDilation <em>Dilation</em>}</li>
 *   <li>{@link dev.dendrite.model.network.convolution.impl.PoolingImpl#isCeilMode <em>Ceil Mode</em>}</li>
 *   <li>{@link dev.dendrite.model.network.convolution.impl.PoolingImpl#isSequence <em>Sequence</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PoolingImpl extends LayerImpl implements Pooling {
	/**
	 * The default value of the '{@link #getPoolType() <em>Pool Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPoolType()
	 * @generated
	 * @ordered
	 */
	protected static final PoolType POOL_TYPE_EDEFAULT = PoolType.MAX;

	/**
	 * The cached value of the '{@link #getPoolType() <em>Pool Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPoolType()
	 * @generated
	 * @ordered
	 */
	protected PoolType poolType = POOL_TYPE_EDEFAULT;

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
	 * The default value of the '{@link #getKernel() <em>Kernel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKernel()
	 * @generated
	 * @ordered
	 */
	protected static final int KERNEL_EDEFAULT = 2;

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
	protected static final int STRIDE_EDEFAULT = 0;

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
	 * The default value of the '{@link #isCeilMode() <em>Ceil Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCeilMode()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CEIL_MODE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isCeilMode() <em>Ceil Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCeilMode()
	 * @generated
	 * @ordered
	 */
	protected boolean ceilMode = CEIL_MODE_EDEFAULT;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PoolingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ConvolutionPackage.Literals.POOLING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PoolType getPoolType() {
		return poolType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPoolType(PoolType newPoolType) {
		PoolType oldPoolType = poolType;
		poolType = newPoolType == null ? POOL_TYPE_EDEFAULT : newPoolType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ConvolutionPackage.POOLING__POOL_TYPE, oldPoolType, poolType));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ConvolutionPackage.POOLING__DIMENSIONS, oldDimensions, dimensions));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ConvolutionPackage.POOLING__KERNEL, oldKernel, kernel));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ConvolutionPackage.POOLING__STRIDE, oldStride, stride));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ConvolutionPackage.POOLING__PADDING, oldPadding, padding));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ConvolutionPackage.POOLING__PADDING_END, oldPaddingEnd, paddingEnd));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ConvolutionPackage.POOLING__DILATION, oldDilation, dilation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isCeilMode() {
		return ceilMode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCeilMode(boolean newCeilMode) {
		boolean oldCeilMode = ceilMode;
		ceilMode = newCeilMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ConvolutionPackage.POOLING__CEIL_MODE, oldCeilMode, ceilMode));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ConvolutionPackage.POOLING__SEQUENCE, oldSequence, sequence));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ConvolutionPackage.POOLING__POOL_TYPE:
				return getPoolType();
			case ConvolutionPackage.POOLING__DIMENSIONS:
				return getDimensions();
			case ConvolutionPackage.POOLING__KERNEL:
				return getKernel();
			case ConvolutionPackage.POOLING__STRIDE:
				return getStride();
			case ConvolutionPackage.POOLING__PADDING:
				return getPadding();
			case ConvolutionPackage.POOLING__PADDING_END:
				return getPaddingEnd();
			case ConvolutionPackage.POOLING__DILATION:
				return getDilation();
			case ConvolutionPackage.POOLING__CEIL_MODE:
				return isCeilMode();
			case ConvolutionPackage.POOLING__SEQUENCE:
				return isSequence();
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
			case ConvolutionPackage.POOLING__POOL_TYPE:
				setPoolType((PoolType)newValue);
				return;
			case ConvolutionPackage.POOLING__DIMENSIONS:
				setDimensions((Integer)newValue);
				return;
			case ConvolutionPackage.POOLING__KERNEL:
				setKernel((Integer)newValue);
				return;
			case ConvolutionPackage.POOLING__STRIDE:
				setStride((Integer)newValue);
				return;
			case ConvolutionPackage.POOLING__PADDING:
				setPadding((Integer)newValue);
				return;
			case ConvolutionPackage.POOLING__PADDING_END:
				setPaddingEnd((Integer)newValue);
				return;
			case ConvolutionPackage.POOLING__DILATION:
				setDilation((Integer)newValue);
				return;
			case ConvolutionPackage.POOLING__CEIL_MODE:
				setCeilMode((Boolean)newValue);
				return;
			case ConvolutionPackage.POOLING__SEQUENCE:
				setSequence((Boolean)newValue);
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
			case ConvolutionPackage.POOLING__POOL_TYPE:
				setPoolType(POOL_TYPE_EDEFAULT);
				return;
			case ConvolutionPackage.POOLING__DIMENSIONS:
				setDimensions(DIMENSIONS_EDEFAULT);
				return;
			case ConvolutionPackage.POOLING__KERNEL:
				setKernel(KERNEL_EDEFAULT);
				return;
			case ConvolutionPackage.POOLING__STRIDE:
				setStride(STRIDE_EDEFAULT);
				return;
			case ConvolutionPackage.POOLING__PADDING:
				setPadding(PADDING_EDEFAULT);
				return;
			case ConvolutionPackage.POOLING__PADDING_END:
				setPaddingEnd(PADDING_END_EDEFAULT);
				return;
			case ConvolutionPackage.POOLING__DILATION:
				setDilation(DILATION_EDEFAULT);
				return;
			case ConvolutionPackage.POOLING__CEIL_MODE:
				setCeilMode(CEIL_MODE_EDEFAULT);
				return;
			case ConvolutionPackage.POOLING__SEQUENCE:
				setSequence(SEQUENCE_EDEFAULT);
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
			case ConvolutionPackage.POOLING__POOL_TYPE:
				return poolType != POOL_TYPE_EDEFAULT;
			case ConvolutionPackage.POOLING__DIMENSIONS:
				return dimensions != DIMENSIONS_EDEFAULT;
			case ConvolutionPackage.POOLING__KERNEL:
				return kernel != KERNEL_EDEFAULT;
			case ConvolutionPackage.POOLING__STRIDE:
				return stride != STRIDE_EDEFAULT;
			case ConvolutionPackage.POOLING__PADDING:
				return padding != PADDING_EDEFAULT;
			case ConvolutionPackage.POOLING__PADDING_END:
				return paddingEnd != PADDING_END_EDEFAULT;
			case ConvolutionPackage.POOLING__DILATION:
				return dilation != DILATION_EDEFAULT;
			case ConvolutionPackage.POOLING__CEIL_MODE:
				return ceilMode != CEIL_MODE_EDEFAULT;
			case ConvolutionPackage.POOLING__SEQUENCE:
				return sequence != SEQUENCE_EDEFAULT;
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
		result.append(" (poolType: ");
		result.append(poolType);
		result.append(", dimensions: ");
		result.append(dimensions);
		result.append(", kernel: ");
		result.append(kernel);
		result.append(", stride: ");
		result.append(stride);
		result.append(", padding: ");
		result.append(padding);
		result.append(", paddingEnd: ");
		result.append(paddingEnd);
		result.append(", dilation: ");
		result.append(dilation);
		result.append(", ceilMode: ");
		result.append(ceilMode);
		result.append(", sequence: ");
		result.append(sequence);
		result.append(')');
		return result.toString();
	}

} //PoolingImpl
