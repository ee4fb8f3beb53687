/**
 */
package dev.dendrite.model.network.impl;

import dev.dendrite.model.network.GradientPenaltyKind;
import dev.dendrite.model.network.Loss;
import dev.dendrite.model.network.LossKind;
import dev.dendrite.model.network.NetworkPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Loss</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.dendrite.model.network.impl.LossImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link dev.dendrite.model.network.impl.LossImpl#getWeight <em>Weight</em>}</li>
 *   <li>{@link dev.dendrite.model.network.impl.LossImpl#getGradientPenalty <em>Gradient Penalty</em>}</li>
 *   <li>{@link dev.dendrite.model.network.impl.LossImpl#getGradientPenaltyKind <em>Gradient Penalty Kind</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LossImpl extends LayerImpl implements Loss {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final LossKind KIND_EDEFAULT = LossKind.MSE;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected LossKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getWeight() <em>Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeight()
	 * @generated
	 * @ordered
	 */
	protected static final double WEIGHT_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getWeight() <em>Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeight()
	 * @generated
	 * @ordered
	 */
	protected double weight = WEIGHT_EDEFAULT;

	/**
	 * The default value of the '{@link #getGradientPenalty() <em>Gradient Penalty</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGradientPenalty()
	 * @generated
	 * @ordered
	 */
	protected static final double GRADIENT_PENALTY_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getGradientPenalty() <em>Gradient Penalty</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGradientPenalty()
	 * @generated
	 * @ordered
	 */
	protected double gradientPenalty = GRADIENT_PENALTY_EDEFAULT;

	/**
	 * The default value of the '{@link #getGradientPenaltyKind() <em>Gradient Penalty Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGradientPenaltyKind()
	 * @generated
	 * @ordered
	 */
	protected static final GradientPenaltyKind GRADIENT_PENALTY_KIND_EDEFAULT = GradientPenaltyKind.WGAN_GP;

	/**
	 * The cached value of the '{@link #getGradientPenaltyKind() <em>Gradient Penalty Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGradientPenaltyKind()
	 * @generated
	 * @ordered
	 */
	protected GradientPenaltyKind gradientPenaltyKind = GRADIENT_PENALTY_KIND_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LossImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NetworkPackage.Literals.LOSS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LossKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(LossKind newKind) {
		LossKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetworkPackage.LOSS__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getWeight() {
		return weight;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWeight(double newWeight) {
		double oldWeight = weight;
		weight = newWeight;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetworkPackage.LOSS__WEIGHT, oldWeight, weight));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getGradientPenalty() {
		return gradientPenalty;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGradientPenalty(double newGradientPenalty) {
		double oldGradientPenalty = gradientPenalty;
		gradientPenalty = newGradientPenalty;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetworkPackage.LOSS__GRADIENT_PENALTY, oldGradientPenalty, gradientPenalty));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GradientPenaltyKind getGradientPenaltyKind() {
		return gradientPenaltyKind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGradientPenaltyKind(GradientPenaltyKind newGradientPenaltyKind) {
		GradientPenaltyKind oldGradientPenaltyKind = gradientPenaltyKind;
		gradientPenaltyKind = newGradientPenaltyKind == null ? GRADIENT_PENALTY_KIND_EDEFAULT : newGradientPenaltyKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetworkPackage.LOSS__GRADIENT_PENALTY_KIND, oldGradientPenaltyKind, gradientPenaltyKind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case NetworkPackage.LOSS__KIND:
				return getKind();
			case NetworkPackage.LOSS__WEIGHT:
				return getWeight();
			case NetworkPackage.LOSS__GRADIENT_PENALTY:
				return getGradientPenalty();
			case NetworkPackage.LOSS__GRADIENT_PENALTY_KIND:
				return getGradientPenaltyKind();
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
			case NetworkPackage.LOSS__KIND:
				setKind((LossKind)newValue);
				return;
			case NetworkPackage.LOSS__WEIGHT:
				setWeight((Double)newValue);
				return;
			case NetworkPackage.LOSS__GRADIENT_PENALTY:
				setGradientPenalty((Double)newValue);
				return;
			case NetworkPackage.LOSS__GRADIENT_PENALTY_KIND:
				setGradientPenaltyKind((GradientPenaltyKind)newValue);
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
			case NetworkPackage.LOSS__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case NetworkPackage.LOSS__WEIGHT:
				setWeight(WEIGHT_EDEFAULT);
				return;
			case NetworkPackage.LOSS__GRADIENT_PENALTY:
				setGradientPenalty(GRADIENT_PENALTY_EDEFAULT);
				return;
			case NetworkPackage.LOSS__GRADIENT_PENALTY_KIND:
				setGradientPenaltyKind(GRADIENT_PENALTY_KIND_EDEFAULT);
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
			case NetworkPackage.LOSS__KIND:
				return kind != KIND_EDEFAULT;
			case NetworkPackage.LOSS__WEIGHT:
				return weight != WEIGHT_EDEFAULT;
			case NetworkPackage.LOSS__GRADIENT_PENALTY:
				return gradientPenalty != GRADIENT_PENALTY_EDEFAULT;
			case NetworkPackage.LOSS__GRADIENT_PENALTY_KIND:
				return gradientPenaltyKind != GRADIENT_PENALTY_KIND_EDEFAULT;
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", weight: ");
		result.append(weight);
		result.append(", gradientPenalty: ");
		result.append(gradientPenalty);
		result.append(", gradientPenaltyKind: ");
		result.append(gradientPenaltyKind);
		result.append(')');
		return result.toString();
	}

} //LossImpl
