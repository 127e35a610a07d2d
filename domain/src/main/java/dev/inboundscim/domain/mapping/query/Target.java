package dev.inboundscim.domain.mapping.query;

import dev.inboundscim.domain.mapping.MappingPair;
import dev.inboundscim.domain.mapping.ProfilePath;
import dev.inboundscim.domain.mapping.query.ProfileCondition.AnyOf;
import dev.inboundscim.domain.mapping.query.ProfileCondition.FieldComparison;
import dev.inboundscim.domain.mapping.query.ProfileCondition.FieldPresent;
import dev.inboundscim.domain.mapping.query.ProfileCondition.IndexedKey;
import dev.inboundscim.domain.mapping.query.ProfileCondition.MatchNone;
import dev.inboundscim.domain.scim.filter.CompareOperator;
import dev.inboundscim.domain.scim.value.ScimValue;
import java.util.List;

/** Where a filtered SCIM value lives in the profile: a stored field, or a selector constant of composed elements. */
sealed interface Target {

    ProfileCondition compare(CompareOperator operator, ScimValue literal, boolean caseExact, IndexedKey key);

    ProfileCondition present();

    /** A value stored at {@code path} by {@code pair}. */
    record Field(MappingPair pair, ProfilePath path) implements Target {
        @Override
        public ProfileCondition compare(CompareOperator operator, ScimValue literal, boolean caseExact,
                                        IndexedKey key) {
            return new FieldComparison(path, operator, literal, caseExact, key);
        }

        @Override
        public ProfileCondition present() {
            return new FieldPresent(path);
        }
    }

    /**
     * A sub-attribute of the elements of an array the mapping keeps whole: some object element's {@code sub}
     * compares (RFC 7644 §3.4.2.2: a multi-valued attribute matches when any of its values does).
     */
    record ArrayElements(ProfilePath array, String sub) implements Target {
        @Override
        public ProfileCondition compare(CompareOperator operator, ScimValue literal, boolean caseExact,
                                        IndexedKey key) {
            return new ProfileCondition.AnyElement(array, new FieldComparison(new ProfilePath(List.of(sub)), operator,
                    literal, caseExact, IndexedKey.NONE));
        }

        @Override
        public ProfileCondition present() {
            return new ProfileCondition.AnyElement(array, new FieldPresent(new ProfilePath(List.of(sub))));
        }
    }

    /** The values of a multi-valued simple attribute the mapping keeps whole, as one array at {@code array}. */
    record ArrayValues(ProfilePath array) implements Target {
        @Override
        public ProfileCondition compare(CompareOperator operator, ScimValue literal, boolean caseExact,
                                        IndexedKey key) {
            return new ProfileCondition.AnyValue(array, operator, literal, caseExact);
        }

        @Override
        public ProfileCondition present() {
            return new FieldPresent(array);
        }
    }

    /**
     * The selector value of a composed element ({@code type} of {@code emails[type eq "work"].value}): a constant
     * that exists exactly when one of the element's mapped values does.
     */
    record Constant(ScimValue value, List<ProfilePath> existence) implements Target {
        @Override
        public ProfileCondition compare(CompareOperator operator, ScimValue literal, boolean caseExact,
                                        IndexedKey key) {
            return ConstantComparison.matches(value, operator, literal, caseExact) ? present() : new MatchNone();
        }

        @Override
        public ProfileCondition present() {
            return new AnyOf(existence.stream().<ProfileCondition>map(FieldPresent::new).toList());
        }
    }
}
