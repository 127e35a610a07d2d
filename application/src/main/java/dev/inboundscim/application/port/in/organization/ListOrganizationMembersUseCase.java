package dev.inboundscim.application.port.in.organization;

import dev.inboundscim.domain.organization.OrganizationId;
import dev.inboundscim.domain.user.User;
import dev.inboundscim.domain.user.UserId;
import java.util.List;

/** An organization's members in user id order, page by page. */
public interface ListOrganizationMembersUseCase {

    MemberPage members(ListMembersCommand command);

    /** Members after the checkpoint {@code after} (null: from the first), at most {@code take} (null: 50; max 100). */
    record ListMembersCommand(OrganizationId organizationId, UserId after, Integer take) {
    }

    /** {@code next} is the checkpoint of the following page, null on the last. */
    record MemberPage(List<User> members, String next) {
    }
}
