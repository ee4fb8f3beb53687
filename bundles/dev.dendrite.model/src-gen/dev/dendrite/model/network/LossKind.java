/**
 */
package dev.dendrite.model.network;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Loss Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see dev.dendrite.model.network.NetworkPackage#getLossKind()
 * @model
 * @generated
 */
public enum LossKind implements Enumerator {
	/**
	 * The '<em><b>MSE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MSE_VALUE
	 * @generated
	 * @ordered
	 */
	MSE(0, "MSE", "mse"),

	/**
	 * The '<em><b>CROSS ENTROPY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CROSS_ENTROPY_VALUE
	 * @generated
	 * @ordered
	 */
	CROSS_ENTROPY(1, "CROSS_ENTROPY", "cross_entropy"),

	/**
	 * The '<em><b>BINARY CROSS ENTROPY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BINARY_CROSS_ENTROPY_VALUE
	 * @generated
	 * @ordered
	 */
	BINARY_CROSS_ENTROPY(2, "BINARY_CROSS_ENTROPY", "binary_cross_entropy"),

	/**
	 * The '<em><b>RECONSTRUCTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RECONSTRUCTION_VALUE
	 * @generated
	 * @ordered
	 */
	RECONSTRUCTION(3, "RECONSTRUCTION", "reconstruction"),

	/**
	 * The '<em><b>SEQUENCE NLL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SEQUENCE_NLL_VALUE
	 * @generated
	 * @ordered
	 */
	SEQUENCE_NLL(4, "SEQUENCE_NLL", "sequence_nll"),

	/**
	 * The '<em><b>GAN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A generative adversarial network's losses (Goodfellow et al., 2014, the generator's non-saturating form): the input is the discriminator's logit for generated samples, the target its logit for real ones; the discriminator learns softplus(−real) + softplus(fake), the generator softplus(−fake).
	 * <!-- end-model-doc -->
	 * @see #GAN_VALUE
	 * @generated
	 * @ordered
	 */
	GAN(5, "GAN", "gan"),

	/**
	 * The '<em><b>GAN LEAST SQUARES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Least-squares GAN (Mao et al., 2017): the discriminator learns ((real − 1)² + fake²)/2, the generator (fake − 1)²/2.
	 * <!-- end-model-doc -->
	 * @see #GAN_LEAST_SQUARES_VALUE
	 * @generated
	 * @ordered
	 */
	GAN_LEAST_SQUARES(6, "GAN_LEAST_SQUARES", "gan_least_squares"),

	/**
	 * The '<em><b>GAN HINGE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Hinge GAN (Lim and Ye, 2017; Miyato et al., 2018): the discriminator learns relu(1 − real) + relu(1 + fake), the generator −fake.
	 * <!-- end-model-doc -->
	 * @see #GAN_HINGE_VALUE
	 * @generated
	 * @ordered
	 */
	GAN_HINGE(7, "GAN_HINGE", "gan_hinge"),

	/**
	 * The '<em><b>GAN WASSERSTEIN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Wasserstein GAN (Arjovsky et al., 2017) with its critic kept 1-Lipschitz by a gradient penalty (set gradientPenalty, 10 in Gulrajani et al., 2017): the critic learns fake − real (its scores, unbounded: real − fake estimates the Wasserstein distance), the generator −fake.
	 * <!-- end-model-doc -->
	 * @see #GAN_WASSERSTEIN_VALUE
	 * @generated
	 * @ordered
	 */
	GAN_WASSERSTEIN(8, "GAN_WASSERSTEIN", "gan_wasserstein");

	/**
	 * The '<em><b>MSE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MSE
	 * @model literal="mse"
	 * @generated
	 * @ordered
	 */
	public static final int MSE_VALUE = 0;

	/**
	 * The '<em><b>CROSS ENTROPY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CROSS_ENTROPY
	 * @model literal="cross_entropy"
	 * @generated
	 * @ordered
	 */
	public static final int CROSS_ENTROPY_VALUE = 1;

