/**
 */
package dev.dendrite.model.network;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Loss</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A training head: compares its input with the target (labels when the target port is unconnected). The GAN kinds read the discriminator's logits of generated samples at the input and of real samples at the target.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.dendrite.model.network.Loss#getKind <em>Kind</em>}</li>
 *   <li>{@link dev.dendrite.model.network.Loss#getWeight <em>Weight</em>}</li>
 *   <li>{@link dev.dendrite.model.network.Loss#getGradientPenalty <em>Gradient Penalty</em>}</li>
 *   <li>{@link dev.dendrite.model.network.Loss#getGradientPenaltyKind <em>Gradient Penalty Kind</em>}</li>
 * </ul>
 *
 * @see dev.dendrite.model.network.NetworkPackage#getLoss()
 * @model
 * @generated
 */
public interface Loss extends Layer {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.dendrite.model.network.LossKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see dev.dendrite.model.network.LossKind
	 * @see #setKind(LossKind)
	 * @see dev.dendrite.model.network.NetworkPackage#getLoss_Kind()
	 * @model
	 * @generated
	 */
	LossKind getKind();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.Loss#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see dev.dendrite.model.network.LossKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(LossKind value);

	/**
	 * Returns the value of the '<em><b>Weight</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Weight</em>' attribute.
	 * @see #setWeight(double)
	 * @see dev.dendrite.model.network.NetworkPackage#getLoss_Weight()
	 * @model default="1.0"
	 * @generated
	 */
	double getWeight();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.Loss#getWeight <em>Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Weight</em>' attribute.
	 * @see #getWeight()
	 * @generated
	 */
	void setWeight(double value);

	/**
	 * Returns the value of the '<em><b>Gradient Penalty</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * GAN losses: the weight of a gradient penalty on the discriminator, of the kind gradientPenaltyKind says: λ of WGAN-GP's (Gulrajani et al., 2017; 10 with the Wasserstein loss) or γ of R1 (Mescheder et al., 2018); 0 for none. The penalty is per sample, so the discriminator holds no BatchNorm.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Gradient Penalty</em>' attribute.
	 * @see #setGradientPenalty(double)
	 * @see dev.dendrite.model.network.NetworkPackage#getLoss_GradientPenalty()
	 * @model default="0.0"
	 * @generated
	 */
	double getGradientPenalty();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.Loss#getGradientPenalty <em>Gradient Penalty</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gradient Penalty</em>' attribute.
	 * @see #getGradientPenalty()
	 * @generated
	 */
	void setGradientPenalty(double value);

	/**
	 * Returns the value of the '<em><b>Gradient Penalty Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.dendrite.model.network.GradientPenaltyKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Gradient Penalty Kind</em>' attribute.
	 * @see dev.dendrite.model.network.GradientPenaltyKind
	 * @see #setGradientPenaltyKind(GradientPenaltyKind)
	 * @see dev.dendrite.model.network.NetworkPackage#getLoss_GradientPenaltyKind()
	 * @model
	 * @generated
	 */
	GradientPenaltyKind getGradientPenaltyKind();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.Loss#getGradientPenaltyKind <em>Gradient Penalty Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gradient Penalty Kind</em>' attribute.
	 * @see dev.dendrite.model.network.GradientPenaltyKind
	 * @see #getGradientPenaltyKind()
	 * @generated
	 */
	void setGradientPenaltyKind(GradientPenaltyKind value);

} // Loss
