package cn.warmledger.persistence;

import static cn.warmledger.persistence.jooq.Tables.SETTING;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.jooq.DSLContext;

import cn.warmledger.persistence.jooq.tables.records.SettingRecord;

/** Key/value settings of this copy (本单位, 低保标准, transports …); secrets are flagged. */
public final class SettingsRepository {
    private final DSLContext dsl;

    public SettingsRepository(Database database) {
        this.dsl = database.dsl();
    }

    public Optional<String> get(String key) {
        return dsl.select(SETTING.SETTING_VALUE).from(SETTING).where(SETTING.SETTING_KEY.eq(key))
                .fetchOptional(SETTING.SETTING_VALUE);
    }

    public void put(String key, String value, boolean secret) {
        put(key, value, secret, null);
    }

    /**
     * Stores the value whatever changed meanwhile (no form behind it: the command line, the first-run page), still
     * raising the row's version so that a form that read the setting before is refused.
     */
    public void put(String key, String value, boolean secret, String operator) {
        dsl.insertInto(SETTING)
                .set(SETTING.SETTING_KEY, key).set(SETTING.SETTING_VALUE, value).set(SETTING.SECRET, secret)
                .set(SETTING.UPDATED_AT, LocalDateTime.now()).set(SETTING.UPDATED_BY, operator)
                .onDuplicateKeyUpdate()
                .set(SETTING.SETTING_VALUE, value).set(SETTING.SECRET, secret)
                .set(SETTING.UPDATED_AT, LocalDateTime.now()).set(SETTING.UPDATED_BY, operator)
                .set(SETTING.ROW_VERSION, SETTING.ROW_VERSION.plus(1))
                .execute();
    }

    /**
     * A form's save of one setting: updated while its row still has {@code loadedVersion}, inserted when the form saw
     * none ({@code loadedVersion} null) and there is still none; else EditConflictException naming who changed it.
     */
    public void putIfUnchanged(String key, String value, boolean secret, String operator, Integer loadedVersion) {
        if (loadedVersion == null) {
            if (dsl.fetchExists(SETTING, SETTING.SETTING_KEY.eq(key))) {
                throw RowVersions.conflict(dsl, SETTING, SETTING.SETTING_KEY, key);
            }
            put(key, value, secret, operator);
            return;
        }
        SettingRecord r = dsl.newRecord(SETTING);
        r.setSettingValue(value);
        r.setSecret(secret);
        RowVersions.update(dsl, SETTING, SETTING.SETTING_KEY, key, loadedVersion, operator, r);
    }

    /** Every stored setting's row version, by key: what a form keeps with the values it shows. */
    public Map<String, Integer> versions() {
        Map<String, Integer> result = new LinkedHashMap<>();
        dsl.select(SETTING.SETTING_KEY, SETTING.ROW_VERSION).from(SETTING)
                .forEach(r -> result.put(r.value1(), r.value2()));
        return result;
    }

    /** All settings in key order; secret ones flagged so callers can mask them. */
    public Map<String, Entry> all() {
        Map<String, Entry> result = new LinkedHashMap<>();
        dsl.selectFrom(SETTING).orderBy(SETTING.SETTING_KEY).forEach(r ->
                result.put(r.getSettingKey(), new Entry(r.getSettingValue(), r.getSecret())));
        return result;
    }

    public record Entry(String value, boolean secret) {
    }
}
