package dev.inboundscim.domain.connection;

import dev.inboundscim.domain.mapping.AttributeMapping;
import dev.inboundscim.domain.mapping.RawMappingPair;
import java.util.ArrayList;
import java.util.List;

/** The default attribute mapping of each strategy (SPEC §2), modelled on Auth0's. */
public final class DefaultMappings {

    private static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User.";
    private static final String WORK_ADDRESS = "addresses[type eq \"work\"].";
    /** Parsed once: logins on connections without SCIM read their default on every request. */
    private static final AttributeMapping OKTA = AttributeMapping.of("externalId", okta("preferred_username"));
    private static final AttributeMapping SAMLP = AttributeMapping.of("userName", okta("username"));
    private static final AttributeMapping WAAD = AttributeMapping.of("externalId", waad());

    private DefaultMappings() {
    }

    /** The default mapping for {@code strategy}: 32 pairs for okta, oidc and samlp; 30 for waad. */
    public static AttributeMapping forStrategy(Strategy strategy) {
        return switch (strategy) {
            case OKTA, OIDC -> OKTA;
            case SAMLP -> SAMLP;
            case WAAD -> WAAD;
        };
    }

    private static List<RawMappingPair> okta(String userNameTarget) {
        List<RawMappingPair> pairs = new ArrayList<>();
        pairs.add(pair("userName", userNameTarget));
        pairs.add(pair("emails[primary eq true].value", "email"));
        pairs.add(pair("externalId", "app_metadata.external_id"));
        pairs.add(pair("active", "blocked"));
        pairs.add(pair("displayName", "name"));
        pairs.add(pair("name.givenName", "given_name"));
        pairs.add(pair("name.familyName", "family_name"));
        pairs.add(pair("name.middleName", "app_metadata.middle_name"));
        pairs.add(pair("name.honorificPrefix", "app_metadata.honorific_prefix"));
        pairs.add(pair("name.honorificSuffix", "app_metadata.honorific_suffix"));
        pairs.add(pair("nickName", "nickname"));
        pairs.add(pair("photos[type eq \"photo\"].value", "picture"));
        pairs.add(pair("phoneNumbers[primary eq true].value", "app_metadata.primary_phone_number"));
        pairs.add(pair("phoneNumbers[type eq \"mobile\"].value", "app_metadata.mobile_phone_number"));
        addCommonTail(pairs);
        return pairs;
    }

    private static List<RawMappingPair> waad() {
        List<RawMappingPair> pairs = new ArrayList<>();
        pairs.add(pair("userName", "upn"));
        pairs.add(pair("emails[type eq \"work\"].value", "email"));
        pairs.add(pair("externalId", "app_metadata.external_id"));
        pairs.add(pair("active", "blocked"));
        pairs.add(pair("displayName", "name"));
        pairs.add(pair("name.givenName", "given_name"));
        pairs.add(pair("name.familyName", "family_name"));
        pairs.add(pair("nickName", "nickname"));
        pairs.add(pair("photos[type eq \"photo\"].value", "picture"));
        pairs.add(pair("phoneNumbers[type eq \"mobile\"].value", "app_metadata.mobile_phone_number"));
        pairs.add(pair("phoneNumbers[type eq \"work\"].value", "app_metadata.work_phone_number"));
        pairs.add(pair("phoneNumbers[type eq \"fax\"].value", "app_metadata.fax_number"));
        addCommonTail(pairs);
        return pairs;
    }

    /** Work address, profile details and the enterprise extension: the 18 pairs every default shares. */
    private static void addCommonTail(List<RawMappingPair> pairs) {
        pairs.add(pair(WORK_ADDRESS + "streetAddress", "app_metadata.street_address"));
        pairs.add(pair(WORK_ADDRESS + "locality", "app_metadata.city"));
        pairs.add(pair(WORK_ADDRESS + "region", "app_metadata.state"));
        pairs.add(pair(WORK_ADDRESS + "postalCode", "app_metadata.postal_code"));
        pairs.add(pair(WORK_ADDRESS + "formatted", "app_metadata.postal_address"));
        pairs.add(pair(WORK_ADDRESS + "country", "app_metadata.country"));
        pairs.add(pair("profileUrl", "app_metadata.profile_url"));
        pairs.add(pair("userType", "app_metadata.user_type"));
        pairs.add(pair("title", "app_metadata.title"));
        pairs.add(pair("preferredLanguage", "app_metadata.language"));
        pairs.add(pair("locale", "app_metadata.locale"));
        pairs.add(pair("timezone", "app_metadata.timezone"));
        pairs.add(pair(ENTERPRISE + "employeeNumber", "app_metadata.employee_id"));
        pairs.add(pair(ENTERPRISE + "costCenter", "app_metadata.cost_center"));
        pairs.add(pair(ENTERPRISE + "organization", "app_metadata.organization"));
        pairs.add(pair(ENTERPRISE + "division", "app_metadata.division"));
        pairs.add(pair(ENTERPRISE + "department", "app_metadata.department"));
        pairs.add(pair(ENTERPRISE + "manager", "app_metadata.manager"));
    }

    private static RawMappingPair pair(String scim, String auth0) {
        return new RawMappingPair(scim, auth0);
    }
}
