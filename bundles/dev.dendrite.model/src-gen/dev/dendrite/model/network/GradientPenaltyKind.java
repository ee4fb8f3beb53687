/**
 */
package dev.dendrite.model.network;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Gradient Penalty Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see dev.dendrite.model.network.NetworkPackage#getGradientPenaltyKind()
 * @model
 * @generated
 */
public enum GradientPenaltyKind implements Enumerator {
	/**
	 * The '<em><b>WGAN GP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * WGAN-GP's one-centred penalty (Gulrajani et al., 2017): λ · mean of (‖∇D(x̂)‖ − 1)² at random points x̂ between each real sample and a generated one; keeps a Wasserstein critic 1-Lipschitz.
	 * <!-- end-model-doc -->
	 * @see #WGAN_GP_VALUE
	 * @generated
	 * @ordered
	 */
	WGAN_GP(0, "WGAN_GP", "wgan_gp"),

	/**
	 * The '<em><b>R1</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * R1, the zero-centred penalty at the real samples (Mescheder et al., 2018): γ/2 · mean of ‖∇D(x)‖² over the real batch; keeps the discriminator flat on the data, as StyleGAN's do with the non-saturating loss.
	 * <!-- end-model-doc -->
	 * @see #R1_VALUE
	 * @generated
	 * @ordered
	 */
	R1(1, "R1", "r1");

	/**
	 * The '<em><b>WGAN GP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * WGAN-GP's one-centred penalty (Gulrajani et al., 2017): λ · mean of (‖∇D(x̂)‖ − 1)² at random points x̂ between each real sample and a generated one; keeps a Wasserstein critic 1-Lipschitz.
	 * <!-- end-model-doc -->
	 * @see #WGAN_GP
	 * @model literal="wgan_gp"
	 * @generated
	 * @ordered
	 */
	public static final int WGAN_GP_VALUE = 0;

	/**
	 * The '<em><b>R1</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * R1, the zero-centred penalty at the real samples (Mescheder et al., 2018): γ/2 · mean of ‖∇D(x)‖² over the real batch; keeps the discriminator flat on the data, as StyleGAN's do with the non-saturating loss.
	 * <!-- end-model-doc -->
	 * @see #R1
	 * @model literal="r1"
	 * @generated
	 * @ordered
	 */
	public static final int R1_VALUE = 1;

	/**
	 * An array of all the '<em><b>Gradient Penalty Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final GradientPenaltyKind[] VALUES_ARRAY =
		new GradientPenaltyKind[] {
			WGAN_GP,
			R1,
		};

	/**
	 * A public read-only list of all the '<em><b>Gradient Penalty Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<GradientPenaltyKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Gradient Penalty Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static GradientPenaltyKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			GradientPenaltyKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Gradient Penalty Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static GradientPenaltyKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			GradientPenaltyKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Gradient Penalty Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static GradientPenaltyKind get(int value) {
		switch (value) {
			case WGAN_GP_VALUE: return WGAN_GP;
			case R1_VALUE: return R1;
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
	private GradientPenaltyKind(int value, String name, String literal) {
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
	
} //GradientPenaltyKind
