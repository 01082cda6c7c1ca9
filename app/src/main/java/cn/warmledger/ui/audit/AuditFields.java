package cn.warmledger.ui.audit;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

import cn.warmledger.domain.Campaign;
import cn.warmledger.domain.CampaignStandard;
import cn.warmledger.domain.CodedEnum;
import cn.warmledger.domain.EmailSecurity;
import cn.warmledger.domain.Enterprise;
import cn.warmledger.domain.EnterpriseVisit;
import cn.warmledger.domain.FamilyMember;
import cn.warmledger.domain.FundRaised;
import cn.warmledger.domain.HardshipFile;
import cn.warmledger.domain.IdNumber;
import cn.warmledger.domain.Messages;
import cn.warmledger.domain.Organization;
import cn.warmledger.domain.PhoneNumber;
import cn.warmledger.domain.ReceivedSource;
import cn.warmledger.domain.ReceivedSubmission;
import cn.warmledger.domain.Recipient;
import cn.warmledger.domain.ServiceItem;
import cn.warmledger.domain.TransportKind;
import cn.warmledger.domain.Visit;
import cn.warmledger.service.safety.AuditTrail;
import cn.warmledger.service.settings.SettingKeys;

/**
 * How a field of an audit entry's JSON reads in Chinese: its name (from the bundle's existing field keys where
 * there is one) and its value (codes as the domain enum's own label, found from the record the entry was written
 * from, so no label is repeated here; 身份证号, phone and bank card masked as everywhere else on screen).
 */
final class AuditFields {
    /** The record each entity's JSON was written from (AuditJson writes records by their component names). */
    private static final Map<String, Class<?>> RECORDS = Map.ofEntries(
            Map.entry(AuditTrail.RECIPIENT, Recipient.class),
            Map.entry(AuditTrail.HARDSHIP_FILE, HardshipFile.class),
            Map.entry(AuditTrail.FAMILY_MEMBER, FamilyMember.class),
            Map.entry(AuditTrail.VISIT, Visit.class),
            Map.entry(AuditTrail.CAMPAIGN, Campaign.class),
            Map.entry(AuditTrail.FUND_RAISED, FundRaised.class),
            Map.entry(AuditTrail.ENTERPRISE, Enterprise.class),
            Map.entry(AuditTrail.ENTERPRISE_VISIT, EnterpriseVisit.class),
            Map.entry(AuditTrail.ORGANIZATION, Organization.class),
            Map.entry(AuditTrail.SERVICE_ITEM, ServiceItem.class),
            Map.entry(AuditTrail.RECEIVED_SUBMISSION, ReceivedSubmission.class));

    /** Fields of entries written from maps (a campaign with its 慰问标准): the record each holds. */
    private static final Map<String, Class<?>> MAP_FIELDS = Map.of(
            "campaign.campaign", Campaign.class,
            "campaign.standards", CampaignStandard.class);

    /** Settings whose stored value is an enum's lower-case name (email, ssl …): shown by the enum's label. */
    private static final Map<String, Class<?>> SETTING_ENUMS = Map.of(
            SettingKeys.SYNC_TRANSPORT, TransportKind.class,
            SettingKeys.EMAIL_SECURITY, EmailSecurity.class,
            SettingKeys.COLLECT_SOURCE, ReceivedSource.class,
            SettingKeys.COLLECT_IMAP_SECURITY, EmailSecurity.class);

