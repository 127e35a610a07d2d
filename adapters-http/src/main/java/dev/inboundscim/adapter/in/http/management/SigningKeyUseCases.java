package dev.inboundscim.adapter.in.http.management;

import dev.inboundscim.application.port.in.signing.ListSigningKeysUseCase;
import dev.inboundscim.application.port.in.signing.RevokeSigningKeyUseCase;
import dev.inboundscim.application.port.in.signing.RotateSigningKeyUseCase;

/** The use cases of {@code /keys/signing}. */
public record SigningKeyUseCases(ListSigningKeysUseCase list, RotateSigningKeyUseCase rotate,
                                 RevokeSigningKeyUseCase revoke) {
}
