/**
 */
package dev.dendrite.model.network.impl;

import dev.dendrite.model.network.BlockOutput;
import dev.dendrite.model.network.NetworkPackage;

import org.eclipse.emf.ecore.EClass;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Block Output</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class BlockOutputImpl extends LayerImpl implements BlockOutput {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BlockOutputImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NetworkPackage.Literals.BLOCK_OUTPUT;
	}

} //BlockOutputImpl
