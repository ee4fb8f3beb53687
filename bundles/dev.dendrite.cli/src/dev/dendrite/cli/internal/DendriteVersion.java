package dev.dendrite.cli.internal;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.jar.JarFile;

/** Dendrite's version, read from this bundle's manifest (Bundle-Version). */
final class DendriteVersion {

    private DendriteVersion() {
    }

    static String get() {
        try {
            CodeSource source = DendriteVersion.class.getProtectionDomain().getCodeSource();
            if (source != null && "file".equals(source.getLocation().getProtocol())) {
                Path location = Path.of(source.getLocation().toURI());
                if (Files.isRegularFile(location)) {
                    try (JarFile jar = new JarFile(location.toFile())) {
                        String version = jar.getManifest().getMainAttributes().getValue("Bundle-Version");
                        if (version != null) {
                            return version;
                        }
                    }
                }
            }
        } catch (IOException | URISyntaxException | SecurityException e) {
            return "unknown (" + e.getMessage() + ")";
        }
        Package pkg = DendriteVersion.class.getPackage();
        String implementation = pkg == null ? null : pkg.getImplementationVersion();
        return implementation != null ? implementation : OsgiBundles.ownVersion().orElse("development build");
    }
}
