package dev.dendrite.cli.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;

/**
 * Dendrite's bundles inside a running OSGi framework. Only touched when the CLI runs as an
 * Eclipse application; in a plain JVM the OSGi classes may be absent, so callers guard with
 * {@link #available()}.
 */
final class OsgiBundles {

    private OsgiBundles() {
    }

    static boolean available() {
        try {
            return FrameworkUtil.getBundle(OsgiBundles.class) != null;
        } catch (LinkageError e) {
            return false;
        }
    }

    static Optional<String> ownVersion() {
        if (!available()) {
            return Optional.empty();
        }
        return Optional.of(FrameworkUtil.getBundle(OsgiBundles.class).getVersion().toString());
    }

    /** Starts every {@code dev.dendrite.*} bundle (fragments excepted) and reports its state. */
    static List<Map<String, Object>> startAndReport() {
        List<Map<String, Object>> report = new ArrayList<>();
        Bundle self = FrameworkUtil.getBundle(OsgiBundles.class);
        for (Bundle bundle : self.getBundleContext().getBundles()) {
            if (!bundle.getSymbolicName().startsWith("dev.dendrite")) {
                continue;
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("bundle", bundle.getSymbolicName());
            entry.put("version", bundle.getVersion().toString());
            boolean fragment = bundle.getHeaders().get("Fragment-Host") != null;
            String problem = null;
            if (!fragment && bundle.getState() != Bundle.ACTIVE) {
                try {
                    bundle.start(Bundle.START_TRANSIENT);
                } catch (BundleException | IllegalStateException e) {
                    problem = e.getMessage();
                }
            }
            entry.put("state", stateName(bundle.getState()));
            entry.put("ok", fragment ? bundle.getState() == Bundle.RESOLVED : bundle.getState() == Bundle.ACTIVE);
            if (problem != null) {
                entry.put("problem", problem);
            }
            report.add(entry);
        }
        return report;
    }

    private static String stateName(int state) {
        return switch (state) {
            case Bundle.ACTIVE -> "ACTIVE";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.INSTALLED -> "INSTALLED";
            case Bundle.STOPPING -> "STOPPING";
            default -> "UNINSTALLED";
        };
    }
}
