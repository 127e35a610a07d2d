package dev.inboundscim.application.port.in.group;

import dev.inboundscim.domain.group.Group;
import dev.inboundscim.domain.group.GroupId;

/** Reads one group by id, whatever its connection; 404 when absent. */
public interface GetGroupUseCase {

    Group get(GroupId groupId);
}
