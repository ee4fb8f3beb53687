/**
 */
package dev.dendrite.model.network;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Network</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root of a .dnet file.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.dendrite.model.network.Network#getFormatVersion <em>Format Version</em>}</li>
 *   <li>{@link dev.dendrite.model.network.Network#getDescription <em>Description</em>}</li>
 *   <li>{@link dev.dendrite.model.network.Network#getBlocks <em>Blocks</em>}</li>
 *   <li>{@link dev.dendrite.model.network.Network#getTraining <em>Training</em>}</li>
 *   <li>{@link dev.dendrite.model.network.Network#getRegularization <em>Regularization</em>}</li>
 * </ul>
 *
 * @see dev.dendrite.model.network.NetworkPackage#getNetwork()
 * @model
 * @generated
 */
public interface Network extends Graph {
	/**
	 * Returns the value of the '<em><b>Format Version</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Format Version</em>' attribute.
	 * @see #setFormatVersion(int)
	 * @see dev.dendrite.model.network.NetworkPackage#getNetwork_FormatVersion()
	 * @model default="1"
	 * @generated
	 */
	int getFormatVersion();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.Network#getFormatVersion <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format Version</em>' attribute.
	 * @see #getFormatVersion()
	 * @generated
	 */
	void setFormatVersion(int value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see dev.dendrite.model.network.NetworkPackage#getNetwork_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.Network#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Blocks</b></em>' containment reference list.
	 * The list contents are of type {@link dev.dendrite.model.network.Block}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Blocks</em>' containment reference list.
	 * @see dev.dendrite.model.network.NetworkPackage#getNetwork_Blocks()
	 * @model containment="true"
	 * @generated
	 */
	EList<Block> getBlocks();

	/**
	 * Returns the value of the '<em><b>Training</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Training</em>' containment reference.
	 * @see #setTraining(TrainingSettings)
	 * @see dev.dendrite.model.network.NetworkPackage#getNetwork_Training()
	 * @model containment="true"
	 * @generated
	 */
	TrainingSettings getTraining();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.Network#getTraining <em>Training</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Training</em>' containment reference.
	 * @see #getTraining()
	 * @generated
	 */
	void setTraining(TrainingSettings value);

	/**
	 * Returns the value of the '<em><b>Regularization</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Regularization</em>' containment reference.
	 * @see #setRegularization(Regularization)
	 * @see dev.dendrite.model.network.NetworkPackage#getNetwork_Regularization()
	 * @model containment="true"
	 * @generated
	 */
	Regularization getRegularization();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.Network#getRegularization <em>Regularization</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Regularization</em>' containment reference.
	 * @see #getRegularization()
	 * @generated
	 */
	void setRegularization(Regularization value);

} // Network
