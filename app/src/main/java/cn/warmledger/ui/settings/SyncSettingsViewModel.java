package cn.warmledger.ui.settings;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import cn.warmledger.domain.CodedEnum;
import cn.warmledger.domain.EmailSecurity;
import cn.warmledger.domain.InvalidValueException;
import cn.warmledger.domain.TransportKind;
import cn.warmledger.service.outbox.OutboxService;
import cn.warmledger.service.outbox.OutboxWorker;
import cn.warmledger.service.settings.SettingKeys;
import cn.warmledger.service.settings.SettingsService;
import cn.warmledger.service.outbox.Transports;
import cn.warmledger.ui.common.TaskRunner;
import cn.warmledger.ui.common.Texts;

/**
 * 设置 → 上报方式: the transport and its fields, presets for QQ邮箱 and 163邮箱, 保存 and 测试连接 (off the
 * FX thread). Passwords are never loaded into the form: a blank password field keeps the saved one.
 */
public final class SyncSettingsViewModel {
    private final SettingsService settings;
    private final OutboxService outbox;
    private final OutboxWorker worker;
    private final TaskRunner tasks;
    final ObjectProperty<TransportKind> transport = new SimpleObjectProperty<>(TransportKind.EMAIL);
    final StringProperty emailHost = new SimpleStringProperty("");
    final StringProperty emailPort = new SimpleStringProperty("");
    final ObjectProperty<EmailSecurity> emailSecurity = new SimpleObjectProperty<>(EmailSecurity.SSL);
    final StringProperty emailUser = new SimpleStringProperty("");
    final StringProperty emailPassword = new SimpleStringProperty("");
    final StringProperty emailFrom = new SimpleStringProperty("");
    final StringProperty emailTo = new SimpleStringProperty("");
    final StringProperty webdavUrl = new SimpleStringProperty("");
    final StringProperty webdavUser = new SimpleStringProperty("");
    final StringProperty webdavPassword = new SimpleStringProperty("");
    final StringProperty folderPath = new SimpleStringProperty("");
    final BooleanProperty emailPasswordSaved = new SimpleBooleanProperty();
    final BooleanProperty webdavPasswordSaved = new SimpleBooleanProperty();
    private final StringProperty hint = new SimpleStringProperty("");
    private final StringProperty result = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty testing = new SimpleBooleanProperty();
    private final ConnectionCheck check = new ConnectionCheck(testing, result, error);
    /** True until the stored settings are shown: meanwhile the form takes no typing (the load would replace it). */
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final BooleanProperty saving = new SimpleBooleanProperty();
    private final BooleanExpression busy = loading.or(saving);
    private final SettingValues fields = new SettingValues()
            .text(SettingKeys.EMAIL_HOST, emailHost).text(SettingKeys.EMAIL_PORT, emailPort)
            .text(SettingKeys.EMAIL_USER, emailUser).text(SettingKeys.EMAIL_FROM, emailFrom)
            .text(SettingKeys.EMAIL_TO, emailTo).text(SettingKeys.WEBDAV_URL, webdavUrl)
            .text(SettingKeys.WEBDAV_USER, webdavUser).text(SettingKeys.FOLDER_PATH, folderPath)
            .secret(SettingKeys.EMAIL_PASSWORD, emailPassword, emailPasswordSaved)
            .secret(SettingKeys.WEBDAV_PASSWORD, webdavPassword, webdavPasswordSaved);

    public SyncSettingsViewModel(SettingsService settings, OutboxService outbox, OutboxWorker worker, TaskRunner tasks) {
        this.settings = settings;
        this.outbox = outbox;
        this.worker = worker;
        this.tasks = tasks;
    }

    /** The settings' row versions read with the values shown (before them): a save over another's change is refused. */
    private Map<String, Integer> versions = Map.of();

    public void load() {
        loading.set(true);
        read();
    }

    /** Shows the stored settings (after a save too, for the saved-password marks), then ends {@link #loading}. */
    private void read() {
        tasks.submit("sync-settings-load", p -> {
            Map<String, Integer> read = settings.versions();
            return Map.entry(read, outbox.currentSettings());
        }, loaded -> {
            versions = loaded.getKey();
            var s = loaded.getValue();
            transport.set(Transports.kind(s).orElse(null)); // nothing stored: 暂不上报, as it is
            s.get(SettingKeys.EMAIL_SECURITY).flatMap(v -> CodedEnum.fromText(EmailSecurity.class, v))
                    .ifPresent(emailSecurity::set);
            fields.show(s::get);
            loading.set(false);
        }, e -> {
            loading.set(false);
            error.set(e.getMessage());
        });
    }

    public void applyPreset(MailPreset preset) {
        transport.set(TransportKind.EMAIL);
        emailHost.set(preset.smtpHost());
        emailPort.set(MailPreset.SMTP_SSL_PORT);
        emailSecurity.set(EmailSecurity.SSL);
        hint.set(Texts.get("syncSettings.authCodeHint", preset.label()));
    }

    /** The form's values as settings; a blank password is left out (the saved one stays). */
    Map<String, String> values() {
        Map<String, String> v = new LinkedHashMap<>();
        v.put(SettingKeys.SYNC_TRANSPORT, transport.get() == null ? "" : transport.get().settingValue());
        v.put(SettingKeys.EMAIL_SECURITY, emailSecurity.get() == null ? "" : emailSecurity.get().settingValue());
        fields.putInto(v);
        return v;
    }

    /** Saves every field at once (or none, naming the wrong one); the outbox then tries again. */
    public void save(Runnable done) {
        if (loading.get() || saving.get()) {
            return;
        }
        Map<String, String> values = values();
        error.set("");
        saving.set(true);
        Map<String, Integer> loadedVersions = versions;
        tasks.submit("sync-settings-save", p -> {
            settings.setAll(values, loadedVersions);
            return null;
        }, ok -> {
            saving.set(false);
            result.set(Texts.get("syncSettings.saved"));
            worker.wake();
            read();
            done.run();
        }, e -> {
            saving.set(false);
            error.set(e instanceof InvalidValueException ? e.getMessage() : Texts.get("syncSettings.saveFailed"));
        });
    }

    /** 测试连接 with what the form holds now, saved or not. */
    public void testConnection() {
        Map<String, String> values = values();
        check.started();
        tasks.submit("sync-settings-test", p -> outbox.testConnection(Transports.snapshot(key -> {
            String v = values.get(key);
            return v != null && !v.isBlank() ? Optional.of(v.strip()) : settings.get(key);
        })), check::ended, check::failed);
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

    public BooleanProperty testingProperty() {
        return testing;
    }

    /** True until the stored settings are shown. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    /** True while loading or saving: 保存 waits. */
    public BooleanExpression busyProperty() {
        return busy;
    }
}