    /** A field whose Chinese name the bundle already has under another key. */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("*.campaignId", "field.campaign"),
            Map.entry("campaign.name", "field.campaignName"),
            Map.entry("campaign.standards", "field.standard"),
            Map.entry("campaign.kind", "field.campaignKind"),
            Map.entry("enterprise.name", "field.enterpriseName"),
            Map.entry("enterprise_visit.enterpriseName", "field.enterpriseName"),
            Map.entry("visit.form", "field.visitForm"),
            Map.entry("fund_raised.source", "field.fundSource"),
            Map.entry("hardship_file.status", "field.fileStatus"),
            Map.entry("service_tally.itemCode", "field.serviceItem"),
            Map.entry("service_tally.quantity", "field.quantity"),
            Map.entry("hardship_file.accountNumber", "file.bankAccount"),
            Map.entry("family_member.monthlyIncome", "family.income"),
            Map.entry("family_member.employerOrSchool", "family.school"),
            Map.entry("family_member.medicalInsurance", "file.medicalInsurance"),
            Map.entry("visit.visitors", "col.visitors"),
            Map.entry("visit.goods", "col.goods"),
            Map.entry("visit.signed", "col.signed"),
            Map.entry("enterprise_visit.visitors", "col.visitors"),
            Map.entry("organization.code", "field.orgCode"));

    /**
     * Row keys that say nothing to a clerk (the entry's subject already names the row; {@code version} is the row's
     * optimistic-locking counter, raised by every save).
     */
    static final Set<String> HIDDEN = Set.of("id", "recipientId", "organizationId", "enterpriseId", "parentId",
            "manifest", "folder", "version");

    private AuditFields() {
    }

    /** The enum a setting's value names, or null. */
    static Type settingType(String key) {
        return key == null ? null : SETTING_ENUMS.get(key);
    }

    static Optional<Class<?>> recordOf(String entity) {
        return Optional.ofNullable(RECORDS.get(entity));
    }

    /**
     * The Chinese name of {@code field} (a record component or a map key) of an entry about {@code entity}: the
     * name its form already shows where there is one (档案's file.*, 家庭成员's family.*, recipient.address …).
     */
    static String label(String entity, String field) {
        String form = switch (entity) {
            case AuditTrail.HARDSHIP_FILE -> "file.";
            case AuditTrail.FAMILY_MEMBER -> "family.";
            default -> entity + ".";
        };
        for (String key : new String[] {ALIASES.get(entity + "." + field), ALIASES.get("*." + field), "audit.field." + entity + "." + field,
                "field." + field, form + field, "audit.field." + field}) {
            if (key != null && Messages.has(key)) {
                return Messages.get(key);
            }
        }
        return field;
    }

    /**
     * The value as the clerk reads it: {@code type} is the record component's type when known (enum codes become
     * labels), {@code names} turns ids into names (a campaign's id into its name).
     */
    static String value(String field, JsonNode node, Type type, Function<Long, String> campaignNames) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return "";
        }
        if (node.isArray()) {
            Type element = type instanceof ParameterizedType p ? p.getActualTypeArguments()[0]
                    : type instanceof Class<?> c && c.isRecord() ? type : null;
            StringBuilder sb = new StringBuilder();
            for (JsonNode n : node) {
                if (sb.length() > 0) {
                    sb.append('、');
                }
                sb.append(value(field, n, element, campaignNames));
            }
            return sb.toString();
        }
        if (node.isObject()) {
            // an object inside a list (a received file): its values, in order
            StringBuilder sb = new StringBuilder();
            node.fields().forEachRemaining(e -> {
                if (!HIDDEN.contains(e.getKey()) && !e.getValue().isNull()) {
                    sb.append(sb.length() > 0 ? " " : "").append(value(e.getKey(), e.getValue(),
                            componentType(type, e.getKey()), campaignNames));
                }
            });
            return sb.toString();
        }
        if (node.isBoolean()) {
            return Messages.get(node.booleanValue() ? "cli.yes" : "cli.no");
        }
        String text = node.isBigDecimal() ? node.decimalValue().toPlainString() : node.asText();
        if ("campaignId".equals(field) && node.canConvertToLong()) {
            String name = campaignNames.apply(node.asLong());
            return name == null ? text : name;
        }
        if (type instanceof Class<?> c && c.isEnum() && CodedEnum.class.isAssignableFrom(c)) {
            return Arrays.stream(c.getEnumConstants()).map(CodedEnum.class::cast)
                    .filter(e -> e.code().equalsIgnoreCase(text)).findFirst().map(CodedEnum::label).orElse(text);
        }
        if (type == LocalDateTime.class && text.length() >= 19) {
            return text.substring(0, 19).replace('T', ' ');
        }
        return masked(field, text);
    }

    /** 身份证号, phone numbers and bank cards read as they do in the register: never more than there. */
    static String masked(String field, String text) {
        return switch (field) {
            case "idNumber" -> IdNumber.mask(text);
            case "phone", "pairedCadrePhone" -> PhoneNumber.mask(text);
            case "accountNumber" -> new HardshipFile.BankAccount(null, text).masked();
            default -> text;
        };
    }

    /** The type of {@code field} of an entry about {@code entity} within {@code record}, or null when not known. */
    static Type fieldType(String entity, Type record, String field) {
        Type t = componentType(record, field);
        return t != null ? t : MAP_FIELDS.get(entity + "." + field);
    }

    /** The type of {@code field} within {@code record} (a record class), or null when not known. */
    static Type componentType(Type record, String field) {
        if (!(record instanceof Class<?> c) || !c.isRecord()) {
            return null;
        }
        for (RecordComponent rc : c.getRecordComponents()) {
            if (rc.getName().equals(field)) {
                return rc.getGenericType();
            }
        }
        return null;
    }
}
