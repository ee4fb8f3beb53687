/**
 */
package dev.dendrite.model.network;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Block</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A reusable sub-network with BlockInput and BlockOutput layers as its interface.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.dendrite.model.network.Block#getKind <em>Kind</em>}</li>
 * </ul>
 *
 * @see dev.dendrite.model.network.NetworkPackage#getBlock()
 * @model
 * @generated
 */
public interface Block extends Graph {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.dendrite.model.network.BlockKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see dev.dendrite.model.network.BlockKind
	 * @see #setKind(BlockKind)
	 * @see dev.dendrite.model.network.NetworkPackage#getBlock_Kind()
	 * @model
	 * @generated
	 */
	BlockKind getKind();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.Block#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see dev.dendrite.model.network.BlockKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(BlockKind value);

} // Block
