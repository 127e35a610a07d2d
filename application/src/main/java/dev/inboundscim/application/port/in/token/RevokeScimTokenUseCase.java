package dev.inboundscim.application.port.in.token;

/** Deletes a token so that it stops working at once; 404 when it is not the connection's. */
public interface RevokeScimTokenUseCase {

    void revoke(String connectionId, String tokenId);
}
