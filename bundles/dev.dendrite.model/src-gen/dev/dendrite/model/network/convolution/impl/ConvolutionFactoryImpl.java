/**
 */
package dev.dendrite.model.network.convolution.impl;

import dev.dendrite.model.network.convolution.*;

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
public class ConvolutionFactoryImpl extends EFactoryImpl implements ConvolutionFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static ConvolutionFactory init() {
		try {
			ConvolutionFactory theConvolutionFactory = (ConvolutionFactory)EPackage.Registry.INSTANCE.getEFactory(ConvolutionPackage.eNS_URI);
			if (theConvolutionFactory != null) {
				return theConvolutionFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new ConvolutionFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ConvolutionFactoryImpl() {
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
			case ConvolutionPackage.CONVOLUTION: return createConvolution();
			case ConvolutionPackage.POOLING: return createPooling();
			case ConvolutionPackage.TRANSPOSED_CONVOLUTION: return createTransposedConvolution();
			case ConvolutionPackage.UPSAMPLE: return createUpsample();
			case ConvolutionPackage.GLOBAL_POOLING: return createGlobalPooling();
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
			case ConvolutionPackage.STEP_PADDING:
				return createStepPaddingFromString(eDataType, initialValue);
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
			case ConvolutionPackage.STEP_PADDING:
				return convertStepPaddingToString(eDataType, instanceValue);
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
	public Convolution createConvolution() {
		ConvolutionImpl convolution = new ConvolutionImpl();
		return convolution;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Pooling createPooling() {
		PoolingImpl pooling = new PoolingImpl();
		return pooling;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TransposedConvolution createTransposedConvolution() {
		TransposedConvolutionImpl transposedConvolution = new TransposedConvolutionImpl();
		return transposedConvolution;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Upsample createUpsample() {
		UpsampleImpl upsample = new UpsampleImpl();
		return upsample;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GlobalPooling createGlobalPooling() {
		GlobalPoolingImpl globalPooling = new GlobalPoolingImpl();
		return globalPooling;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StepPadding createStepPaddingFromString(EDataType eDataType, String initialValue) {
		StepPadding result = StepPadding.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertStepPaddingToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConvolutionPackage getConvolutionPackage() {
		return (ConvolutionPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static ConvolutionPackage getPackage() {
		return ConvolutionPackage.eINSTANCE;
	}

} //ConvolutionFactoryImpl
