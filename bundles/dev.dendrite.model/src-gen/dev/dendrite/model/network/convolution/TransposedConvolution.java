/**
 */
package dev.dendrite.model.network.convolution;

import dev.dendrite.model.network.Layer;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Transposed Convolution</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * ConvTranspose1d or ConvTranspose2d, the adjoint of a strided convolution: each input value scatters the kernel onto a map stride times as large, as DCGAN generators and convolutional decoders learn to enlarge maps; output size (in - 1) stride - 2 padding + kernel + outputPadding; inChannels 0 means inferred from the input shape.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.dendrite.model.network.convolution.TransposedConvolution#getDimensions <em>Dimensions</em>}</li>
 *   <li>{@link dev.dendrite.model.network.convolution.TransposedConvolution#getInChannels <em>In Channels</em>}</li>
 *   <li>{@link dev.dendrite.model.network.convolution.TransposedConvolution#getOutChannels <em>Out Channels</em>}</li>
 *   <li>{@link dev.dendrite.model.network.convolution.TransposedConvolution#getKernel <em>Kernel</em>}</li>
 *   <li>{@link dev.dendrite.model.network.convolution.TransposedConvolution#getStride <em>Stride</em>}</li>
 *   <li>{@link dev.dendrite.model.network.convolution.TransposedConvolution#getPadding <em>Padding</em>}</li>
 *   <li>{@link dev.dendrite.model.network.convolution.TransposedConvolution#getOutputPadding <em>Output Padding</em>}</li>
 *   <li>{@link dev.dendrite.model.network.convolution.TransposedConvolution#isBias <em>Bias</em>}</li>
 * </ul>
 *
 * @see dev.dendrite.model.network.convolution.ConvolutionPackage#getTransposedConvolution()
 * @model
 * @generated
 */
public interface TransposedConvolution extends Layer {
	/**
	 * Returns the value of the '<em><b>Dimensions</b></em>' attribute.
	 * The default value is <code>"2"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dimensions</em>' attribute.
	 * @see #setDimensions(int)
	 * @see dev.dendrite.model.network.convolution.ConvolutionPackage#getTransposedConvolution_Dimensions()
	 * @model default="2"
	 * @generated
	 */
	int getDimensions();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.convolution.TransposedConvolution#getDimensions <em>Dimensions</em>}' attribute.
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
	 * @see dev.dendrite.model.network.convolution.ConvolutionPackage#getTransposedConvolution_InChannels()
	 * @model default="0"
	 * @generated
	 */
	int getInChannels();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.convolution.TransposedConvolution#getInChannels <em>In Channels</em>}' attribute.
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
	 * @see dev.dendrite.model.network.convolution.ConvolutionPackage#getTransposedConvolution_OutChannels()
	 * @model default="1"
	 * @generated
	 */
	int getOutChannels();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.convolution.TransposedConvolution#getOutChannels <em>Out Channels</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Out Channels</em>' attribute.
	 * @see #getOutChannels()
	 * @generated
	 */
	void setOutChannels(int value);

	/**
	 * Returns the value of the '<em><b>Kernel</b></em>' attribute.
	 * The default value is <code>"4"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kernel</em>' attribute.
	 * @see #setKernel(int)
	 * @see dev.dendrite.model.network.convolution.ConvolutionPackage#getTransposedConvolution_Kernel()
	 * @model default="4"
	 * @generated
	 */
	int getKernel();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.convolution.TransposedConvolution#getKernel <em>Kernel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kernel</em>' attribute.
	 * @see #getKernel()
	 * @generated
	 */
	void setKernel(int value);

	/**
	 * Returns the value of the '<em><b>Stride</b></em>' attribute.
	 * The default value is <code>"2"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stride</em>' attribute.
	 * @see #setStride(int)
	 * @see dev.dendrite.model.network.convolution.ConvolutionPackage#getTransposedConvolution_Stride()
	 * @model default="2"
	 * @generated
	 */
	int getStride();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.convolution.TransposedConvolution#getStride <em>Stride</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stride</em>' attribute.
	 * @see #getStride()
	 * @generated
	 */
	void setStride(int value);

	/**
	 * Returns the value of the '<em><b>Padding</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Positions taken off each end of every spatial dim of the full output, as PyTorch counts it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Padding</em>' attribute.
	 * @see #setPadding(int)
	 * @see dev.dendrite.model.network.convolution.ConvolutionPackage#getTransposedConvolution_Padding()
	 * @model default="1"
	 * @generated
	 */
	int getPadding();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.convolution.TransposedConvolution#getPadding <em>Padding</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Padding</em>' attribute.
	 * @see #getPadding()
	 * @generated
	 */
	void setPadding(int value);

	/**
	 * Returns the value of the '<em><b>Output Padding</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Positions added at the far end of every spatial dim (less than stride), to tell apart the output sizes a strided convolution maps to one size.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Output Padding</em>' attribute.
	 * @see #setOutputPadding(int)
	 * @see dev.dendrite.model.network.convolution.ConvolutionPackage#getTransposedConvolution_OutputPadding()
	 * @model default="0"
	 * @generated
	 */
	int getOutputPadding();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.convolution.TransposedConvolution#getOutputPadding <em>Output Padding</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Output Padding</em>' attribute.
	 * @see #getOutputPadding()
	 * @generated
	 */
	void setOutputPadding(int value);

	/**
	 * Returns the value of the '<em><b>Bias</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bias</em>' attribute.
	 * @see #setBias(boolean)
	 * @see dev.dendrite.model.network.convolution.ConvolutionPackage#getTransposedConvolution_Bias()
	 * @model default="true"
	 * @generated
	 */
	boolean isBias();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.convolution.TransposedConvolution#isBias <em>Bias</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bias</em>' attribute.
	 * @see #isBias()
	 * @generated
	 */
	void setBias(boolean value);

} // TransposedConvolution
