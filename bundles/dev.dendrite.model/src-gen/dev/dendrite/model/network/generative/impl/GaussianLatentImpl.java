/**
 */
package dev.dendrite.model.network.generative.impl;

import dev.dendrite.model.network.generative.GaussianLatent;
import dev.dendrite.model.network.generative.GenerativePackage;

import dev.dendrite.model.network.impl.LayerImpl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Gaussian Latent</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.dendrite.model.network.generative.impl.GaussianLatentImpl#getKlWeight <em>Kl Weight</em>}</li>
 *   <li>{@link dev.dendrite.model.network.generative.impl.GaussianLatentImpl#getKlWarmupSteps <em>Kl Warmup Steps</em>}</li>
 * </ul>
 *
 * @generated
 */
public class GaussianLatentImpl extends LayerImpl implements GaussianLatent {
	/**
	 * The default value of the '{@link #getKlWeight() <em>Kl Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKlWeight()
	 * @generated
	 * @ordered
	 */
	protected static final double KL_WEIGHT_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getKlWeight() <em>Kl Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKlWeight()
	 * @generated
	 * @ordered
	 */
	protected double klWeight = KL_WEIGHT_EDEFAULT;

	/**
	 * The default value of the '{@link #getKlWarmupSteps() <em>Kl Warmup Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKlWarmupSteps()
	 * @generated
	 * @ordered
	 */
	protected static final int KL_WARMUP_STEPS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getKlWarmupSteps() <em>Kl Warmup Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKlWarmupSteps()
	 * @generated
	 * @ordered
	 */
	protected int klWarmupSteps = KL_WARMUP_STEPS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected GaussianLatentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GenerativePackage.Literals.GAUSSIAN_LATENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getKlWeight() {
		return klWeight;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKlWeight(double newKlWeight) {
		double oldKlWeight = klWeight;
		klWeight = newKlWeight;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GenerativePackage.GAUSSIAN_LATENT__KL_WEIGHT, oldKlWeight, klWeight));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getKlWarmupSteps() {
		return klWarmupSteps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKlWarmupSteps(int newKlWarmupSteps) {
		int oldKlWarmupSteps = klWarmupSteps;
		klWarmupSteps = newKlWarmupSteps;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GenerativePackage.GAUSSIAN_LATENT__KL_WARMUP_STEPS, oldKlWarmupSteps, klWarmupSteps));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case GenerativePackage.GAUSSIAN_LATENT__KL_WEIGHT:
				return getKlWeight();
			case GenerativePackage.GAUSSIAN_LATENT__KL_WARMUP_STEPS:
				return getKlWarmupSteps();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case GenerativePackage.GAUSSIAN_LATENT__KL_WEIGHT:
				setKlWeight((Double)newValue);
				return;
			case GenerativePackage.GAUSSIAN_LATENT__KL_WARMUP_STEPS:
				setKlWarmupSteps((Integer)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case GenerativePackage.GAUSSIAN_LATENT__KL_WEIGHT:
				setKlWeight(KL_WEIGHT_EDEFAULT);
				return;
			case GenerativePackage.GAUSSIAN_LATENT__KL_WARMUP_STEPS:
				setKlWarmupSteps(KL_WARMUP_STEPS_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case GenerativePackage.GAUSSIAN_LATENT__KL_WEIGHT:
				return klWeight != KL_WEIGHT_EDEFAULT;
			case GenerativePackage.GAUSSIAN_LATENT__KL_WARMUP_STEPS:
				return klWarmupSteps != KL_WARMUP_STEPS_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (klWeight: ");
		result.append(klWeight);
		result.append(", klWarmupSteps: ");
		result.append(klWarmupSteps);
		result.append(')');
		return result.toString();
	}

} //GaussianLatentImpl
