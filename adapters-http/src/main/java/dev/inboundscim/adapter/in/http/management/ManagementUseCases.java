package dev.inboundscim.adapter.in.http.management;

import dev.inboundscim.application.port.in.auth.AuthenticateAdminUseCase;
import dev.inboundscim.application.port.in.connection.CreateConnectionUseCase;
import dev.inboundscim.application.port.in.connection.DeleteConnectionUseCase;
import dev.inboundscim.application.port.in.connection.GetConnectionUseCase;
import dev.inboundscim.application.port.in.connection.ListConnectionsUseCase;
import dev.inboundscim.application.port.in.connection.UpdateConnectionUseCase;
import dev.inboundscim.application.port.in.log.ListLogsUseCase;
import dev.inboundscim.application.port.in.scimconfig.CreateScimConfigurationUseCase;
import dev.inboundscim.application.port.in.scimconfig.DeleteScimConfigurationUseCase;
import dev.inboundscim.application.port.in.scimconfig.GetDefaultMappingUseCase;
import dev.inboundscim.application.port.in.scimconfig.GetScimConfigurationUseCase;
import dev.inboundscim.application.port.in.scimconfig.ListScimConfigurationsUseCase;
import dev.inboundscim.application.port.in.scimconfig.UpdateScimConfigurationUseCase;
import dev.inboundscim.application.port.in.token.IssueScimTokenUseCase;
import dev.inboundscim.application.port.in.token.ListScimTokensUseCase;
import dev.inboundscim.application.port.in.token.RevokeScimTokenUseCase;
import dev.inboundscim.application.port.in.user.DeleteUserUseCase;
import dev.inboundscim.application.port.in.user.GetUserUseCase;
import dev.inboundscim.application.port.in.user.ListUsersUseCase;

/** Every use case the Management API calls, so wiring passes one value instead of twenty. */
public record ManagementUseCases(AuthenticateAdminUseCase authenticateAdmin,
                                 CreateConnectionUseCase createConnection, ListConnectionsUseCase listConnections,
                                 GetConnectionUseCase getConnection, UpdateConnectionUseCase updateConnection,
                                 DeleteConnectionUseCase deleteConnection,
                                 CreateScimConfigurationUseCase createScimConfiguration,
                                 GetScimConfigurationUseCase getScimConfiguration,
                                 UpdateScimConfigurationUseCase updateScimConfiguration,
                                 DeleteScimConfigurationUseCase deleteScimConfiguration,
                                 GetDefaultMappingUseCase getDefaultMapping,
                                 ListScimConfigurationsUseCase listScimConfigurations,
                                 IssueScimTokenUseCase issueScimToken, ListScimTokensUseCase listScimTokens,
                                 RevokeScimTokenUseCase revokeScimToken, ListUsersUseCase listUsers,
                                 GetUserUseCase getUser, DeleteUserUseCase deleteUser, ListLogsUseCase listLogs,
                                 ManagementGroupUseCases groups, ManagementLogStreamUseCases logStreams,
                                 ManagementSessionUseCases sessions,
                                 ManagementOrganizationUseCases organizations) {
}
