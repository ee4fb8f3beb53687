/**
 */
package dev.dendrite.model.network;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Block Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see dev.dendrite.model.network.NetworkPackage#getBlockKind()
 * @model
 * @generated
 */
public enum BlockKind implements Enumerator {
	/**
	 * The '<em><b>GENERIC</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GENERIC_VALUE
	 * @generated
	 * @ordered
	 */
	GENERIC(0, "GENERIC", "generic"),

	/**
	 * The '<em><b>RESIDUAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESIDUAL_VALUE
	 * @generated
	 * @ordered
	 */
	RESIDUAL(1, "RESIDUAL", "residual"),

	/**
	 * The '<em><b>ENCODER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENCODER_VALUE
	 * @generated
	 * @ordered
	 */
	ENCODER(2, "ENCODER", "encoder"),

	/**
	 * The '<em><b>DECODER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DECODER_VALUE
	 * @generated
	 * @ordered
	 */
	DECODER(3, "DECODER", "decoder"),

	/**
	 * The '<em><b>AUTOENCODER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AUTOENCODER_VALUE
	 * @generated
	 * @ordered
	 */
	AUTOENCODER(4, "AUTOENCODER", "autoencoder"),

	/**
	 * The '<em><b>DBN STACK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DBN_STACK_VALUE
	 * @generated
	 * @ordered
	 */
	DBN_STACK(5, "DBN_STACK", "dbn_stack");

	/**
	 * The '<em><b>GENERIC</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GENERIC
	 * @model literal="generic"
	 * @generated
	 * @ordered
	 */
	public static final int GENERIC_VALUE = 0;

	/**
	 * The '<em><b>RESIDUAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESIDUAL
	 * @model literal="residual"
	 * @generated
	 * @ordered
	 */
	public static final int RESIDUAL_VALUE = 1;

	/**
	 * The '<em><b>ENCODER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENCODER
	 * @model literal="encoder"
	 * @generated
	 * @ordered
	 */
	public static final int ENCODER_VALUE = 2;

	/**
	 * The '<em><b>DECODER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DECODER
	 * @model literal="decoder"
	 * @generated
	 * @ordered
	 */
	public static final int DECODER_VALUE = 3;

	/**
	 * The '<em><b>AUTOENCODER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AUTOENCODER
	 * @model literal="autoencoder"
	 * @generated
	 * @ordered
	 */
	public static final int AUTOENCODER_VALUE = 4;

	/**
	 * The '<em><b>DBN STACK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DBN_STACK
	 * @model literal="dbn_stack"
	 * @generated
	 * @ordered
	 */
	public static final int DBN_STACK_VALUE = 5;

	/**
	 * An array of all the '<em><b>Block Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final BlockKind[] VALUES_ARRAY =
		new BlockKind[] {
			GENERIC,
			RESIDUAL,
			ENCODER,
			DECODER,
			AUTOENCODER,
			DBN_STACK,
		};

	/**
	 * A public read-only list of all the '<em><b>Block Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<BlockKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Block Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BlockKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			BlockKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Block Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BlockKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			BlockKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Block Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BlockKind get(int value) {
		switch (value) {
			case GENERIC_VALUE: return GENERIC;
			case RESIDUAL_VALUE: return RESIDUAL;
			case ENCODER_VALUE: return ENCODER;
			case DECODER_VALUE: return DECODER;
			case AUTOENCODER_VALUE: return AUTOENCODER;
			case DBN_STACK_VALUE: return DBN_STACK;
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
	private BlockKind(int value, String name, String literal) {
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
	
} //BlockKind
