/**
 */
package dev.dendrite.model.network.generative;

import dev.dendrite.model.network.Layer;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>RBM</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Restricted Boltzmann machine trained by CD-k; visibleUnits 0 means inferred.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.dendrite.model.network.generative.RBM#getVisibleUnits <em>Visible Units</em>}</li>
 *   <li>{@link dev.dendrite.model.network.generative.RBM#getHiddenUnits <em>Hidden Units</em>}</li>
 *   <li>{@link dev.dendrite.model.network.generative.RBM#getCdSteps <em>Cd Steps</em>}</li>
 *   <li>{@link dev.dendrite.model.network.generative.RBM#isPersistentChains <em>Persistent Chains</em>}</li>
 *   <li>{@link dev.dendrite.model.network.generative.RBM#getVisibleType <em>Visible Type</em>}</li>
 *   <li>{@link dev.dendrite.model.network.generative.RBM#getHiddenType <em>Hidden Type</em>}</li>
 * </ul>
 *
 * @see dev.dendrite.model.network.generative.GenerativePackage#getRBM()
 * @model
 * @generated
 */
public interface RBM extends Layer {
	/**
	 * Returns the value of the '<em><b>Visible Units</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Visible Units</em>' attribute.
	 * @see #setVisibleUnits(int)
	 * @see dev.dendrite.model.network.generative.GenerativePackage#getRBM_VisibleUnits()
	 * @model default="0"
	 * @generated
	 */
	int getVisibleUnits();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.generative.RBM#getVisibleUnits <em>Visible Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Visible Units</em>' attribute.
	 * @see #getVisibleUnits()
	 * @generated
	 */
	void setVisibleUnits(int value);

	/**
	 * Returns the value of the '<em><b>Hidden Units</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hidden Units</em>' attribute.
	 * @see #setHiddenUnits(int)
	 * @see dev.dendrite.model.network.generative.GenerativePackage#getRBM_HiddenUnits()
	 * @model default="1"
	 * @generated
	 */
	int getHiddenUnits();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.generative.RBM#getHiddenUnits <em>Hidden Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hidden Units</em>' attribute.
	 * @see #getHiddenUnits()
	 * @generated
	 */
	void setHiddenUnits(int value);

	/**
	 * Returns the value of the '<em><b>Cd Steps</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cd Steps</em>' attribute.
	 * @see #setCdSteps(int)
	 * @see dev.dendrite.model.network.generative.GenerativePackage#getRBM_CdSteps()
	 * @model default="1"
	 * @generated
	 */
	int getCdSteps();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.generative.RBM#getCdSteps <em>Cd Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cd Steps</em>' attribute.
	 * @see #getCdSteps()
	 * @generated
	 */
	void setCdSteps(int value);

	/**
	 * Returns the value of the '<em><b>Persistent Chains</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Persistent Chains</em>' attribute.
	 * @see #setPersistentChains(boolean)
	 * @see dev.dendrite.model.network.generative.GenerativePackage#getRBM_PersistentChains()
	 * @model
	 * @generated
	 */
	boolean isPersistentChains();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.generative.RBM#isPersistentChains <em>Persistent Chains</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Persistent Chains</em>' attribute.
	 * @see #isPersistentChains()
	 * @generated
	 */
	void setPersistentChains(boolean value);

	/**
	 * Returns the value of the '<em><b>Visible Type</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.dendrite.model.network.generative.UnitType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Visible Type</em>' attribute.
	 * @see dev.dendrite.model.network.generative.UnitType
	 * @see #setVisibleType(UnitType)
	 * @see dev.dendrite.model.network.generative.GenerativePackage#getRBM_VisibleType()
	 * @model
	 * @generated
	 */
	UnitType getVisibleType();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.generative.RBM#getVisibleType <em>Visible Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Visible Type</em>' attribute.
	 * @see dev.dendrite.model.network.generative.UnitType
	 * @see #getVisibleType()
	 * @generated
	 */
	void setVisibleType(UnitType value);

	/**
	 * Returns the value of the '<em><b>Hidden Type</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.dendrite.model.network.generative.UnitType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hidden Type</em>' attribute.
	 * @see dev.dendrite.model.network.generative.UnitType
	 * @see #setHiddenType(UnitType)
	 * @see dev.dendrite.model.network.generative.GenerativePackage#getRBM_HiddenType()
	 * @model
	 * @generated
	 */
	UnitType getHiddenType();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.generative.RBM#getHiddenType <em>Hidden Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hidden Type</em>' attribute.
	 * @see dev.dendrite.model.network.generative.UnitType
	 * @see #getHiddenType()
	 * @generated
	 */
	void setHiddenType(UnitType value);

} // RBM
