/**
 */
package dev.dendrite.model.network.gnn.impl;

import dev.dendrite.model.network.gnn.GnnPackage;
import dev.dendrite.model.network.gnn.GraphAttention;

import dev.dendrite.model.network.impl.LayerImpl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Graph Attention</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.dendrite.model.network.gnn.impl.GraphAttentionImpl#getOutFeatures <em>Out Features</em>}</li>
 *   <li>{@link dev.dendrite.model.network.gnn.impl.GraphAttentionImpl#getHeads <em>Heads</em>}</li>
 *   <li>{@link dev.dendrite.model.network.gnn.impl.GraphAttentionImpl#isConcat <em>Concat</em>}</li>
 *   <li>{@link dev.dendrite.model.network.gnn.impl.GraphAttentionImpl#getNegativeSlope <em>Negative Slope</em>}</li>
 *   <li>{@link dev.dendrite.model.network.gnn.impl.GraphAttentionImpl#isSelfLoops <em>Self Loops</em>}</li>
 *   <li>{@link dev.dendrite.model.network.gnn.impl.GraphAttentionImpl#isBias <em>Bias</em>}</li>
 *   <li>{@link dev.dendrite.model.network.gnn.impl.GraphAttentionImpl#isDynamic <em>Dynamic</em>}</li>
 *   <li>{@link dev.dendrite.model.network.gnn.impl.GraphAttentionImpl#isShareWeights <em>Share Weights</em>}</li>
 *   <li>{@link dev.dendrite.model.network.gnn.impl.GraphAttentionImpl#getDropout <em>Dropout</em>}</li>
 * </ul>
 *
 * @generated
 */
public class GraphAttentionImpl extends LayerImpl implements GraphAttention {
	/**
	 * The default value of the '{@link #getOutFeatures() <em>Out Features</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutFeatures()
	 * @generated
	 * @ordered
	 */
	protected static final int OUT_FEATURES_EDEFAULT = 8;

	/**
	 * The cached value of the '{@link #getOutFeatures() <em>Out Features</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutFeatures()
	 * @generated
	 * @ordered
	 */
	protected int outFeatures = OUT_FEATURES_EDEFAULT;

	/**
	 * The default value of the '{@link #getHeads() <em>Heads</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeads()
	 * @generated
	 * @ordered
	 */
	protected static final int HEADS_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getHeads() <em>Heads</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeads()
	 * @generated
	 * @ordered
	 */
	protected int heads = HEADS_EDEFAULT;

	/**
	 * The default value of the '{@link #isConcat() <em>Concat</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isConcat()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CONCAT_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isConcat() <em>Concat</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isConcat()
	 * @generated
	 * @ordered
	 */
	protected boolean concat = CONCAT_EDEFAULT;

	/**
	 * The default value of the '{@link #getNegativeSlope() <em>Negative Slope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNegativeSlope()
	 * @generated
	 * @ordered
	 */
	protected static final double NEGATIVE_SLOPE_EDEFAULT = 0.2;

	/**
	 * The cached value of the '{@link #getNegativeSlope() <em>Negative Slope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNegativeSlope()
	 * @generated
	 * @ordered
	 */
	protected double negativeSlope = NEGATIVE_SLOPE_EDEFAULT;

	/**
	 * The default value of the '{@link #isSelfLoops() <em>Self Loops</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSelfLoops()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SELF_LOOPS_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isSelfLoops() <em>Self Loops</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSelfLoops()
	 * @generated
	 * @ordered
	 */
	protected boolean selfLoops = SELF_LOOPS_EDEFAULT;

	/**
	 * The default value of the '{@link #isBias() <em>Bias</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBias()
	 * @generated
	 * @ordered
	 */
	protected static final boolean BIAS_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isBias() <em>Bias</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBias()
	 * @generated
	 * @ordered
	 */
	protected boolean bias = BIAS_EDEFAULT;

	/**
	 * The default value of the '{@link #isDynamic() <em>Dynamic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDynamic()
	 * @generated
	 * @ordered
	 */
	protected static final boolean DYNAMIC_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isDynamic() <em>Dynamic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDynamic()
	 * @generated
	 * @ordered
	 */
	protected boolean dynamic = DYNAMIC_EDEFAULT;

	/**
	 * The default value of the '{@link #isShareWeights() <em>Share Weights</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isShareWeights()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SHARE_WEIGHTS_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isShareWeights() <em>Share Weights</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isShareWeights()
	 * @generated
	 * @ordered
	 */
	protected boolean shareWeights = SHARE_WEIGHTS_EDEFAULT;

	/**
	 * The default value of the '{@link #getDropout() <em>Dropout</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDropout()
	 * @generated
	 * @ordered
	 */
	protected static final double DROPOUT_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getDropout() <em>Dropout</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDropout()
	 * @generated
	 * @ordered
	 */
	protected double dropout = DROPOUT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected GraphAttentionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GnnPackage.Literals.GRAPH_ATTENTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getOutFeatures() {
		return outFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOutFeatures(int newOutFeatures) {
		int oldOutFeatures = outFeatures;
		outFeatures = newOutFeatures;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GnnPackage.GRAPH_ATTENTION__OUT_FEATURES, oldOutFeatures, outFeatures));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getHeads() {
		return heads;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHeads(int newHeads) {
		int oldHeads = heads;
		heads = newHeads;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GnnPackage.GRAPH_ATTENTION__HEADS, oldHeads, heads));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isConcat() {
		return concat;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConcat(boolean newConcat) {
		boolean oldConcat = concat;
		concat = newConcat;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GnnPackage.GRAPH_ATTENTION__CONCAT, oldConcat, concat));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getNegativeSlope() {
		return negativeSlope;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNegativeSlope(double newNegativeSlope) {
		double oldNegativeSlope = negativeSlope;
		negativeSlope = newNegativeSlope;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GnnPackage.GRAPH_ATTENTION__NEGATIVE_SLOPE, oldNegativeSlope, negativeSlope));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSelfLoops() {
		return selfLoops;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSelfLoops(boolean newSelfLoops) {
		boolean oldSelfLoops = selfLoops;
		selfLoops = newSelfLoops;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GnnPackage.GRAPH_ATTENTION__SELF_LOOPS, oldSelfLoops, selfLoops));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isBias() {
		return bias;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBias(boolean newBias) {
		boolean oldBias = bias;
		bias = newBias;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GnnPackage.GRAPH_ATTENTION__BIAS, oldBias, bias));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isDynamic() {
		return dynamic;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDynamic(boolean newDynamic) {
		boolean oldDynamic = dynamic;
		dynamic = newDynamic;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GnnPackage.GRAPH_ATTENTION__DYNAMIC, oldDynamic, dynamic));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isShareWeights() {
		return shareWeights;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setShareWeights(boolean newShareWeights) {
		boolean oldShareWeights = shareWeights;
		shareWeights = newShareWeights;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GnnPackage.GRAPH_ATTENTION__SHARE_WEIGHTS, oldShareWeights, shareWeights));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getDropout() {
		return dropout;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDropout(double newDropout) {
		double oldDropout = dropout;
		dropout = newDropout;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GnnPackage.GRAPH_ATTENTION__DROPOUT, oldDropout, dropout));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case GnnPackage.GRAPH_ATTENTION__OUT_FEATURES:
				return getOutFeatures();
			case GnnPackage.GRAPH_ATTENTION__HEADS:
				return getHeads();
			case GnnPackage.GRAPH_ATTENTION__CONCAT:
				return isConcat();
			case GnnPackage.GRAPH_ATTENTION__NEGATIVE_SLOPE:
				return getNegativeSlope();
			case GnnPackage.GRAPH_ATTENTION__SELF_LOOPS:
				return isSelfLoops();
			case GnnPackage.GRAPH_ATTENTION__BIAS:
				return isBias();
			case GnnPackage.GRAPH_ATTENTION__DYNAMIC:
				return isDynamic();
			case GnnPackage.GRAPH_ATTENTION__SHARE_WEIGHTS:
				return isShareWeights();
			case GnnPackage.GRAPH_ATTENTION__DROPOUT:
				return getDropout();
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
			case GnnPackage.GRAPH_ATTENTION__OUT_FEATURES:
				setOutFeatures((Integer)newValue);
				return;
			case GnnPackage.GRAPH_ATTENTION__HEADS:
				setHeads((Integer)newValue);
				return;
			case GnnPackage.GRAPH_ATTENTION__CONCAT:
				setConcat((Boolean)newValue);
				return;
			case GnnPackage.GRAPH_ATTENTION__NEGATIVE_SLOPE:
				setNegativeSlope((Double)newValue);
				return;
			case GnnPackage.GRAPH_ATTENTION__SELF_LOOPS:
				setSelfLoops((Boolean)newValue);
				return;
			case GnnPackage.GRAPH_ATTENTION__BIAS:
				setBias((Boolean)newValue);
				return;
			case GnnPackage.GRAPH_ATTENTION__DYNAMIC:
				setDynamic((Boolean)newValue);
				return;
			case GnnPackage.GRAPH_ATTENTION__SHARE_WEIGHTS:
				setShareWeights((Boolean)newValue);
				return;
			case GnnPackage.GRAPH_ATTENTION__DROPOUT:
				setDropout((Double)newValue);
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
			case GnnPackage.GRAPH_ATTENTION__OUT_FEATURES:
				setOutFeatures(OUT_FEATURES_EDEFAULT);
				return;
			case GnnPackage.GRAPH_ATTENTION__HEADS:
				setHeads(HEADS_EDEFAULT);
				return;
			case GnnPackage.GRAPH_ATTENTION__CONCAT:
				setConcat(CONCAT_EDEFAULT);
				return;
			case GnnPackage.GRAPH_ATTENTION__NEGATIVE_SLOPE:
				setNegativeSlope(NEGATIVE_SLOPE_EDEFAULT);
				return;
			case GnnPackage.GRAPH_ATTENTION__SELF_LOOPS:
				setSelfLoops(SELF_LOOPS_EDEFAULT);
				return;
			case GnnPackage.GRAPH_ATTENTION__BIAS:
				setBias(BIAS_EDEFAULT);
				return;
			case GnnPackage.GRAPH_ATTENTION__DYNAMIC:
				setDynamic(DYNAMIC_EDEFAULT);
				return;
			case GnnPackage.GRAPH_ATTENTION__SHARE_WEIGHTS:
				setShareWeights(SHARE_WEIGHTS_EDEFAULT);
				return;
			case GnnPackage.GRAPH_ATTENTION__DROPOUT:
				setDropout(DROPOUT_EDEFAULT);
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
			case GnnPackage.GRAPH_ATTENTION__OUT_FEATURES:
				return outFeatures != OUT_FEATURES_EDEFAULT;
			case GnnPackage.GRAPH_ATTENTION__HEADS:
				return heads != HEADS_EDEFAULT;
			case GnnPackage.GRAPH_ATTENTION__CONCAT:
				return concat != CONCAT_EDEFAULT;
			case GnnPackage.GRAPH_ATTENTION__NEGATIVE_SLOPE:
				return negativeSlope != NEGATIVE_SLOPE_EDEFAULT;
			case GnnPackage.GRAPH_ATTENTION__SELF_LOOPS:
				return selfLoops != SELF_LOOPS_EDEFAULT;
			case GnnPackage.GRAPH_ATTENTION__BIAS:
				return bias != BIAS_EDEFAULT;
			case GnnPackage.GRAPH_ATTENTION__DYNAMIC:
				return dynamic != DYNAMIC_EDEFAULT;
			case GnnPackage.GRAPH_ATTENTION__SHARE_WEIGHTS:
				return shareWeights != SHARE_WEIGHTS_EDEFAULT;
			case GnnPackage.GRAPH_ATTENTION__DROPOUT:
				return dropout != DROPOUT_EDEFAULT;
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
		result.append(" (outFeatures: ");
		result.append(outFeatures);
		result.append(", heads: ");
		result.append(heads);
		result.append(", concat: ");
		result.append(concat);
		result.append(", negativeSlope: ");
		result.append(negativeSlope);
		result.append(", selfLoops: ");
		result.append(selfLoops);
		result.append(", bias: ");
		result.append(bias);
		result.append(", dynamic: ");
		result.append(dynamic);
		result.append(", shareWeights: ");
		result.append(shareWeights);
		result.append(", dropout: ");
		result.append(dropout);
		result.append(')');
		return result.toString();
	}

} //GraphAttentionImpl
