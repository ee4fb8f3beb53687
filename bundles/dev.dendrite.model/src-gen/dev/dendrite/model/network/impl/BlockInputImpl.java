/**
 */
package dev.dendrite.model.network.impl;

import dev.dendrite.model.network.BlockInput;
import dev.dendrite.model.network.NetworkPackage;

import org.eclipse.emf.ecore.EClass;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Block Input</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class BlockInputImpl extends LayerImpl implements BlockInput {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BlockInputImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NetworkPackage.Literals.BLOCK_INPUT;
	}

} //BlockInputImpl
