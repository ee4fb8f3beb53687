package dev.dendrite.model.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.dendrite.model.network.Activation;
import dev.dendrite.model.network.Dense;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.NetworkPackage;
import dev.dendrite.model.network.convolution.Convolution;
import dev.dendrite.model.network.convolution.ConvolutionFactory;
import dev.dendrite.model.templates.TemplateLibrary;

class ItemProvidersTest {

    private ComposedAdapterFactory factory;
    private AdapterFactoryEditingDomain domain;
    private Network network;
    private Dense fc1;

    @BeforeEach
    void setUp() {
        List<AdapterFactory> factories = new ArrayList<>(NetworkItemProviders.factories());
        factories.add(new ReflectiveItemProviderAdapterFactory());
        factory = new ComposedAdapterFactory(factories);
        domain = new AdapterFactoryEditingDomain(factory, new BasicCommandStack(), new HashMap<>());
        network = TemplateLibrary.find("lenet-300-100").orElseThrow().create();
        Resource resource = new ResourceImpl(org.eclipse.emf.common.util.URI.createURI("memory:/lenet.dnet"));
        domain.getResourceSet().getResources().add(resource);
        resource.getContents().add(network);
        fc1 = (Dense) network.getLayers().stream().filter(l -> "fc1".equals(l.getId())).findFirst().orElseThrow();
    }

    private IItemPropertyDescriptor descriptor(Object object, String feature) {
        IItemPropertySource source = (IItemPropertySource) factory.adapt(object, IItemPropertySource.class);
        return source.getPropertyDescriptors(object).stream().filter(d -> d.getId(object).equals(feature)).findFirst().orElseThrow();
    }

    @Test
    void labelsNameTheKindAndTheLayer() {
        IItemLabelProvider labels = (IItemLabelProvider) factory.adapt(fc1, IItemLabelProvider.class);
        assertEquals("Dense fc1", labels.getText(fc1));
        assertNotNull(labels.getImage(fc1), "every layer kind has an icon");
    }

    @Test
    void propertiesAreGroupedInCategories() {
        assertEquals("Settings", descriptor(fc1, "units").getCategory(fc1));
        assertEquals("Identity", descriptor(fc1, "name").getCategory(fc1));
        assertEquals("Layout", descriptor(fc1, "x").getCategory(fc1));
        assertTrue(descriptor(fc1, "units").getDescription(fc1).contains("Units"), descriptor(fc1, "units").getDescription(fc1));
    }

    @Test
    void enumerationsOfferEveryLiteral() {
        Activation relu = (Activation) network.getLayers().stream().filter(Activation.class::isInstance).findFirst().orElseThrow();
        Collection<?> choices = descriptor(relu, "function").getChoiceOfValues(relu);
        assertEquals(NetworkPackage.Literals.ACTIVATION_FUNCTION.getELiterals().size(), choices.size());
    }

    @Test
    void propertyEditsAreUndoableCommands() {
        IItemPropertyDescriptor units = descriptor(fc1, "units");
        units.setPropertyValue(fc1, 512);
        assertEquals(512, fc1.getUnits());
        assertTrue(domain.getCommandStack().canUndo());
        domain.getCommandStack().undo();
        assertEquals(300, fc1.getUnits());
        domain.getCommandStack().redo();
        assertEquals(512, fc1.getUnits());
    }

    @Test
    void outOfRangeValuesAreRefusedWithTheReason() {
        IItemPropertyDescriptor units = descriptor(fc1, "units");
        RangeCheckedPropertyDescriptor checked = assertInstanceOf(RangeCheckedPropertyDescriptor.class, units);
        assertEquals("units must be at least 1, not 0", checked.validate(0));
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> units.setPropertyValue(fc1, 0));
        assertEquals("units must be at least 1, not 0", refused.getMessage());
        assertEquals(300, fc1.getUnits());
        assertTrue(!domain.getCommandStack().canUndo(), "nothing was executed");
    }

    /** Kinds of the family packages get their own package's providers: label, icon, categories and ranges. */
    @Test
    void familyPackageKindsHaveProvidersToo() {
        Convolution conv = ConvolutionFactory.eINSTANCE.createConvolution();
        conv.setName("conv1");
        domain.getCommandStack().execute(org.eclipse.emf.edit.command.AddCommand.create(domain, network,
                NetworkPackage.Literals.GRAPH__LAYERS, conv));
        IItemLabelProvider labels = (IItemLabelProvider) factory.adapt(conv, IItemLabelProvider.class);
        assertEquals("Convolution conv1", labels.getText(conv));
        assertNotNull(labels.getImage(conv));
        assertEquals("Settings", descriptor(conv, "kernel").getCategory(conv));
        assertEquals("Identity", descriptor(conv, "name").getCategory(conv));
        RangeCheckedPropertyDescriptor kernel = assertInstanceOf(RangeCheckedPropertyDescriptor.class, descriptor(conv, "kernel"));
        assertEquals("kernel must be at least 1, not 0", kernel.validate(0));
    }

    @Test
    void structuralEditsUndoToo() {
        int layers = network.getLayers().size();
        Command remove = org.eclipse.emf.edit.command.RemoveCommand.create(domain, network,
                NetworkPackage.Literals.GRAPH__LAYERS, fc1);
        domain.getCommandStack().execute(remove);
        assertEquals(layers - 1, network.getLayers().size());
        domain.getCommandStack().undo();
        assertEquals(layers, network.getLayers().size());
        Command rename = SetCommand.create(domain, fc1, NetworkPackage.Literals.NAMED_ELEMENT__NAME, "hidden");
        domain.getCommandStack().execute(rename);
        domain.getCommandStack().undo();
        assertEquals("fc1", fc1.getName());
    }
}
