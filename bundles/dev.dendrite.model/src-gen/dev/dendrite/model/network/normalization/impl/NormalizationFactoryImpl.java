/**
 */
package dev.dendrite.model.network.normalization.impl;

import dev.dendrite.model.network.normalization.*;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class NormalizationFactoryImpl extends EFactoryImpl implements NormalizationFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static NormalizationFactory init() {
		try {
			NormalizationFactory theNormalizationFactory = (NormalizationFactory)EPackage.Registry.INSTANCE.getEFactory(NormalizationPackage.eNS_URI);
			if (theNormalizationFactory != null) {
				return theNormalizationFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new NormalizationFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NormalizationFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case NormalizationPackage.BATCH_NORM: return createBatchNorm();
			case NormalizationPackage.LAYER_NORM: return createLayerNorm();
			case NormalizationPackage.RMS_NORM: return createRMSNorm();
			case NormalizationPackage.INPUT_NORMALIZATION: return createInputNormalization();
			case NormalizationPackage.LOCAL_RESPONSE_NORM: return createLocalResponseNorm();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case NormalizationPackage.NORMALIZATION_MODE:
				return createNormalizationModeFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case NormalizationPackage.NORMALIZATION_MODE:
				return convertNormalizationModeToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BatchNorm createBatchNorm() {
		BatchNormImpl batchNorm = new BatchNormImpl();
		return batchNorm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LayerNorm createLayerNorm() {
		LayerNormImpl layerNorm = new LayerNormImpl();
		return layerNorm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RMSNorm createRMSNorm() {
		RMSNormImpl rmsNorm = new RMSNormImpl();
		return rmsNorm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InputNormalization createInputNormalization() {
		InputNormalizationImpl inputNormalization = new InputNormalizationImpl();
		return inputNormalization;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalResponseNorm createLocalResponseNorm() {
		LocalResponseNormImpl localResponseNorm = new LocalResponseNormImpl();
		return localResponseNorm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NormalizationMode createNormalizationModeFromString(EDataType eDataType, String initialValue) {
		NormalizationMode result = NormalizationMode.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertNormalizationModeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NormalizationPackage getNormalizationPackage() {
		return (NormalizationPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static NormalizationPackage getPackage() {
		return NormalizationPackage.eINSTANCE;
	}

} //NormalizationFactoryImpl
