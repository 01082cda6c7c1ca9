package cn.warmledger.ui.settings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import cn.warmledger.domain.CodedEnum;
import cn.warmledger.domain.EmailSecurity;
import cn.warmledger.domain.InvalidValueException;
import cn.warmledger.domain.ReceivedSource;
import cn.warmledger.service.settings.SettingKeys;
import cn.warmledger.service.settings.SettingsService;
import cn.warmledger.service.consolidation.CollectService;
import cn.warmledger.ui.common.TaskRunner;
import cn.warmledger.ui.common.Texts;

/**
 * 设置 → 收取方式 (county): where the 下级单位's submissions are collected from: a mailbox over IMAP, a WebDAV
 * folder or a local folder, in the same style as 上报方式. Passwords are never loaded into the form: a blank
 * password field keeps the saved one.
 */
public final class CollectSettingsViewModel {
    static final List<ReceivedSource> SOURCES = List.of(ReceivedSource.IMAP, ReceivedSource.WEBDAV,
            ReceivedSource.FOLDER);

    private final SettingsService settings;
    private final CollectService collecting;
    private final TaskRunner tasks;
    final ObjectProperty<ReceivedSource> source = new SimpleObjectProperty<>(ReceivedSource.IMAP);
    final StringProperty imapHost = new SimpleStringProperty("");
    final StringProperty imapPort = new SimpleStringProperty("");
    final ObjectProperty<EmailSecurity> imapSecurity = new SimpleObjectProperty<>(EmailSecurity.SSL);
    final StringProperty imapUser = new SimpleStringProperty("");
    final StringProperty imapPassword = new SimpleStringProperty("");
    final StringProperty imapFolder = new SimpleStringProperty("");
    final StringProperty webdavUrl = new SimpleStringProperty("");
    final StringProperty webdavUser = new SimpleStringProperty("");
    final StringProperty webdavPassword = new SimpleStringProperty("");
    final StringProperty folderPath = new SimpleStringProperty("");
    final BooleanProperty imapPasswordSaved = new SimpleBooleanProperty();
    final BooleanProperty webdavPasswordSaved = new SimpleBooleanProperty();
    private final StringProperty hint = new SimpleStringProperty("");
    private final StringProperty result = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty testing = new SimpleBooleanProperty();
    private final ConnectionCheck check = new ConnectionCheck(testing, result, error);
    private final SettingValues fields = new SettingValues()
            .text(SettingKeys.COLLECT_IMAP_HOST, imapHost).text(SettingKeys.COLLECT_IMAP_PORT, imapPort)
            .text(SettingKeys.COLLECT_IMAP_USER, imapUser).text(SettingKeys.COLLECT_IMAP_FOLDER, imapFolder)
            .text(SettingKeys.COLLECT_WEBDAV_URL, webdavUrl).text(SettingKeys.COLLECT_WEBDAV_USER, webdavUser)
            .text(SettingKeys.COLLECT_FOLDER_PATH, folderPath)
            .secret(SettingKeys.COLLECT_IMAP_PASSWORD, imapPassword, imapPasswordSaved)
            .secret(SettingKeys.COLLECT_WEBDAV_PASSWORD, webdavPassword, webdavPasswordSaved);

    public CollectSettingsViewModel(SettingsService settings, CollectService collecting, TaskRunner tasks) {
        this.settings = settings;
        this.collecting = collecting;
        this.tasks = tasks;
    }

    /** The settings' row versions read with the values shown (before them): a save over another's change is refused. */
    private Map<String, Integer> versions = Map.of();

    public void load() {
        tasks.submit("collect-settings-load", p -> {
            Map<String, Integer> read = settings.versions();
            Map<String, java.util.Optional<String>> stored = new LinkedHashMap<>();
            for (String key : fields.keys()) {
                stored.put(key, settings.get(key));
            }
            stored.put(SettingKeys.COLLECT_SOURCE, settings.get(SettingKeys.COLLECT_SOURCE));
            stored.put(SettingKeys.COLLECT_IMAP_SECURITY, settings.get(SettingKeys.COLLECT_IMAP_SECURITY));
            return Map.entry(read, stored);
        }, loaded -> {
            versions = loaded.getKey();
            Map<String, java.util.Optional<String>> stored = loaded.getValue();
            String sourceText = stored.get(SettingKeys.COLLECT_SOURCE).orElse("");
            SOURCES.stream().filter(s -> s.settingValue().equalsIgnoreCase(sourceText)).findFirst()
                    .ifPresent(source::set);
            stored.get(SettingKeys.COLLECT_IMAP_SECURITY).flatMap(v -> CodedEnum.fromText(EmailSecurity.class, v))
                    .ifPresent(imapSecurity::set);
            fields.show(stored::get);
        }, e -> error.set(e.getMessage()));
    }

    public void applyPreset(MailPreset preset) {
        source.set(ReceivedSource.IMAP);
        imapHost.set(preset.imapHost());
        imapPort.set(MailPreset.IMAP_SSL_PORT);
        imapSecurity.set(EmailSecurity.SSL);
        hint.set(Texts.get("collectSettings.authCodeHint", preset.label()));
    }

    /** The form's values as settings; a blank password is left out (the saved one stays). */
    Map<String, String> values() {
        Map<String, String> v = new LinkedHashMap<>();
        v.put(SettingKeys.COLLECT_SOURCE, source.get() == null ? "" : source.get().settingValue());
        v.put(SettingKeys.COLLECT_IMAP_SECURITY, imapSecurity.get() == null ? "" : imapSecurity.get().settingValue());
        fields.putInto(v);
        return v;
    }

    /** Saves every field at once (or none, naming the wrong one). */
    public void save() {
        Map<String, String> values = values();
        error.set("");
        result.set("");
        Map<String, Integer> loadedVersions = versions;
        tasks.submit("collect-settings-save", p -> {
            settings.setAll(values, loadedVersions);
            return null;
        }, ok -> {
            result.set(Texts.get("syncSettings.saved"));
            load();
        }, e -> error.set(e instanceof InvalidValueException ? e.getMessage() : Texts.get("syncSettings.saveFailed")));
    }

    /** 测试连接 with what the form holds now, saved or not. */
    public void testConnection() {
        Map<String, String> values = values();
        check.started();
        tasks.submit("collect-settings-test", p -> collecting.testSource(values), check::ended, check::failed);
    }

    public BooleanProperty testingProperty() {
        return testing;
    }

    public StringProperty hintProperty() {
        return hint;
    }

    public StringProperty resultProperty() {
        return result;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
