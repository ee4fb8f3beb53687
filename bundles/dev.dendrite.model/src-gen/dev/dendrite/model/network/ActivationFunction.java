/**
 */
package dev.dendrite.model.network;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Activation Function</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see dev.dendrite.model.network.NetworkPackage#getActivationFunction()
 * @model
 * @generated
 */
public enum ActivationFunction implements Enumerator {
	/**
	 * The '<em><b>SIGMOID</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SIGMOID_VALUE
	 * @generated
	 * @ordered
	 */
	SIGMOID(0, "SIGMOID", "sigmoid"),

	/**
	 * The '<em><b>TANH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TANH_VALUE
	 * @generated
	 * @ordered
	 */
	TANH(1, "TANH", "tanh"),

	/**
	 * The '<em><b>RELU</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RELU_VALUE
	 * @generated
	 * @ordered
	 */
	RELU(2, "RELU", "relu"),

	/**
	 * The '<em><b>LEAKY RELU</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEAKY_RELU_VALUE
	 * @generated
	 * @ordered
	 */
	LEAKY_RELU(3, "LEAKY_RELU", "leaky_relu"),

	/**
	 * The '<em><b>ELU</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ELU_VALUE
	 * @generated
	 * @ordered
	 */
	ELU(4, "ELU", "elu"),

	/**
	 * The '<em><b>GELU</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GELU_VALUE
	 * @generated
	 * @ordered
	 */
	GELU(5, "GELU", "gelu"),

	/**
	 * The '<em><b>SOFTMAX</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOFTMAX_VALUE
	 * @generated
	 * @ordered
	 */
	SOFTMAX(6, "SOFTMAX", "softmax"),

	/**
	 * The '<em><b>LOG SOFTMAX</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOG_SOFTMAX_VALUE
	 * @generated
	 * @ordered
	 */
	LOG_SOFTMAX(7, "LOG_SOFTMAX", "log_softmax");

	/**
	 * The '<em><b>SIGMOID</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SIGMOID
	 * @model literal="sigmoid"
	 * @generated
	 * @ordered
	 */
	public static final int SIGMOID_VALUE = 0;

	/**
	 * The '<em><b>TANH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TANH
	 * @model literal="tanh"
	 * @generated
	 * @ordered
	 */
	public static final int TANH_VALUE = 1;

	/**
	 * The '<em><b>RELU</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RELU
	 * @model literal="relu"
	 * @generated
	 * @ordered
	 */
	public static final int RELU_VALUE = 2;

	/**
	 * The '<em><b>LEAKY RELU</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEAKY_RELU
	 * @model literal="leaky_relu"
	 * @generated
	 * @ordered
	 */
	public static final int LEAKY_RELU_VALUE = 3;

	/**
	 * The '<em><b>ELU</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ELU
	 * @model literal="elu"
	 * @generated
	 * @ordered
	 */
	public static final int ELU_VALUE = 4;

	/**
	 * The '<em><b>GELU</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GELU
	 * @model literal="gelu"
	 * @generated
	 * @ordered
	 */
	public static final int GELU_VALUE = 5;

	/**
	 * The '<em><b>SOFTMAX</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOFTMAX
	 * @model literal="softmax"
	 * @generated
	 * @ordered
	 */
	public static final int SOFTMAX_VALUE = 6;

	/**
	 * The '<em><b>LOG SOFTMAX</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOG_SOFTMAX
	 * @model literal="log_softmax"
	 * @generated
	 * @ordered
	 */
	public static final int LOG_SOFTMAX_VALUE = 7;

	/**
	 * An array of all the '<em><b>Activation Function</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ActivationFunction[] VALUES_ARRAY =
		new ActivationFunction[] {
			SIGMOID,
			TANH,
			RELU,
			LEAKY_RELU,
			ELU,
			GELU,
			SOFTMAX,
			LOG_SOFTMAX,
		};

	/**
	 * A public read-only list of all the '<em><b>Activation Function</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ActivationFunction> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Activation Function</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ActivationFunction get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ActivationFunction result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Activation Function</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ActivationFunction getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ActivationFunction result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Activation Function</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ActivationFunction get(int value) {
		switch (value) {
			case SIGMOID_VALUE: return SIGMOID;
			case TANH_VALUE: return TANH;
			case RELU_VALUE: return RELU;
			case LEAKY_RELU_VALUE: return LEAKY_RELU;
			case ELU_VALUE: return ELU;
			case GELU_VALUE: return GELU;
			case SOFTMAX_VALUE: return SOFTMAX;
			case LOG_SOFTMAX_VALUE: return LOG_SOFTMAX;
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
	private ActivationFunction(int value, String name, String literal) {
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
	
} //ActivationFunction
