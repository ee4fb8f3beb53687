package dev.dendrite.model.io;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/** Creates {@code .dnet} resources: XMI in UTF-8, layers referenced by their stable ids. */
public final class DnetResourceFactory extends XMIResourceFactoryImpl {

    @Override
    public Resource createResource(URI uri) {
        XMIResourceImpl resource = new XMIResourceImpl(uri) {
            @Override
            protected XMLHelper createXMLHelper() {
                return new FormerNamespaceHelper(this);
            }
        };
        resource.setEncoding("UTF-8");
        resource.getDefaultSaveOptions().put(XMLResource.OPTION_ENCODING, "UTF-8");
        resource.getDefaultSaveOptions().put(XMLResource.OPTION_LINE_WIDTH, 120);
        resource.getDefaultSaveOptions().put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
        resource.getDefaultLoadOptions().putAll(DnetIO.loadOptions());
        // Connections name their layers by id: a map makes each lookup O(1), where a search of the
        // contents would make loading and every edit of a large network quadratic.
        resource.setIntrinsicIDToEObjectMap(new java.util.HashMap<>());
        return resource;
    }
}
