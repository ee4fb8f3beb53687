package dev.dendrite.ui;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** Facts about Dendrite's UI bundle shared by views and wizards. */
public final class DendriteUi {

    public static final String PLUGIN_ID = "dev.dendrite.ui";

    private DendriteUi() {
    }

    /** Dendrite's version as installed (this bundle's version). */
    public static String version() {
        Bundle bundle = FrameworkUtil.getBundle(DendriteUi.class);
        return bundle == null ? "development build" : bundle.getVersion().toString();
    }
}
