package dev.dendrite.model.edit;

import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;

import dev.dendrite.model.network.convolution.provider.ConvolutionItemProviderAdapterFactory;
import dev.dendrite.model.network.generative.provider.GenerativeItemProviderAdapterFactory;
import dev.dendrite.model.network.gnn.provider.GnnItemProviderAdapterFactory;
import dev.dendrite.model.network.normalization.provider.NormalizationItemProviderAdapterFactory;
import dev.dendrite.model.network.provider.NetworkItemProviderAdapterFactory;
import dev.dendrite.model.network.sequence.provider.SequenceItemProviderAdapterFactory;

/** The item providers of every Dendrite package, one new factory each, for a composed adapter factory. */
public final class NetworkItemProviders {

    private NetworkItemProviders() {
    }

    public static List<AdapterFactory> factories() {
        return List.of(new NetworkItemProviderAdapterFactory(), new ConvolutionItemProviderAdapterFactory(),
                new SequenceItemProviderAdapterFactory(), new GnnItemProviderAdapterFactory(), new NormalizationItemProviderAdapterFactory(),
                new GenerativeItemProviderAdapterFactory());
    }
}
