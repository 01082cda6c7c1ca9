package cn.warmledger.persistence;

import static cn.warmledger.persistence.jooq.Tables.SETTING;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.jooq.DSLContext;

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
        dsl.insertInto(SETTING)
                .set(SETTING.SETTING_KEY, key).set(SETTING.SETTING_VALUE, value).set(SETTING.SECRET, secret)
                .set(SETTING.UPDATED_AT, LocalDateTime.now())
                .onDuplicateKeyUpdate()
                .set(SETTING.SETTING_VALUE, value).set(SETTING.SECRET, secret)
                .set(SETTING.UPDATED_AT, LocalDateTime.now())
                .execute();
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
