/**
 */
package dev.dendrite.model.network.convolution;

import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.PoolType;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Pooling</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Max or average pooling over 1 or 2 spatial dims; stride 0 means stride = kernel.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.dendrite.model.network.convolution.Pooling#getPoolType <em>Pool Type</em>}</li>
 *   <li>{@link dev.dendrite.model.network.convolution.Pooling#getDimensions <em>Dimensions</em>}</li>
 *   <li>{@link dev.dendrite.model.network.convolution.Pooling#getKernel <em>Kernel</em>}</li>
 *   <li>{@link dev.dendrite.model.network.convolution.Pooling#getStride <em>Stride</em>}</li>
 *   <li>{@link dev.dendrite.model.network.convolution.Pooling#getPadding <em>Padding</em>}</li>
 *   <li>{@link dev.dendrite.model.network.convolution.Pooling#getPaddingEnd <em>Padding End</em>}</li>
 *   <li>{@link dev.dendrite.model.network.convolution.Pooling#getDilation <em>Dilation</em>}</li>
 *   <li>{@link dev.dendrite.model.network.convolution.Pooling#isCeilMode <em>Ceil Mode</em>}</li>
 *   <li>{@link dev.dendrite.model.network.convolution.Pooling#isSequence <em>Sequence</em>}</li>
 * </ul>
 *
 * @see dev.dendrite.model.network.convolution.ConvolutionPackage#getPooling()
 * @model
 * @generated
 */
public interface Pooling extends Layer {
	/**
	 * Returns the value of the '<em><b>Pool Type</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.dendrite.model.network.PoolType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pool Type</em>' attribute.
	 * @see dev.dendrite.model.network.PoolType
	 * @see #setPoolType(PoolType)
	 * @see dev.dendrite.model.network.convolution.ConvolutionPackage#getPooling_PoolType()
	 * @model
	 * @generated
	 */
	PoolType getPoolType();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.convolution.Pooling#getPoolType <em>Pool Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pool Type</em>' attribute.
	 * @see dev.dendrite.model.network.PoolType
	 * @see #getPoolType()
	 * @generated
	 */
	void setPoolType(PoolType value);

	/**
	 * Returns the value of the '<em><b>Dimensions</b></em>' attribute.
	 * The default value is <code>"2"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dimensions</em>' attribute.
	 * @see #setDimensions(int)
	 * @see dev.dendrite.model.network.convolution.ConvolutionPackage#getPooling_Dimensions()
	 * @model default="2"
	 * @generated
	 */
	int getDimensions();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.convolution.Pooling#getDimensions <em>Dimensions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dimensions</em>' attribute.
	 * @see #getDimensions()
	 * @generated
	 */
	void setDimensions(int value);

	/**
	 * Returns the value of the '<em><b>Kernel</b></em>' attribute.
	 * The default value is <code>"2"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kernel</em>' attribute.
	 * @see #setKernel(int)
	 * @see dev.dendrite.model.network.convolution.ConvolutionPackage#getPooling_Kernel()
	 * @model default="2"
	 * @generated
	 */
	int getKernel();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.convolution.Pooling#getKernel <em>Kernel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kernel</em>' attribute.
	 * @see #getKernel()
	 * @generated
	 */
	void setKernel(int value);

	/**
	 * Returns the value of the '<em><b>Stride</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stride</em>' attribute.
	 * @see #setStride(int)
	 * @see dev.dendrite.model.network.convolution.ConvolutionPackage#getPooling_Stride()
	 * @model default="0"
	 * @generated
	 */
	int getStride();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.convolution.Pooling#getStride <em>Stride</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stride</em>' attribute.
	 * @see #getStride()
	 * @generated
	 */
	void setStride(int value);

	/**
	 * Returns the value of the '<em><b>Padding</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Padding</em>' attribute.
	 * @see #setPadding(int)
	 * @see dev.dendrite.model.network.convolution.ConvolutionPackage#getPooling_Padding()
	 * @model default="0"
	 * @generated
	 */
	int getPadding();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.convolution.Pooling#getPadding <em>Padding</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Padding</em>' attribute.
	 * @see #getPadding()
	 * @generated
	 */
	void setPadding(int value);

	/**
	 * Returns the value of the '<em><b>Padding End</b></em>' attribute.
	 * The default value is <code>"-1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Padding at the far end of each spatial dim (right, bottom) when it differs from the near end, as TensorFlow's SAME padding makes it; -1: the same as padding.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Padding End</em>' attribute.
	 * @see #setPaddingEnd(int)
	 * @see dev.dendrite.model.network.convolution.ConvolutionPackage#getPooling_PaddingEnd()
	 * @model default="-1"
	 * @generated
	 */
	int getPaddingEnd();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.convolution.Pooling#getPaddingEnd <em>Padding End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Padding End</em>' attribute.
	 * @see #getPaddingEnd()
	 * @generated
	 */
	void setPaddingEnd(int value);

	/**
	 * Returns the value of the '<em><b>Dilation</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Spacing of the window's elements (1: adjacent), as in a dilated convolution.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dilation</em>' attribute.
	 * @see #setDilation(int)
	 * @see dev.dendrite.model.network.convolution.ConvolutionPackage#getPooling_Dilation()
	 * @model default="1"
	 * @generated
	 */
	int getDilation();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.convolution.Pooling#getDilation <em>Dilation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dilation</em>' attribute.
	 * @see #getDilation()
	 * @generated
	 */
	void setDilation(int value);

	/**
	 * Returns the value of the '<em><b>Ceil Mode</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Round the output size up: a last, partial window covers what the floor would leave out (ONNX ceil_mode, PyTorch ceil_mode).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ceil Mode</em>' attribute.
	 * @see #setCeilMode(boolean)
	 * @see dev.dendrite.model.network.convolution.ConvolutionPackage#getPooling_CeilMode()
	 * @model default="false"
	 * @generated
	 */
	boolean isCeilMode();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.convolution.Pooling#isCeilMode <em>Ceil Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ceil Mode</em>' attribute.
	 * @see #isCeilMode()
	 * @generated
	 */
	void setCeilMode(boolean value);

	/**
	 * Returns the value of the '<em><b>Sequence</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Pool windows of the steps of a sequence [N,T,F] (features last, as Keras' MaxPooling1D) to [N,(T-kernel)/stride+1,F]: whole windows only, so sequences of any length and padded batches work.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sequence</em>' attribute.
	 * @see #setSequence(boolean)
	 * @see dev.dendrite.model.network.convolution.ConvolutionPackage#getPooling_Sequence()
	 * @model default="false"
	 * @generated
	 */
	boolean isSequence();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.convolution.Pooling#isSequence <em>Sequence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sequence</em>' attribute.
	 * @see #isSequence()
	 * @generated
	 */
	void setSequence(boolean value);

} // Pooling
