/**
 */
package dev.dendrite.model.network.convolution;

import dev.dendrite.model.network.Layer;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Convolution</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Conv1d or Conv2d; inChannels 0 means inferred from the input shape.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.dendrite.model.network.convolution.Convolution#getDimensions <em>Dimensions</em>}</li>
 *   <li>{@link dev.dendrite.model.network.convolution.Convolution#getInChannels <em>In Channels</em>}</li>
 *   <li>{@link dev.dendrite.model.network.convolution.Convolution#getOutChannels <em>Out Channels</em>}</li>
 *   <li>{@link dev.dendrite.model.network.convolution.Convolution#getKernel <em>Kernel</em>}</li>
 *   <li>{@link dev.dendrite.model.network.convolution.Convolution#getStride <em>Stride</em>}</li>
 *   <li>{@link dev.dendrite.model.network.convolution.Convolution#getPadding <em>Padding</em>}</li>
 *   <li>{@link dev.dendrite.model.network.convolution.Convolution#getPaddingEnd <em>Padding End</em>}</li>
 *   <li>{@link dev.dendrite.model.network.convolution.Convolution#getKernelShape <em>Kernel Shape</em>}</li>
 *   <li>{@link dev.dendrite.model.network.convolution.Convolution#getPads <em>Pads</em>}</li>
 *   <li>{@link dev.dendrite.model.network.convolution.Convolution#getDilation <em>Dilation</em>}</li>
 *   <li>{@link dev.dendrite.model.network.convolution.Convolution#getGroups <em>Groups</em>}</li>
 *   <li>{@link dev.dendrite.model.network.convolution.Convolution#isBias <em>Bias</em>}</li>
 *   <li>{@link dev.dendrite.model.network.convolution.Convolution#isSpectralNorm <em>Spectral Norm</em>}</li>
 *   <li>{@link dev.dendrite.model.network.convolution.Convolution#isSequence <em>Sequence</em>}</li>
 *   <li>{@link dev.dendrite.model.network.convolution.Convolution#getStepPadding <em>Step Padding</em>}</li>
 * </ul>
 *
 * @see dev.dendrite.model.network.convolution.ConvolutionPackage#getConvolution()
 * @model
 * @generated
 */
public interface Convolution extends Layer {
	/**
	 * Returns the value of the '<em><b>Dimensions</b></em>' attribute.
	 * The default value is <code>"2"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dimensions</em>' attribute.
	 * @see #setDimensions(int)
	 * @see dev.dendrite.model.network.convolution.ConvolutionPackage#getConvolution_Dimensions()
	 * @model default="2"
	 * @generated
	 */
	int getDimensions();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.convolution.Convolution#getDimensions <em>Dimensions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dimensions</em>' attribute.
	 * @see #getDimensions()
	 * @generated
	 */
	void setDimensions(int value);

	/**
	 * Returns the value of the '<em><b>In Channels</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>In Channels</em>' attribute.
	 * @see #setInChannels(int)
	 * @see dev.dendrite.model.network.convolution.ConvolutionPackage#getConvolution_InChannels()
	 * @model default="0"
	 * @generated
	 */
	int getInChannels();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.convolution.Convolution#getInChannels <em>In Channels</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>In Channels</em>' attribute.
	 * @see #getInChannels()
	 * @generated
	 */
	void setInChannels(int value);

	/**
	 * Returns the value of the '<em><b>Out Channels</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Out Channels</em>' attribute.
	 * @see #setOutChannels(int)
	 * @see dev.dendrite.model.network.convolution.ConvolutionPackage#getConvolution_OutChannels()
	 * @model default="1"
	 * @generated
	 */
	int getOutChannels();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.convolution.Convolution#getOutChannels <em>Out Channels</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Out Channels</em>' attribute.
	 * @see #getOutChannels()
	 * @generated
	 */
	void setOutChannels(int value);

	/**
	 * Returns the value of the '<em><b>Kernel</b></em>' attribute.
	 * The default value is <code>"3"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kernel</em>' attribute.
	 * @see #setKernel(int)
	 * @see dev.dendrite.model.network.convolution.ConvolutionPackage#getConvolution_Kernel()
	 * @model default="3"
	 * @generated
	 */
	int getKernel();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.convolution.Convolution#getKernel <em>Kernel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kernel</em>' attribute.
	 * @see #getKernel()
	 * @generated
	 */
	void setKernel(int value);

	/**
	 * Returns the value of the '<em><b>Stride</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stride</em>' attribute.
	 * @see #setStride(int)
	 * @see dev.dendrite.model.network.convolution.ConvolutionPackage#getConvolution_Stride()
	 * @model default="1"
	 * @generated
	 */
	int getStride();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.convolution.Convolution#getStride <em>Stride</em>}' attribute.
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
	 * @see dev.dendrite.model.network.convolution.ConvolutionPackage#getConvolution_Padding()
	 * @model default="0"
	 * @generated
	 */
	int getPadding();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.convolution.Convolution#getPadding <em>Padding</em>}' attribute.
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
	 * @see dev.dendrite.model.network.convolution.ConvolutionPackage#getConvolution_PaddingEnd()
	 * @model default="-1"
	 * @generated
	 */
	int getPaddingEnd();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.convolution.Convolution#getPaddingEnd <em>Padding End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Padding End</em>' attribute.
	 * @see #getPaddingEnd()
	 * @generated
	 */
	void setPaddingEnd(int value);

	/**
	 * Returns the value of the '<em><b>Kernel Shape</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Integer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A kernel size per spatial dim (e.g. 1, 7), when they differ; empty: kernel on every dim.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kernel Shape</em>' attribute list.
	 * @see dev.dendrite.model.network.convolution.ConvolutionPackage#getConvolution_KernelShape()
	 * @model unique="false"
	 * @generated
	 */
	EList<Integer> getKernelShape();

	/**
	 * Returns the value of the '<em><b>Pads</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Integer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Padding per spatial dim and end, in ONNX's order (every near end, then every far end: top, left, bottom, right), when the dims differ; empty: padding and paddingEnd.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pads</em>' attribute list.
	 * @see dev.dendrite.model.network.convolution.ConvolutionPackage#getConvolution_Pads()
	 * @model unique="false"
	 * @generated
	 */
	EList<Integer> getPads();

	/**
	 * Returns the value of the '<em><b>Dilation</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dilation</em>' attribute.
	 * @see #setDilation(int)
	 * @see dev.dendrite.model.network.convolution.ConvolutionPackage#getConvolution_Dilation()
	 * @model default="1"
	 * @generated
	 */
	int getDilation();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.convolution.Convolution#getDilation <em>Dilation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dilation</em>' attribute.
	 * @see #getDilation()
	 * @generated
	 */
	void setDilation(int value);

	/**
	 * Returns the value of the '<em><b>Groups</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Groups</em>' attribute.
	 * @see #setGroups(int)
	 * @see dev.dendrite.model.network.convolution.ConvolutionPackage#getConvolution_Groups()
	 * @model default="1"
	 * @generated
	 */
	int getGroups();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.convolution.Convolution#getGroups <em>Groups</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Groups</em>' attribute.
	 * @see #getGroups()
	 * @generated
	 */
	void setGroups(int value);

	/**
	 * Returns the value of the '<em><b>Bias</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bias</em>' attribute.
	 * @see #setBias(boolean)
	 * @see dev.dendrite.model.network.convolution.ConvolutionPackage#getConvolution_Bias()
	 * @model default="true"
	 * @generated
	 */
	boolean isBias();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.convolution.Convolution#isBias <em>Bias</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bias</em>' attribute.
	 * @see #isBias()
	 * @generated
	 */
	void setBias(boolean value);

	/**
	 * Returns the value of the '<em><b>Spectral Norm</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Divides the weight by its largest singular value (spectral normalisation, Miyato et al., 2018), estimated by one power iteration per training step from a kept vector: the layer is 1-Lipschitz, as a GAN's discriminator wants.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Spectral Norm</em>' attribute.
	 * @see #setSpectralNorm(boolean)
	 * @see dev.dendrite.model.network.convolution.ConvolutionPackage#getConvolution_SpectralNorm()
	 * @model default="false"
	 * @generated
	 */
	boolean isSpectralNorm();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.convolution.Convolution#isSpectralNorm <em>Spectral Norm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Spectral Norm</em>' attribute.
	 * @see #isSpectralNorm()
	 * @generated
	 */
	void setSpectralNorm(boolean value);

	/**
	 * Returns the value of the '<em><b>Sequence</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Conv1d over the steps of a sequence [N,T,F] (features last, as Keras' Conv1D) to [N,T,outChannels] (stride 1, padded as stepPadding says), so sequences of any length and padded batches work; padded steps read as zeros.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sequence</em>' attribute.
	 * @see #setSequence(boolean)
	 * @see dev.dendrite.model.network.convolution.ConvolutionPackage#getConvolution_Sequence()
	 * @model default="false"
	 * @generated
	 */
	boolean isSequence();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.convolution.Convolution#isSequence <em>Sequence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sequence</em>' attribute.
	 * @see #isSequence()
	 * @generated
	 */
	void setSequence(boolean value);

	/**
	 * Returns the value of the '<em><b>Step Padding</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.dendrite.model.network.convolution.StepPadding}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * With sequence, as Keras' Conv1D padding: same keeps every step (the kernel centred), causal keeps them with each step reading itself and the steps before it only (WaveNet's, TCNs'), valid keeps the steps whose window lies inside the sequence (d(k-1) fewer).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Step Padding</em>' attribute.
	 * @see dev.dendrite.model.network.convolution.StepPadding
	 * @see #setStepPadding(StepPadding)
	 * @see dev.dendrite.model.network.convolution.ConvolutionPackage#getConvolution_StepPadding()
	 * @model
	 * @generated
	 */
	StepPadding getStepPadding();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.convolution.Convolution#getStepPadding <em>Step Padding</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Step Padding</em>' attribute.
	 * @see dev.dendrite.model.network.convolution.StepPadding
	 * @see #getStepPadding()
	 * @generated
	 */
	void setStepPadding(StepPadding value);

} // Convolution
