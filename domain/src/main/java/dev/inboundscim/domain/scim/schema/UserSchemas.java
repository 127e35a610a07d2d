package dev.inboundscim.domain.scim.schema;

import static dev.inboundscim.domain.scim.schema.Attributes.bool;
import static dev.inboundscim.domain.scim.schema.Attributes.canonical;
import static dev.inboundscim.domain.scim.schema.Attributes.complex;
import static dev.inboundscim.domain.scim.schema.Attributes.exactString;
import static dev.inboundscim.domain.scim.schema.Attributes.multi;
import static dev.inboundscim.domain.scim.schema.Attributes.readOnly;
import static dev.inboundscim.domain.scim.schema.Attributes.reference;
import static dev.inboundscim.domain.scim.schema.Attributes.required;
import static dev.inboundscim.domain.scim.schema.Attributes.string;
import static dev.inboundscim.domain.scim.schema.Attributes.typedValue;
import static dev.inboundscim.domain.scim.schema.Attributes.writeOnly;

import dev.inboundscim.domain.scim.path.AttributePath;
import dev.inboundscim.domain.scim.path.SchemaUrns;
import java.util.List;
import java.util.Optional;

/** The User schemas of RFC 7643 §4.1 (core) and §4.3 (enterprise extension), plus the common attributes of §3.1. */
public final class UserSchemas {

    /** {@code id}, {@code externalId} and {@code meta} (RFC 7643 §3.1), which every resource carries. */
    public static final List<AttributeDefinition> COMMON = List.of(
            readOnly(required(exactString("id", "Unique identifier for the SCIM resource"), "server")),
            exactString("externalId", "An identifier for the resource as defined by the provisioning client"),
            readOnly(complex("meta", "Resource metadata",
                    exactString("resourceType", "The name of the resource type"),
                    new AttributeDefinition("created", AttributeType.DATE_TIME, false, false, false,
                            Mutability.READ_ONLY, "default", "none", "When the resource was added", List.of(),
                            List.of()),
                    new AttributeDefinition("lastModified", AttributeType.DATE_TIME, false, false, false,
                            Mutability.READ_ONLY, "default", "none", "When the resource was last updated",
                            List.of(), List.of()),
                    reference("location", "The URI of the resource"),
                    exactString("version", "The version of the resource"))));

    public static final ResourceSchema CORE = new ResourceSchema(SchemaUrns.CORE_USER, "User", "User Account",
            List.of(
                    required(string("userName", "Unique identifier for the User"), "server"),
                    complex("name", "The components of the user's real name",
                            string("formatted", "The full name"),
                            string("familyName", "The family name"),
                            string("givenName", "The given name"),
                            string("middleName", "The middle name(s)"),
                            string("honorificPrefix", "The honorific prefix(es)"),
                            string("honorificSuffix", "The honorific suffix(es)")),
                    string("displayName", "The name of the User, suitable for display"),
                    string("nickName", "The casual way to address the user"),
                    reference("profileUrl", "A fully qualified URL pointing to the user's online profile"),
                    string("title", "The user's title"),
                    string("userType", "The relationship between the organization and the user"),
                    string("preferredLanguage", "The user's preferred written or spoken language"),
                    string("locale", "The user's default location"),
                    string("timezone", "The User's time zone in IANA format"),
                    bool("active", "The User's administrative status"),
                    writeOnly(string("password", "The User's cleartext password")),
                    multi("emails", "Email addresses for the user",
                            typedValue(AttributeType.STRING, "work", "home", "other")),
                    multi("phoneNumbers", "Phone numbers for the User",
                            typedValue(AttributeType.STRING, "work", "home", "mobile", "fax", "pager", "other")),
                    multi("ims", "Instant messaging addresses for the User",
                            typedValue(AttributeType.STRING, "aim", "gtalk", "icq", "xmpp", "msn", "skype", "qq",
                                    "yahoo")),
                    multi("photos", "URLs of photos of the User",
                            typedValue(AttributeType.REFERENCE, "photo", "thumbnail")),
                    multi("addresses", "A physical mailing address for this User",
                            string("formatted", "The full mailing address"),
                            string("streetAddress", "The full street address component"),
                            string("locality", "The city or locality component"),
                            string("region", "The state or region component"),
                            string("postalCode", "The zip code or postal code component"),
                            string("country", "The country name component"),
                            canonical("type", "A label indicating the attribute's function", "work", "home", "other"),
                            bool("primary", "Indicates the 'primary' or preferred attribute value")),
                    readOnly(multi("groups", "A list of groups to which the user belongs",
                            exactString("value", "The identifier of the User's group"),
                            reference("$ref", "The URI of the corresponding Group resource"),
                            string("display", "A human-readable name"),
                            canonical("type", "A label indicating the attribute's function", "direct",
                                    "indirect"))),
                    multi("entitlements", "A list of entitlements for the User", typedValue(AttributeType.STRING)),
                    multi("roles", "A list of roles for the User", typedValue(AttributeType.STRING)),
                    multi("x509Certificates", "A list of certificates issued to the User",
                            typedValue(AttributeType.BINARY))));

    public static final ResourceSchema ENTERPRISE = new ResourceSchema(SchemaUrns.ENTERPRISE_USER, "EnterpriseUser",
            "Enterprise User",
            List.of(
                    string("employeeNumber", "Numeric or alphanumeric identifier assigned to a person"),
                    string("costCenter", "Identifies the name of a cost center"),
                    string("organization", "Identifies the name of an organization"),
                    string("division", "Identifies the name of a division"),
                    string("department", "Identifies the name of a department"),
                    complex("manager", "The User's manager",
                            exactString("value", "The id of the SCIM resource representing the User's manager"),
                            reference("$ref", "The URI of the SCIM resource representing the User's manager"),
                            readOnly(string("displayName", "The displayName of the User's manager")))));

    /** The User schemas as a {@link SchemaSet}: core plus the enterprise extension. */
    public static final UserSchemaSet SET = UserSchemaSet.STANDARD;

    private UserSchemas() {
    }

    /** The schema an attribute path belongs to: its URN if written, else core, else the enterprise extension. */
    public static Optional<ResourceSchema> schemaOf(AttributePath path) {
        return UserSchemaSet.STANDARD.schemaOf(path);
    }

    /** The definition of a top-level attribute (core, common or, when so addressed, enterprise). */
    public static Optional<AttributeDefinition> attribute(AttributePath path) {
        return UserSchemaSet.STANDARD.attribute(path);
    }
}