	/**
	 * The '<em><b>BINARY CROSS ENTROPY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BINARY_CROSS_ENTROPY
	 * @model literal="binary_cross_entropy"
	 * @generated
	 * @ordered
	 */
	public static final int BINARY_CROSS_ENTROPY_VALUE = 2;

	/**
	 * The '<em><b>RECONSTRUCTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RECONSTRUCTION
	 * @model literal="reconstruction"
	 * @generated
	 * @ordered
	 */
	public static final int RECONSTRUCTION_VALUE = 3;

	/**
	 * The '<em><b>SEQUENCE NLL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SEQUENCE_NLL
	 * @model literal="sequence_nll"
	 * @generated
	 * @ordered
	 */
	public static final int SEQUENCE_NLL_VALUE = 4;

	/**
	 * The '<em><b>GAN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A generative adversarial network's losses (Goodfellow et al., 2014, the generator's non-saturating form): the input is the discriminator's logit for generated samples, the target its logit for real ones; the discriminator learns softplus(−real) + softplus(fake), the generator softplus(−fake).
	 * <!-- end-model-doc -->
	 * @see #GAN
	 * @model literal="gan"
	 * @generated
	 * @ordered
	 */
	public static final int GAN_VALUE = 5;

	/**
	 * The '<em><b>GAN LEAST SQUARES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Least-squares GAN (Mao et al., 2017): the discriminator learns ((real − 1)² + fake²)/2, the generator (fake − 1)²/2.
	 * <!-- end-model-doc -->
	 * @see #GAN_LEAST_SQUARES
	 * @model literal="gan_least_squares"
	 * @generated
	 * @ordered
	 */
	public static final int GAN_LEAST_SQUARES_VALUE = 6;

	/**
	 * The '<em><b>GAN HINGE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Hinge GAN (Lim and Ye, 2017; Miyato et al., 2018): the discriminator learns relu(1 − real) + relu(1 + fake), the generator −fake.
	 * <!-- end-model-doc -->
	 * @see #GAN_HINGE
	 * @model literal="gan_hinge"
	 * @generated
	 * @ordered
	 */
	public static final int GAN_HINGE_VALUE = 7;

	/**
	 * The '<em><b>GAN WASSERSTEIN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Wasserstein GAN (Arjovsky et al., 2017) with its critic kept 1-Lipschitz by a gradient penalty (set gradientPenalty, 10 in Gulrajani et al., 2017): the critic learns fake − real (its scores, unbounded: real − fake estimates the Wasserstein distance), the generator −fake.
	 * <!-- end-model-doc -->
	 * @see #GAN_WASSERSTEIN
	 * @model literal="gan_wasserstein"
	 * @generated
	 * @ordered
	 */
	public static final int GAN_WASSERSTEIN_VALUE = 8;

	/**
	 * An array of all the '<em><b>Loss Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final LossKind[] VALUES_ARRAY =
		new LossKind[] {
			MSE,
			CROSS_ENTROPY,
			BINARY_CROSS_ENTROPY,
			RECONSTRUCTION,
			SEQUENCE_NLL,
			GAN,
			GAN_LEAST_SQUARES,
			GAN_HINGE,
			GAN_WASSERSTEIN,
		};

	/**
	 * A public read-only list of all the '<em><b>Loss Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<LossKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Loss Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LossKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			LossKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Loss Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LossKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			LossKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Loss Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LossKind get(int value) {
		switch (value) {
			case MSE_VALUE: return MSE;
			case CROSS_ENTROPY_VALUE: return CROSS_ENTROPY;
			case BINARY_CROSS_ENTROPY_VALUE: return BINARY_CROSS_ENTROPY;
			case RECONSTRUCTION_VALUE: return RECONSTRUCTION;
			case SEQUENCE_NLL_VALUE: return SEQUENCE_NLL;
			case GAN_VALUE: return GAN;
			case GAN_LEAST_SQUARES_VALUE: return GAN_LEAST_SQUARES;
			case GAN_HINGE_VALUE: return GAN_HINGE;
			case GAN_WASSERSTEIN_VALUE: return GAN_WASSERSTEIN;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private LossKind(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //LossKind
