package dev.inboundscim.adapter.out.mongo;

import com.mongodb.MongoServerException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises MongoDB's duplicate key errors (code 11000) and the unique index that raised them. */
final class MongoErrors {

    static final int DUPLICATE_KEY = 11000;
    /** Index of the {@code _id} field, which every collection has. */
    static final String ID_INDEX = "_id_";

    // MongoDB and mongo-java-server both say "E11000 duplicate key error collection: db.c index: NAME dup key: …".
    private static final Pattern INDEX = Pattern.compile("index: (\\S+) dup key");

    private MongoErrors() {
    }

    static boolean isDuplicateKey(RuntimeException failure) {
        return failure instanceof MongoServerException server && server.getCode() == DUPLICATE_KEY;
    }

    /** The name of the unique index a duplicate key error names; empty for any other failure. */
    static Optional<String> duplicateKeyIndex(RuntimeException failure) {
        if (!isDuplicateKey(failure)) {
            return Optional.empty();
        }
        Matcher matcher = INDEX.matcher(String.valueOf(failure.getMessage()));
        return Optional.of(matcher.find() ? matcher.group(1) : "");
    }
}
