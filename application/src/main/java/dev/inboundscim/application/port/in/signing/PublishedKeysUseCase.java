package dev.inboundscim.application.port.in.signing;

import dev.inboundscim.domain.signing.SigningKey;
import java.util.List;

/** The keys {@code /.well-known/jwks.json} publishes (current and previous), making the first when there is none. */
public interface PublishedKeysUseCase {

    List<SigningKey> published();
}
