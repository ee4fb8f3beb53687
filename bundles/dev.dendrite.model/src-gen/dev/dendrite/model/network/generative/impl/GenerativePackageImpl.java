/**
 */
package dev.dendrite.model.network.generative.impl;

import dev.dendrite.model.network.NetworkPackage;

import dev.dendrite.model.network.convolution.ConvolutionPackage;

import dev.dendrite.model.network.convolution.impl.ConvolutionPackageImpl;

import dev.dendrite.model.network.generative.GaussianLatent;
import dev.dendrite.model.network.generative.GenerativeFactory;
import dev.dendrite.model.network.generative.GenerativePackage;
import dev.dendrite.model.network.generative.UnitType;

import dev.dendrite.model.network.gnn.GnnPackage;

import dev.dendrite.model.network.gnn.impl.GnnPackageImpl;

import dev.dendrite.model.network.impl.NetworkPackageImpl;

import dev.dendrite.model.network.normalization.NormalizationPackage;

import dev.dendrite.model.network.normalization.impl.NormalizationPackageImpl;

import dev.dendrite.model.network.sequence.SequencePackage;

import dev.dendrite.model.network.sequence.impl.SequencePackageImpl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class GenerativePackageImpl extends EPackageImpl implements GenerativePackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass gaussianLatentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass rbmEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum unitTypeEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see dev.dendrite.model.network.generative.GenerativePackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private GenerativePackageImpl() {
		super(eNS_URI, GenerativeFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link GenerativePackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static GenerativePackage init() {
		if (isInited) return (GenerativePackage)EPackage.Registry.INSTANCE.getEPackage(GenerativePackage.eNS_URI);

		// Obtain or create and register package
		Object registeredGenerativePackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		GenerativePackageImpl theGenerativePackage = registeredGenerativePackage instanceof GenerativePackageImpl ? (GenerativePackageImpl)registeredGenerativePackage : new GenerativePackageImpl();

		isInited = true;

		// Obtain or create and register interdependencies
		Object registeredPackage = EPackage.Registry.INSTANCE.getEPackage(NetworkPackage.eNS_URI);
		NetworkPackageImpl theNetworkPackage = (NetworkPackageImpl)(registeredPackage instanceof NetworkPackageImpl ? registeredPackage : NetworkPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(ConvolutionPackage.eNS_URI);
		ConvolutionPackageImpl theConvolutionPackage = (ConvolutionPackageImpl)(registeredPackage instanceof ConvolutionPackageImpl ? registeredPackage : ConvolutionPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(SequencePackage.eNS_URI);
		SequencePackageImpl theSequencePackage = (SequencePackageImpl)(registeredPackage instanceof SequencePackageImpl ? registeredPackage : SequencePackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(GnnPackage.eNS_URI);
		GnnPackageImpl theGnnPackage = (GnnPackageImpl)(registeredPackage instanceof GnnPackageImpl ? registeredPackage : GnnPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(NormalizationPackage.eNS_URI);
		NormalizationPackageImpl theNormalizationPackage = (NormalizationPackageImpl)(registeredPackage instanceof NormalizationPackageImpl ? registeredPackage : NormalizationPackage.eINSTANCE);

		// Create package meta-data objects
		theGenerativePackage.createPackageContents();
		theNetworkPackage.createPackageContents();
		theConvolutionPackage.createPackageContents();
		theSequencePackage.createPackageContents();
		theGnnPackage.createPackageContents();
		theNormalizationPackage.createPackageContents();

		// Initialize created meta-data
		theGenerativePackage.initializePackageContents();
		theNetworkPackage.initializePackageContents();
		theConvolutionPackage.initializePackageContents();
		theSequencePackage.initializePackageContents();
		theGnnPackage.initializePackageContents();
		theNormalizationPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theGenerativePackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(GenerativePackage.eNS_URI, theGenerativePackage);
		return theGenerativePackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGaussianLatent() {
		return gaussianLatentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGaussianLatent_KlWeight() {
		return (EAttribute)gaussianLatentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGaussianLatent_KlWarmupSteps() {
		return (EAttribute)gaussianLatentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRBM() {
		return rbmEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRBM_VisibleUnits() {
		return (EAttribute)rbmEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRBM_HiddenUnits() {
		return (EAttribute)rbmEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRBM_CdSteps() {
		return (EAttribute)rbmEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRBM_PersistentChains() {
		return (EAttribute)rbmEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRBM_VisibleType() {
		return (EAttribute)rbmEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRBM_HiddenType() {
		return (EAttribute)rbmEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getUnitType() {
		return unitTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GenerativeFactory getGenerativeFactory() {
		return (GenerativeFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		gaussianLatentEClass = createEClass(GAUSSIAN_LATENT);
		createEAttribute(gaussianLatentEClass, GAUSSIAN_LATENT__KL_WEIGHT);
		createEAttribute(gaussianLatentEClass, GAUSSIAN_LATENT__KL_WARMUP_STEPS);

		rbmEClass = createEClass(RBM);
		createEAttribute(rbmEClass, RBM__VISIBLE_UNITS);
		createEAttribute(rbmEClass, RBM__HIDDEN_UNITS);
		createEAttribute(rbmEClass, RBM__CD_STEPS);
		createEAttribute(rbmEClass, RBM__PERSISTENT_CHAINS);
		createEAttribute(rbmEClass, RBM__VISIBLE_TYPE);
		createEAttribute(rbmEClass, RBM__HIDDEN_TYPE);

		// Create enums
		unitTypeEEnum = createEEnum(UNIT_TYPE);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Obtain other dependent packages
		NetworkPackage theNetworkPackage = (NetworkPackage)EPackage.Registry.INSTANCE.getEPackage(NetworkPackage.eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		gaussianLatentEClass.getESuperTypes().add(theNetworkPackage.getLayer());
		rbmEClass.getESuperTypes().add(theNetworkPackage.getLayer());

		// Initialize classes, features, and operations; add parameters
		initEClass(gaussianLatentEClass, GaussianLatent.class, "GaussianLatent", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getGaussianLatent_KlWeight(), ecorePackage.getEDouble(), "klWeight", "1.0", 0, 1, GaussianLatent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGaussianLatent_KlWarmupSteps(), ecorePackage.getEInt(), "klWarmupSteps", "0", 0, 1, GaussianLatent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(rbmEClass, dev.dendrite.model.network.generative.RBM.class, "RBM", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRBM_VisibleUnits(), ecorePackage.getEInt(), "visibleUnits", "0", 0, 1, dev.dendrite.model.network.generative.RBM.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRBM_HiddenUnits(), ecorePackage.getEInt(), "hiddenUnits", "1", 0, 1, dev.dendrite.model.network.generative.RBM.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRBM_CdSteps(), ecorePackage.getEInt(), "cdSteps", "1", 0, 1, dev.dendrite.model.network.generative.RBM.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRBM_PersistentChains(), ecorePackage.getEBoolean(), "persistentChains", null, 0, 1, dev.dendrite.model.network.generative.RBM.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRBM_VisibleType(), this.getUnitType(), "visibleType", null, 0, 1, dev.dendrite.model.network.generative.RBM.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRBM_HiddenType(), this.getUnitType(), "hiddenType", null, 0, 1, dev.dendrite.model.network.generative.RBM.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(unitTypeEEnum, UnitType.class, "UnitType");
		addEEnumLiteral(unitTypeEEnum, UnitType.BINARY);
		addEEnumLiteral(unitTypeEEnum, UnitType.GAUSSIAN);

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http://www.eclipse.org/emf/2002/GenModel
		createGenModelAnnotations();
	}

	/**
	 * Initializes the annotations for <b>http://www.eclipse.org/emf/2002/GenModel</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createGenModelAnnotations() {
		String source = "http://www.eclipse.org/emf/2002/GenModel";
		addAnnotation
		  (this,
		   source,
		   new String[] {
			   "documentation", "Energy-based and latent-variable layers: restricted Boltzmann machines and Gaussian latents."
		   });
		addAnnotation
		  (gaussianLatentEClass,
		   source,
		   new String[] {
			   "documentation", "A variational autoencoder\'s latent code from its mean and logVariance inputs [N,K]: in training z = mean + exp(logVariance/2)\u00b7\u03b5 with \u03b5 ~ N(0, I) (the reparameterisation trick) and klWeight\u00b7KL(N(mean, exp(logVariance)) \u2016 N(0, I)), summed over the K dims and averaged over the samples, added to the loss (\u03b2-VAE for klWeight \u2260 1); at inference z = mean."
		   });
		addAnnotation
		  (getGaussianLatent_KlWarmupSteps(),
		   source,
		   new String[] {
			   "documentation", "KL annealing (Bowman et al., 2016): the training loss weighs the KL term klWeight\u00b7min(1, step/klWarmupSteps), rising from 0 over the first steps so that the code is used before it is pulled to the prior; 0 weighs it fully from the start. Validation and test losses always weigh it fully."
		   });
		addAnnotation
		  (rbmEClass,
		   source,
		   new String[] {
			   "documentation", "Restricted Boltzmann machine trained by CD-k; visibleUnits 0 means inferred."
		   });
	}

} //GenerativePackageImpl
