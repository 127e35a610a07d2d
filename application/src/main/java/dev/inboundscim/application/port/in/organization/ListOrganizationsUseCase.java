package dev.inboundscim.application.port.in.organization;

import dev.inboundscim.domain.organization.Organization;
import java.util.List;

/** Every organization. */
public interface ListOrganizationsUseCase {

    List<Organization> list();
}
