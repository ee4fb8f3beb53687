/**
 */
package dev.dendrite.model.network;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Input Role</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see dev.dendrite.model.network.NetworkPackage#getInputRole()
 * @model
 * @generated
 */
public enum InputRole implements Enumerator {
	/**
	 * The '<em><b>FEATURES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FEATURES_VALUE
	 * @generated
	 * @ordered
	 */
	FEATURES(0, "FEATURES", "features"),

	/**
	 * The '<em><b>TARGET</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TARGET_VALUE
	 * @generated
	 * @ordered
	 */
	TARGET(1, "TARGET", "target"),

	/**
	 * The '<em><b>DECODER INPUT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DECODER_INPUT_VALUE
	 * @generated
	 * @ordered
	 */
	DECODER_INPUT(2, "DECODER_INPUT", "decoder_input"),

	/**
	 * The '<em><b>NOISE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Read from no data set: the trainer fills it with standard normal noise for every sample (a generator's code); the exported model reads it as its input.
	 * <!-- end-model-doc -->
	 * @see #NOISE_VALUE
	 * @generated
	 * @ordered
	 */
	NOISE(3, "NOISE", "noise"),

	/**
	 * The '<em><b>LABEL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Fed each sample's class label (int64, dims [1]) from the data: the class a conditional generator draws and its discriminator judges; the exported model reads it as an input.
	 * <!-- end-model-doc -->
	 * @see #LABEL_VALUE
	 * @generated
	 * @ordered
	 */
	LABEL(4, "LABEL", "label");

	/**
	 * The '<em><b>FEATURES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FEATURES
	 * @model literal="features"
	 * @generated
	 * @ordered
	 */
	public static final int FEATURES_VALUE = 0;

	/**
	 * The '<em><b>TARGET</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TARGET
	 * @model literal="target"
	 * @generated
	 * @ordered
	 */
	public static final int TARGET_VALUE = 1;

	/**
	 * The '<em><b>DECODER INPUT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DECODER_INPUT
	 * @model literal="decoder_input"
	 * @generated
	 * @ordered
	 */
	public static final int DECODER_INPUT_VALUE = 2;

	/**
	 * The '<em><b>NOISE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Read from no data set: the trainer fills it with standard normal noise for every sample (a generator's code); the exported model reads it as its input.
	 * <!-- end-model-doc -->
	 * @see #NOISE
	 * @model literal="noise"
	 * @generated
	 * @ordered
	 */
	public static final int NOISE_VALUE = 3;

	/**
	 * The '<em><b>LABEL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Fed each sample's class label (int64, dims [1]) from the data: the class a conditional generator draws and its discriminator judges; the exported model reads it as an input.
	 * <!-- end-model-doc -->
	 * @see #LABEL
	 * @model literal="label"
	 * @generated
	 * @ordered
	 */
	public static final int LABEL_VALUE = 4;

	/**
	 * An array of all the '<em><b>Input Role</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final InputRole[] VALUES_ARRAY =
		new InputRole[] {
			FEATURES,
			TARGET,
			DECODER_INPUT,
			NOISE,
			LABEL,
		};

	/**
	 * A public read-only list of all the '<em><b>Input Role</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<InputRole> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Input Role</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InputRole get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			InputRole result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Input Role</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InputRole getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			InputRole result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Input Role</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InputRole get(int value) {
		switch (value) {
			case FEATURES_VALUE: return FEATURES;
			case TARGET_VALUE: return TARGET;
			case DECODER_INPUT_VALUE: return DECODER_INPUT;
			case NOISE_VALUE: return NOISE;
			case LABEL_VALUE: return LABEL;
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
	private InputRole(int value, String name, String literal) {
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
	
} //InputRole
