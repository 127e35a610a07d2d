package dev.inboundscim.adapter.out.postgres;

import java.util.List;

/**
 * Deletes what the token endpoint's access tokens are issued to or with (a client, a secret, a federated credential)
 * together with those tokens, in one transaction, and tells this process at once; {@code scim_tokens}' trigger tells
 * the others.
 */
final class AccessTokenOwners {

    private AccessTokenOwners() {
    }

    /**
     * Runs {@code deleteOwner} (one row at most) and, when it deleted one, deletes the tokens whose
     * {@code tokenColumn} ({@code issued_to} or {@code issued_with}) is {@code owner}; whether the row was deleted.
     */
    static boolean delete(Db db, Runnable changedHere, String deleteOwner, List<?> params, String tokenColumn,
                          String owner) {
        try {
            return db.inTransaction(tx -> {
                boolean deleted = Db.dml(tx, deleteOwner, params) == 1;
                if (deleted) {
                    Db.dml(tx, "DELETE FROM scim_tokens WHERE " + tokenColumn + " = ?", List.of(owner));
                }
                return deleted;
            });
        } finally {
            changedHere.run();
        }
    }
}
