/**
 */
package dev.dendrite.model.network.generative;

import dev.dendrite.model.network.NetworkPackage;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Energy-based and latent-variable layers: restricted Boltzmann machines and Gaussian latents.
 * <!-- end-model-doc -->
 * @see dev.dendrite.model.network.generative.GenerativeFactory
 * @model kind="package"
 * @generated
 */
public interface GenerativePackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "generative";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "urn:dev.dendrite:network:generative:1";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "gen";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	GenerativePackage eINSTANCE = dev.dendrite.model.network.generative.impl.GenerativePackageImpl.init();

	/**
	 * The meta object id for the '{@link dev.dendrite.model.network.generative.impl.GaussianLatentImpl <em>Gaussian Latent</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.dendrite.model.network.generative.impl.GaussianLatentImpl
	 * @see dev.dendrite.model.network.generative.impl.GenerativePackageImpl#getGaussianLatent()
	 * @generated
	 */
	int GAUSSIAN_LATENT = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GAUSSIAN_LATENT__NAME = NetworkPackage.LAYER__NAME;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GAUSSIAN_LATENT__ID = NetworkPackage.LAYER__ID;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GAUSSIAN_LATENT__X = NetworkPackage.LAYER__X;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GAUSSIAN_LATENT__Y = NetworkPackage.LAYER__Y;

	/**
	 * The feature id for the '<em><b>Regularization</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GAUSSIAN_LATENT__REGULARIZATION = NetworkPackage.LAYER__REGULARIZATION;

	/**
	 * The feature id for the '<em><b>Kl Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GAUSSIAN_LATENT__KL_WEIGHT = NetworkPackage.LAYER_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kl Warmup Steps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GAUSSIAN_LATENT__KL_WARMUP_STEPS = NetworkPackage.LAYER_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Gaussian Latent</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GAUSSIAN_LATENT_FEATURE_COUNT = NetworkPackage.LAYER_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Gaussian Latent</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GAUSSIAN_LATENT_OPERATION_COUNT = NetworkPackage.LAYER_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.dendrite.model.network.generative.impl.RBMImpl <em>RBM</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.dendrite.model.network.generative.impl.RBMImpl
	 * @see dev.dendrite.model.network.generative.impl.GenerativePackageImpl#getRBM()
	 * @generated
	 */
	int RBM = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RBM__NAME = NetworkPackage.LAYER__NAME;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RBM__ID = NetworkPackage.LAYER__ID;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RBM__X = NetworkPackage.LAYER__X;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RBM__Y = NetworkPackage.LAYER__Y;

	/**
	 * The feature id for the '<em><b>Regularization</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RBM__REGULARIZATION = NetworkPackage.LAYER__REGULARIZATION;

	/**
	 * The feature id for the '<em><b>Visible Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RBM__VISIBLE_UNITS = NetworkPackage.LAYER_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Hidden Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RBM__HIDDEN_UNITS = NetworkPackage.LAYER_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Cd Steps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RBM__CD_STEPS = NetworkPackage.LAYER_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Persistent Chains</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RBM__PERSISTENT_CHAINS = NetworkPackage.LAYER_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Visible Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RBM__VISIBLE_TYPE = NetworkPackage.LAYER_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Hidden Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RBM__HIDDEN_TYPE = NetworkPackage.LAYER_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>RBM</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RBM_FEATURE_COUNT = NetworkPackage.LAYER_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>RBM</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RBM_OPERATION_COUNT = NetworkPackage.LAYER_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.dendrite.model.network.generative.UnitType <em>Unit Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.dendrite.model.network.generative.UnitType
	 * @see dev.dendrite.model.network.generative.impl.GenerativePackageImpl#getUnitType()
	 * @generated
	 */
	int UNIT_TYPE = 2;


	/**
	 * Returns the meta object for class '{@link dev.dendrite.model.network.generative.GaussianLatent <em>Gaussian Latent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Gaussian Latent</em>'.
	 * @see dev.dendrite.model.network.generative.GaussianLatent
	 * @generated
	 */
	EClass getGaussianLatent();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.generative.GaussianLatent#getKlWeight <em>Kl Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kl Weight</em>'.
	 * @see dev.dendrite.model.network.generative.GaussianLatent#getKlWeight()
	 * @see #getGaussianLatent()
	 * @generated
	 */
	EAttribute getGaussianLatent_KlWeight();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.generative.GaussianLatent#getKlWarmupSteps <em>Kl Warmup Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kl Warmup Steps</em>'.
	 * @see dev.dendrite.model.network.generative.GaussianLatent#getKlWarmupSteps()
	 * @see #getGaussianLatent()
	 * @generated
	 */
	EAttribute getGaussianLatent_KlWarmupSteps();

	/**
	 * Returns the meta object for class '{@link dev.dendrite.model.network.generative.RBM <em>RBM</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>RBM</em>'.
	 * @see dev.dendrite.model.network.generative.RBM
	 * @generated
	 */
	EClass getRBM();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.generative.RBM#getVisibleUnits <em>Visible Units</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Visible Units</em>'.
	 * @see dev.dendrite.model.network.generative.RBM#getVisibleUnits()
	 * @see #getRBM()
	 * @generated
	 */
	EAttribute getRBM_VisibleUnits();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.generative.RBM#getHiddenUnits <em>Hidden Units</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hidden Units</em>'.
	 * @see dev.dendrite.model.network.generative.RBM#getHiddenUnits()
	 * @see #getRBM()
	 * @generated
	 */
	EAttribute getRBM_HiddenUnits();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.generative.RBM#getCdSteps <em>Cd Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cd Steps</em>'.
	 * @see dev.dendrite.model.network.generative.RBM#getCdSteps()
	 * @see #getRBM()
	 * @generated
	 */
	EAttribute getRBM_CdSteps();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.generative.RBM#isPersistentChains <em>Persistent Chains</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Persistent Chains</em>'.
	 * @see dev.dendrite.model.network.generative.RBM#isPersistentChains()
	 * @see #getRBM()
	 * @generated
	 */
	EAttribute getRBM_PersistentChains();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.generative.RBM#getVisibleType <em>Visible Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Visible Type</em>'.
	 * @see dev.dendrite.model.network.generative.RBM#getVisibleType()
	 * @see #getRBM()
	 * @generated
	 */
	EAttribute getRBM_VisibleType();

	/**
	 * Returns the meta object for the attribute '{@link dev.dendrite.model.network.generative.RBM#getHiddenType <em>Hidden Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hidden Type</em>'.
	 * @see dev.dendrite.model.network.generative.RBM#getHiddenType()
	 * @see #getRBM()
	 * @generated
	 */
	EAttribute getRBM_HiddenType();

	/**
	 * Returns the meta object for enum '{@link dev.dendrite.model.network.generative.UnitType <em>Unit Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Unit Type</em>'.
	 * @see dev.dendrite.model.network.generative.UnitType
	 * @generated
	 */
	EEnum getUnitType();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	GenerativeFactory getGenerativeFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link dev.dendrite.model.network.generative.impl.GaussianLatentImpl <em>Gaussian Latent</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.dendrite.model.network.generative.impl.GaussianLatentImpl
		 * @see dev.dendrite.model.network.generative.impl.GenerativePackageImpl#getGaussianLatent()
		 * @generated
		 */
		EClass GAUSSIAN_LATENT = eINSTANCE.getGaussianLatent();

		/**
		 * The meta object literal for the '<em><b>Kl Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GAUSSIAN_LATENT__KL_WEIGHT = eINSTANCE.getGaussianLatent_KlWeight();

		/**
		 * The meta object literal for the '<em><b>Kl Warmup Steps</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GAUSSIAN_LATENT__KL_WARMUP_STEPS = eINSTANCE.getGaussianLatent_KlWarmupSteps();

		/**
		 * The meta object literal for the '{@link dev.dendrite.model.network.generative.impl.RBMImpl <em>RBM</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.dendrite.model.network.generative.impl.RBMImpl
		 * @see dev.dendrite.model.network.generative.impl.GenerativePackageImpl#getRBM()
		 * @generated
		 */
		EClass RBM = eINSTANCE.getRBM();

		/**
		 * The meta object literal for the '<em><b>Visible Units</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RBM__VISIBLE_UNITS = eINSTANCE.getRBM_VisibleUnits();

		/**
		 * The meta object literal for the '<em><b>Hidden Units</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RBM__HIDDEN_UNITS = eINSTANCE.getRBM_HiddenUnits();

		/**
		 * The meta object literal for the '<em><b>Cd Steps</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RBM__CD_STEPS = eINSTANCE.getRBM_CdSteps();

		/**
		 * The meta object literal for the '<em><b>Persistent Chains</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RBM__PERSISTENT_CHAINS = eINSTANCE.getRBM_PersistentChains();

		/**
		 * The meta object literal for the '<em><b>Visible Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RBM__VISIBLE_TYPE = eINSTANCE.getRBM_VisibleType();

		/**
		 * The meta object literal for the '<em><b>Hidden Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RBM__HIDDEN_TYPE = eINSTANCE.getRBM_HiddenType();

		/**
		 * The meta object literal for the '{@link dev.dendrite.model.network.generative.UnitType <em>Unit Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.dendrite.model.network.generative.UnitType
		 * @see dev.dendrite.model.network.generative.impl.GenerativePackageImpl#getUnitType()
		 * @generated
		 */
		EEnum UNIT_TYPE = eINSTANCE.getUnitType();

	}

} //GenerativePackage
