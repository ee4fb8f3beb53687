/**
 */
package dev.dendrite.model.network.generative;

import dev.dendrite.model.network.Layer;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Gaussian Latent</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A variational autoencoder's latent code from its mean and logVariance inputs [N,K]: in training z = mean + exp(logVariance/2)·ε with ε ~ N(0, I) (the reparameterisation trick) and klWeight·KL(N(mean, exp(logVariance)) ‖ N(0, I)), summed over the K dims and averaged over the samples, added to the loss (β-VAE for klWeight ≠ 1); at inference z = mean.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.dendrite.model.network.generative.GaussianLatent#getKlWeight <em>Kl Weight</em>}</li>
 *   <li>{@link dev.dendrite.model.network.generative.GaussianLatent#getKlWarmupSteps <em>Kl Warmup Steps</em>}</li>
 * </ul>
 *
 * @see dev.dendrite.model.network.generative.GenerativePackage#getGaussianLatent()
 * @model
 * @generated
 */
public interface GaussianLatent extends Layer {
	/**
	 * Returns the value of the '<em><b>Kl Weight</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kl Weight</em>' attribute.
	 * @see #setKlWeight(double)
	 * @see dev.dendrite.model.network.generative.GenerativePackage#getGaussianLatent_KlWeight()
	 * @model default="1.0"
	 * @generated
	 */
	double getKlWeight();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.generative.GaussianLatent#getKlWeight <em>Kl Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kl Weight</em>' attribute.
	 * @see #getKlWeight()
	 * @generated
	 */
	void setKlWeight(double value);

	/**
	 * Returns the value of the '<em><b>Kl Warmup Steps</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * KL annealing (Bowman et al., 2016): the training loss weighs the KL term klWeight·min(1, step/klWarmupSteps), rising from 0 over the first steps so that the code is used before it is pulled to the prior; 0 weighs it fully from the start. Validation and test losses always weigh it fully.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kl Warmup Steps</em>' attribute.
	 * @see #setKlWarmupSteps(int)
	 * @see dev.dendrite.model.network.generative.GenerativePackage#getGaussianLatent_KlWarmupSteps()
	 * @model default="0"
	 * @generated
	 */
	int getKlWarmupSteps();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.generative.GaussianLatent#getKlWarmupSteps <em>Kl Warmup Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kl Warmup Steps</em>' attribute.
	 * @see #getKlWarmupSteps()
	 * @generated
	 */
	void setKlWarmupSteps(int value);

} // GaussianLatent
