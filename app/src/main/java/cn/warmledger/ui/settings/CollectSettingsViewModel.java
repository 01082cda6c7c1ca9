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

    public CollectSettingsViewModel(SettingsService settings, CollectService collecting, TaskRunner tasks) {
        this.settings = settings;
        this.collecting = collecting;
        this.tasks = tasks;
    }

    private record Loaded(Map<String, String> values, boolean imapPassword, boolean webdavPassword) {
    }

    public void load() {
        tasks.submit("collect-settings-load", p -> {
            Map<String, String> v = new LinkedHashMap<>();
            for (String key : List.of(SettingKeys.COLLECT_SOURCE, SettingKeys.COLLECT_IMAP_HOST,
                    SettingKeys.COLLECT_IMAP_PORT, SettingKeys.COLLECT_IMAP_SECURITY, SettingKeys.COLLECT_IMAP_USER,
                    SettingKeys.COLLECT_IMAP_FOLDER, SettingKeys.COLLECT_WEBDAV_URL, SettingKeys.COLLECT_WEBDAV_USER,
                    SettingKeys.COLLECT_FOLDER_PATH)) {
                v.put(key, settings.get(key).orElse(""));
            }
            return new Loaded(v, settings.get(SettingKeys.COLLECT_IMAP_PASSWORD).isPresent(),
                    settings.get(SettingKeys.COLLECT_WEBDAV_PASSWORD).isPresent());
        }, l -> {
            Map<String, String> v = l.values();
            SOURCES.stream().filter(s -> s.settingValue().equalsIgnoreCase(v.get(SettingKeys.COLLECT_SOURCE)))
                    .findFirst().ifPresent(source::set);
            imapHost.set(v.get(SettingKeys.COLLECT_IMAP_HOST));
            imapPort.set(v.get(SettingKeys.COLLECT_IMAP_PORT));
            CodedEnum.fromText(EmailSecurity.class, v.get(SettingKeys.COLLECT_IMAP_SECURITY))
                    .ifPresent(imapSecurity::set);
            imapUser.set(v.get(SettingKeys.COLLECT_IMAP_USER));
            imapFolder.set(v.get(SettingKeys.COLLECT_IMAP_FOLDER));
            webdavUrl.set(v.get(SettingKeys.COLLECT_WEBDAV_URL));
            webdavUser.set(v.get(SettingKeys.COLLECT_WEBDAV_USER));
            folderPath.set(v.get(SettingKeys.COLLECT_FOLDER_PATH));
            imapPasswordSaved.set(l.imapPassword());
            webdavPasswordSaved.set(l.webdavPassword());
            imapPassword.set("");
            webdavPassword.set("");
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
        v.put(SettingKeys.COLLECT_IMAP_HOST, imapHost.get());
        v.put(SettingKeys.COLLECT_IMAP_PORT, imapPort.get());
        v.put(SettingKeys.COLLECT_IMAP_SECURITY, imapSecurity.get() == null ? "" : imapSecurity.get().settingValue());
        v.put(SettingKeys.COLLECT_IMAP_USER, imapUser.get());
        v.put(SettingKeys.COLLECT_IMAP_FOLDER, imapFolder.get());
        v.put(SettingKeys.COLLECT_WEBDAV_URL, webdavUrl.get());
        v.put(SettingKeys.COLLECT_WEBDAV_USER, webdavUser.get());
        v.put(SettingKeys.COLLECT_FOLDER_PATH, folderPath.get());
        if (!imapPassword.get().isEmpty()) {
            v.put(SettingKeys.COLLECT_IMAP_PASSWORD, imapPassword.get());
        }
        if (!webdavPassword.get().isEmpty()) {
            v.put(SettingKeys.COLLECT_WEBDAV_PASSWORD, webdavPassword.get());
        }
        return v;
    }

    /** Saves every field at once (or none, naming the wrong one). */
    public void save() {
        Map<String, String> values = values();
        error.set("");
        result.set("");
        tasks.submit("collect-settings-save", p -> {
            settings.setAll(values);
            return null;
        }, ok -> {
            result.set(Texts.get("syncSettings.saved"));
            load();
        }, e -> error.set(e instanceof InvalidValueException ? e.getMessage() : Texts.get("syncSettings.saveFailed")));
    }

    /** 测试连接 with what the form holds now, saved or not. */
    public void testConnection() {
        Map<String, String> values = values();
        testing.set(true);
        result.set(Texts.get("syncSettings.testing"));
        error.set("");
        tasks.submit("collect-settings-test", p -> collecting.testSource(values), failure -> {
            testing.set(false);
            result.set(failure.isPresent() ? "" : Texts.get("syncSettings.testOk"));
            error.set(failure.orElse(""));
        }, e -> {
            testing.set(false);
            result.set("");
            error.set(e.getMessage());
        });
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
