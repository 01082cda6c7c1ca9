package cn.warmledger.service.settings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import cn.warmledger.domain.AuditAction;
import cn.warmledger.domain.CodedEnum;
import cn.warmledger.domain.EmailSecurity;
import cn.warmledger.domain.InvalidValueException;
import cn.warmledger.domain.Messages;
import cn.warmledger.domain.Money;
import cn.warmledger.domain.Organization;
import cn.warmledger.domain.OrganizationKind;
import cn.warmledger.domain.PhoneNumber;
import cn.warmledger.domain.ReceivedSource;
import cn.warmledger.domain.TransportKind;
import cn.warmledger.persistence.OrganizationRepository;
import cn.warmledger.persistence.SettingsRepository;
import cn.warmledger.persistence.Transactor;
import cn.warmledger.service.safety.AuditTrail;
import cn.warmledger.service.common.CurrentOperator;

/**
 * Every setting of the app by its key (README's table), checked before it is stored. Secrets
 * (passwords, authorisation codes) stay in the database, are shown only as {@value #MASK} and are
 * never logged. 本单位 and 上级单位 are kept in step with the organisation table.
 */
public final class SettingsService {
    public static final String MASK = "******";
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s,;]+@[^@\\s,;]+\\.[^@\\s,;]+");

    /** One setting as shown: secrets masked; {@code meaning} is its Chinese description. */
    public record Shown(String key, String value, boolean secret, String meaning) {
    }

    private record Definition(boolean secret, boolean required, UnaryOperator<String> check) {
    }

    private final Map<String, Definition> definitions = new LinkedHashMap<>();
    private final SettingsRepository settings;
    private final OrganizationRepository organizations;
    private final Transactor tx;
    private final CurrentOperator operator;
    private final AuditTrail audit;

    public SettingsService(SettingsRepository settings, OrganizationRepository organizations, Transactor tx,
                           CurrentOperator operator, AuditTrail audit) {
        this.settings = settings;
        this.organizations = organizations;
        this.tx = tx;
        this.operator = operator;
        this.audit = audit;
        plain(SettingKeys.ORG_CODE, true);
        plain(SettingKeys.ORG_NAME, true);
        plain(SettingKeys.ORG_PARENT, false);
        define(SettingKeys.ORG_PHONE, false, false, PhoneNumber::parse);
        plain(SettingKeys.ORG_PREPARER, false);
        plain(SettingKeys.OPERATOR_NAME, true);
        define(SettingKeys.MINIMUM_LIVING_STANDARD, false, false,
                v -> Money.parse(meaning(SettingKeys.MINIMUM_LIVING_STANDARD), v).toPlainString());
        define(SettingKeys.SYNC_TRANSPORT, false, false, v -> transportKind(v).settingValue());
        plain(SettingKeys.EMAIL_HOST, false);
        define(SettingKeys.EMAIL_PORT, false, false, SettingsService::port);
        define(SettingKeys.EMAIL_SECURITY, false, false,
                v -> CodedEnum.parse(EmailSecurity.class, meaning(SettingKeys.EMAIL_SECURITY), v).settingValue());
        plain(SettingKeys.EMAIL_USER, false);
        define(SettingKeys.EMAIL_PASSWORD, true, false, v -> v);
        define(SettingKeys.EMAIL_FROM, false, false, v -> addresses(SettingKeys.EMAIL_FROM, v, false));
        define(SettingKeys.EMAIL_TO, false, false, v -> addresses(SettingKeys.EMAIL_TO, v, true));
        define(SettingKeys.WEBDAV_URL, false, false, SettingsService::url);
        plain(SettingKeys.WEBDAV_USER, false);
        define(SettingKeys.WEBDAV_PASSWORD, true, false, v -> v);
        plain(SettingKeys.FOLDER_PATH, false);
        define(SettingKeys.COLLECT_SOURCE, false, false, v -> collectSource(v).settingValue());
        plain(SettingKeys.COLLECT_IMAP_HOST, false);
        define(SettingKeys.COLLECT_IMAP_PORT, false, false, v -> port(SettingKeys.COLLECT_IMAP_PORT, v));
        define(SettingKeys.COLLECT_IMAP_SECURITY, false, false, v -> CodedEnum.parse(EmailSecurity.class,
                meaning(SettingKeys.COLLECT_IMAP_SECURITY), v).settingValue());
        plain(SettingKeys.COLLECT_IMAP_USER, false);
        define(SettingKeys.COLLECT_IMAP_PASSWORD, true, false, v -> v);
        plain(SettingKeys.COLLECT_IMAP_FOLDER, false);
        define(SettingKeys.COLLECT_WEBDAV_URL, false, false, v -> url(SettingKeys.COLLECT_WEBDAV_URL, v));
        plain(SettingKeys.COLLECT_WEBDAV_USER, false);
        define(SettingKeys.COLLECT_WEBDAV_PASSWORD, true, false, v -> v);
        plain(SettingKeys.COLLECT_FOLDER_PATH, false);
    }

    private void plain(String key, boolean required) {
        define(key, false, required, v -> v);
    }

    private void define(String key, boolean secret, boolean required, UnaryOperator<String> check) {
        definitions.put(key, new Definition(secret, required, check));
    }

    public Set<String> keys() {
        return definitions.keySet();
    }

    public boolean isKnown(String key) {
        return definitions.containsKey(key);
    }

    public boolean isSecret(String key) {
        return definitions.containsKey(key) && definitions.get(key).secret();
    }

    /** Every known setting in the order of README's table, secrets masked. */
    public List<Shown> list() {
        Map<String, SettingsRepository.Entry> stored = settings.all();
        List<Shown> result = new ArrayList<>();
        for (Map.Entry<String, Definition> d : definitions.entrySet()) {
            SettingsRepository.Entry e = stored.get(d.getKey());
            String value = e == null || e.value() == null ? "" : e.value();
            boolean secret = d.getValue().secret();
            result.add(new Shown(d.getKey(), secret && !value.isEmpty() ? MASK : value, secret, meaning(d.getKey())));
        }
        return result;
    }

    /** The stored value, blank counted as unset. Secrets too: only for the services that use them. */
    public Optional<String> get(String key) {
        return settings.get(key).filter(v -> !v.isBlank());
    }

    /** Checks and stores one setting (blank clears an optional one). */
    public void set(String key, String value) {
        setAll(Map.of(key, value == null ? "" : value));
    }

    /** Checks all, then stores all in one transaction (the command line: whatever changed meanwhile). */
    public void setAll(Map<String, String> values) {
        store(values, null);
    }

    /** The stored settings' row versions by key (absent: not stored); a form reads them with the values it shows. */
    public Map<String, Integer> versions() {
        return settings.versions();
    }

    /**
     * A form's save: checks all, then stores all in one transaction, everything or nothing; refused with
     * EditConflictException (naming who and when) when a setting it writes changed since the form read
     * {@code loadedVersions} ({@link #versions}), so a clerk never overwrites a change she has not seen.
     */
    public void setAll(Map<String, String> values, Map<String, Integer> loadedVersions) {
        store(values, Map.copyOf(loadedVersions));
    }

    private void store(Map<String, String> values, Map<String, Integer> loadedVersions) {
        Map<String, String> checked = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : values.entrySet()) {
            checked.put(e.getKey(), check(e.getKey(), e.getValue()));
        }
        tx.run(() -> {
            for (Map.Entry<String, String> e : checked.entrySet()) {
                Optional<String> before = settings.get(e.getKey());
                if (loadedVersions == null) {
                    settings.put(e.getKey(), e.getValue(), isSecret(e.getKey()), operator.name());
                } else {
                    settings.putIfUnchanged(e.getKey(), e.getValue(), isSecret(e.getKey()), operator.name(),
                            loadedVersions.get(e.getKey()));
                }
                if (!before.orElse("").equals(e.getValue())) {
                    audit.record(AuditTrail.SETTING, e.getKey(),
                            before.isPresent() ? AuditAction.UPDATE : AuditAction.INSERT,
                            before.map(v -> audited(e.getKey(), v)).orElse(null), audited(e.getKey(), e.getValue()));
                }
            }
            if (checked.containsKey(SettingKeys.ORG_CODE) || checked.containsKey(SettingKeys.ORG_NAME)) {
                String code = checked.getOrDefault(SettingKeys.ORG_CODE, settings.get(SettingKeys.ORG_CODE).orElse(""));
                String name = checked.getOrDefault(SettingKeys.ORG_NAME, settings.get(SettingKeys.ORG_NAME).orElse(""));
                if (organizations.findSelf().isPresent()) {
                    organizations.updateSelf(code, name);
                } else if (!code.isBlank() && !name.isBlank()) {
                    organizations.save(new Organization(null, code, name, OrganizationKind.SELF, null, null, null));
                }
            }
            if (checked.containsKey(SettingKeys.ORG_PHONE)) {
                String phone = checked.get(SettingKeys.ORG_PHONE);
                organizations.updateSelfPhone(phone.isEmpty() ? null : phone);
            }
            String parent = checked.get(SettingKeys.ORG_PARENT);
            if (parent != null && !parent.isBlank()) {
                organizations.save(new Organization(null, "PARENT", parent, OrganizationKind.PARENT, null, null, null));
            }
        });
        String name = checked.get(SettingKeys.OPERATOR_NAME);
        if (name != null) {
            operator.signIn(name);
        }
    }

    /** The value as the 操作日志 keeps it: a secret only as {@value #MASK} (or empty when cleared). */
    private String audited(String key, String value) {
        return isSecret(key) && !value.isEmpty() ? MASK : value;
    }

    private String check(String key, String raw) {
        Definition d = definitions.get(key);
        if (d == null) {
            throw new InvalidValueException(key, Messages.get("settings.unknownKey", String.join("、", keys())));
        }
        String value = raw == null ? "" : raw.strip();
        if (value.isEmpty()) {
            if (d.required()) {
                throw new InvalidValueException(meaning(key), Messages.get("error.required"));
            }
            return "";
        }
        return d.check().apply(d.secret() ? raw : value);
    }

    /** A setting's name as the clerk reads it, for messages that name the setting (also Transports'). */
    public static String meaning(String key) {
        return Messages.get("setting." + key);
    }

    /** The 上报方式 a stored value means, refused by name when it is none (also read by Transports). */
    public static TransportKind transportKind(String value) {
        for (TransportKind k : TransportKind.values()) {
            if (k.settingValue().equalsIgnoreCase(value.strip())) {
                return k;
            }
        }
        return CodedEnum.parse(TransportKind.class, meaning(SettingKeys.SYNC_TRANSPORT), value);
    }

    /** imap, webdav or folder (or the Chinese label); a hand-filled sheet (MANUAL) is no source to collect from. */
    public static ReceivedSource collectSource(String value) {
        for (ReceivedSource s : ReceivedSource.values()) {
            if (s != ReceivedSource.MANUAL && s.settingValue().equalsIgnoreCase(value.strip())) {
                return s;
            }
        }
        ReceivedSource s = CodedEnum.parse(ReceivedSource.class, meaning(SettingKeys.COLLECT_SOURCE), value);
        if (s == ReceivedSource.MANUAL) {
            throw new InvalidValueException(meaning(SettingKeys.COLLECT_SOURCE),
                    Messages.get("settings.badCollectSource", value));
        }
        return s;
    }

    private static String port(String v) {
        return port(SettingKeys.EMAIL_PORT, v);
    }

    private static String port(String key, String v) {
        try {
            int p = Integer.parseInt(v);
            if (p >= 1 && p <= 65535) {
                return String.valueOf(p);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidValueException(meaning(key), Messages.get("settings.badPort", v));
    }

    private static String addresses(String key, String v, boolean many) {
        String[] parts = v.split("[,;，；]");
        List<String> clean = new ArrayList<>();
        for (String p : parts) {
            String a = p.strip();
            if (a.isEmpty()) {
                continue;
            }
            if (!ADDRESS.matcher(a).matches()) {
                throw new InvalidValueException(meaning(key), Messages.get("settings.badAddress", a));
            }
            clean.add(a);
        }
        if (clean.isEmpty() || (!many && clean.size() > 1)) {
            throw new InvalidValueException(meaning(key), Messages.get("settings.badAddress", v));
        }
        return String.join(",", clean);
    }

    private static String url(String v) {
        return url(SettingKeys.WEBDAV_URL, v);
    }

    private static String url(String key, String v) {
        String lower = v.toLowerCase(java.util.Locale.ROOT);
        if (!(lower.startsWith("http://") || lower.startsWith("https://")) || v.length() < 10) {
            throw new InvalidValueException(meaning(key), Messages.get("settings.badUrl", v));
        }
        return v;
    }
}
