/**
 */
package dev.dendrite.model.network;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Block Instance</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Uses a Block; its ports are the block's BlockInput and BlockOutput names.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.dendrite.model.network.BlockInstance#getBlock <em>Block</em>}</li>
 *   <li>{@link dev.dendrite.model.network.BlockInstance#isCollapsed <em>Collapsed</em>}</li>
 * </ul>
 *
 * @see dev.dendrite.model.network.NetworkPackage#getBlockInstance()
 * @model
 * @generated
 */
public interface BlockInstance extends Layer {
	/**
	 * Returns the value of the '<em><b>Block</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Block</em>' reference.
	 * @see #setBlock(Block)
	 * @see dev.dendrite.model.network.NetworkPackage#getBlockInstance_Block()
	 * @model required="true"
	 * @generated
	 */
	Block getBlock();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.BlockInstance#getBlock <em>Block</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Block</em>' reference.
	 * @see #getBlock()
	 * @generated
	 */
	void setBlock(Block value);

	/**
	 * Returns the value of the '<em><b>Collapsed</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Collapsed</em>' attribute.
	 * @see #setCollapsed(boolean)
	 * @see dev.dendrite.model.network.NetworkPackage#getBlockInstance_Collapsed()
	 * @model default="true"
	 * @generated
	 */
	boolean isCollapsed();

	/**
	 * Sets the value of the '{@link dev.dendrite.model.network.BlockInstance#isCollapsed <em>Collapsed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Collapsed</em>' attribute.
	 * @see #isCollapsed()
	 * @generated
	 */
	void setCollapsed(boolean value);

} // BlockInstance
