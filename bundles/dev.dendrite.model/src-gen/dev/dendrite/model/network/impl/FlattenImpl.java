/**
 */
package dev.dendrite.model.network.impl;

import dev.dendrite.model.network.Flatten;
import dev.dendrite.model.network.NetworkPackage;

import org.eclipse.emf.ecore.EClass;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Flatten</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class FlattenImpl extends LayerImpl implements Flatten {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FlattenImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NetworkPackage.Literals.FLATTEN;
	}

} //FlattenImpl
