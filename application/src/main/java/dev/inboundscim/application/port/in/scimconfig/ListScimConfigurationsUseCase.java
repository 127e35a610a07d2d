package dev.inboundscim.application.port.in.scimconfig;

import java.util.List;

/** Lists SCIM configurations across connections, with a checkpoint for the next page. */
public interface ListScimConfigurationsUseCase {

    /**
     * {@code from} is the {@code next} of the previous page, compared as text: any text is a place in the order, so
     * it is never refused.
     */
    ScimConfigurationPage list(String from, Integer take);

    /** {@code next} is null on the last page. */
    record ScimConfigurationPage(List<ScimConfigurationView> configurations, String next) {
    }
}
