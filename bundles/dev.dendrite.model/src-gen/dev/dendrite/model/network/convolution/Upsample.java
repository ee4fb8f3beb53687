/**
 */
package dev.dendrite.model.network.convolution;

import dev.dendrite.model.network.Layer;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Upsample</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Enlarges feature maps [N,C,L] or [N,C,H,W] scale times along each spatial dim, as ONNX's Resize: each value repeated (nearest) or interpolated (bilinear, PyTorch's align_corners=False); before a convolution it makes a decoder's resize-convolution.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.dendrite.model.network.convolution.Upsample#getScale <em>Scale</em>}</li>
 *   <li>{@link dev.dendrite.model.network.convolution.Upsample#isBilinear <em>Bilinear</em>}</li>
 * </ul>
 *
 * @see dev.dendrite.model.network.convolution.ConvolutionPackage#getUpsample()
 * @model
 * @generated
 */
public interface Upsample extends Layer {
	/**
	 * Returns the value of the '<em><b>Scale</b></em>' attribute.
	 * The default value is <code>"2"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scale</em>' attribute.
	 * @see #setScale(int)
	 * @see dev.dendrite.model.network.convolution.ConvolutionPackage#getUpsample_Scale()
	 * @model default="2"
	 * @generated
	 */
	int getScale();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.convolution.Upsample#getScale <em>Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scale</em>' attribute.
	 * @see #getScale()
	 * @generated
	 */
	void setScale(int value);

	/**
	 * Returns the value of the '<em><b>Bilinear</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bilinear</em>' attribute.
	 * @see #setBilinear(boolean)
	 * @see dev.dendrite.model.network.convolution.ConvolutionPackage#getUpsample_Bilinear()
	 * @model default="false"
	 * @generated
	 */
	boolean isBilinear();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.convolution.Upsample#isBilinear <em>Bilinear</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bilinear</em>' attribute.
	 * @see #isBilinear()
	 * @generated
	 */
	void setBilinear(boolean value);

} // Upsample
