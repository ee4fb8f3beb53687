/**
 */
package dev.dendrite.model.network.normalization;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Mode</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see dev.dendrite.model.network.normalization.NormalizationPackage#getNormalizationMode()
 * @model
 * @generated
 */
public enum NormalizationMode implements Enumerator {
	/**
	 * The '<em><b>STANDARDIZE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STANDARDIZE_VALUE
	 * @generated
	 * @ordered
	 */
	STANDARDIZE(0, "STANDARDIZE", "standardize"),

	/**
	 * The '<em><b>MIN MAX UNIT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MIN_MAX_UNIT_VALUE
	 * @generated
	 * @ordered
	 */
	MIN_MAX_UNIT(1, "MIN_MAX_UNIT", "min_max_unit"),

	/**
	 * The '<em><b>MIN MAX SYMMETRIC</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MIN_MAX_SYMMETRIC_VALUE
	 * @generated
	 * @ordered
	 */
	MIN_MAX_SYMMETRIC(2, "MIN_MAX_SYMMETRIC", "min_max_symmetric");

	/**
	 * The '<em><b>STANDARDIZE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STANDARDIZE
	 * @model literal="standardize"
	 * @generated
	 * @ordered
	 */
	public static final int STANDARDIZE_VALUE = 0;

	/**
	 * The '<em><b>MIN MAX UNIT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MIN_MAX_UNIT
	 * @model literal="min_max_unit"
	 * @generated
	 * @ordered
	 */
	public static final int MIN_MAX_UNIT_VALUE = 1;

	/**
	 * The '<em><b>MIN MAX SYMMETRIC</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MIN_MAX_SYMMETRIC
	 * @model literal="min_max_symmetric"
	 * @generated
	 * @ordered
	 */
	public static final int MIN_MAX_SYMMETRIC_VALUE = 2;

	/**
	 * An array of all the '<em><b>Mode</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final NormalizationMode[] VALUES_ARRAY =
		new NormalizationMode[] {
			STANDARDIZE,
			MIN_MAX_UNIT,
			MIN_MAX_SYMMETRIC,
		};

	/**
	 * A public read-only list of all the '<em><b>Mode</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<NormalizationMode> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Mode</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static NormalizationMode get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			NormalizationMode result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Mode</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static NormalizationMode getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			NormalizationMode result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Mode</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static NormalizationMode get(int value) {
		switch (value) {
			case STANDARDIZE_VALUE: return STANDARDIZE;
			case MIN_MAX_UNIT_VALUE: return MIN_MAX_UNIT;
			case MIN_MAX_SYMMETRIC_VALUE: return MIN_MAX_SYMMETRIC;
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
	private NormalizationMode(int value, String name, String literal) {
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
	
} //NormalizationMode
