package cn.warmledger.ui.settings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import cn.warmledger.domain.SubmissionState;
import cn.warmledger.service.common.CurrentOperator;
import cn.warmledger.service.outbox.OutboxService;
import cn.warmledger.service.settings.SettingKeys;
import cn.warmledger.service.settings.SettingsService;
import cn.warmledger.ui.common.TaskRunner;
import cn.warmledger.ui.common.Texts;

/**
 * 设置 → 本单位: what the first run asked (名称, 单位代码, 上级单位, 低保标准) plus 联系电话 and 填报人, all saved in
 * one transaction off the FX thread. The county matches what a township sends on its 单位代码: changing it
 * after anything was sent upward asks for a confirmation first.
 */
public final class OrgSettingsViewModel {
    private static final List<String> KEYS = List.of(SettingKeys.ORG_NAME, SettingKeys.ORG_CODE,
            SettingKeys.ORG_PARENT, SettingKeys.ORG_PHONE, SettingKeys.ORG_PREPARER,
            SettingKeys.MINIMUM_LIVING_STANDARD);

    private final SettingsService settings;
    private final OutboxService outbox;
    private final CurrentOperator operator;
    private final TaskRunner tasks;
    final StringProperty orgName = new SimpleStringProperty("");
    final StringProperty orgCode = new SimpleStringProperty("");
    final StringProperty parentName = new SimpleStringProperty("");
    final StringProperty phone = new SimpleStringProperty("");
    final StringProperty preparer = new SimpleStringProperty("");
    final StringProperty minimumLivingStandard = new SimpleStringProperty("");
    private final StringProperty preparerPrompt = new SimpleStringProperty("");
    private final StringProperty result = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    /** The 单位代码 as stored, to tell a change from a first entry. */
    private String savedCode = "";

    public OrgSettingsViewModel(SettingsService settings, OutboxService outbox, CurrentOperator operator,
                                TaskRunner tasks) {
        this.settings = settings;
        this.outbox = outbox;
        this.operator = operator;
        this.tasks = tasks;
    }

    /** The settings' row versions read with the values shown (before them): a save over another's change is refused. */
    private Map<String, Integer> versions = Map.of();

    public void load() {
        busy.set(true);
        tasks.submit("org-settings-load", p -> {
            Map<String, Integer> read = settings.versions();
            Map<String, String> stored = new LinkedHashMap<>();
            for (String key : KEYS) {
                stored.put(key, settings.get(key).orElse(""));
            }
            return Map.entry(read, stored);
        }, loaded -> {
            busy.set(false);
            versions = loaded.getKey();
            Map<String, String> stored = loaded.getValue();
            orgName.set(stored.get(SettingKeys.ORG_NAME));
            orgCode.set(stored.get(SettingKeys.ORG_CODE));
            parentName.set(stored.get(SettingKeys.ORG_PARENT));
            phone.set(stored.get(SettingKeys.ORG_PHONE));
            preparer.set(stored.get(SettingKeys.ORG_PREPARER));
            minimumLivingStandard.set(stored.get(SettingKeys.MINIMUM_LIVING_STANDARD));
            savedCode = stored.get(SettingKeys.ORG_CODE);
            preparerPrompt.set(Texts.get("orgSettings.preparerPrompt", operator.signedIn().orElse("")));
        }, e -> {
            busy.set(false);
            error.set(Texts.problem(e, "orgSettings.loadFailed"));
        });
    }

    /** The form's values as settings (checked by SettingsService, which names the field it refuses). */
    Map<String, String> values() {
        Map<String, String> v = new LinkedHashMap<>();
        v.put(SettingKeys.ORG_NAME, orgName.get());
        v.put(SettingKeys.ORG_CODE, orgCode.get());
        v.put(SettingKeys.ORG_PARENT, parentName.get());
        v.put(SettingKeys.ORG_PHONE, phone.get());
        v.put(SettingKeys.ORG_PREPARER, preparer.get());
        v.put(SettingKeys.MINIMUM_LIVING_STANDARD, minimumLivingStandard.get());
        return v;
    }

    /**
     * Saves every field at once (or none, naming the wrong one). When the 单位代码 changes and a submission was
     * already sent upward, {@code confirm} gets the warning first; false leaves everything as it was.
     */
    public void save(Predicate<String> confirm) {
        if (busy.get()) {
            return;
        }
        Map<String, String> values = values();
        String code = Optional.ofNullable(orgCode.get()).orElse("").strip();
        boolean codeChanged = !savedCode.isBlank() && !savedCode.equals(code);
        String before = savedCode;
        busy.set(true);
        result.set("");
        error.set("");
        tasks.submit("org-settings-sent", p -> codeChanged && outbox.list().stream()
                .anyMatch(s -> s.state() == SubmissionState.SENT), sentBefore -> {
                    if (sentBefore && !confirm.test(Texts.get("orgSettings.codeChangeWarning", before, code))) {
                        busy.set(false);
                        result.set(Texts.get("orgSettings.notSaved"));
                        return;
                    }
                    store(values);
                }, this::failed);
    }

    private void store(Map<String, String> values) {
        Map<String, Integer> loadedVersions = versions;
        tasks.submit("org-settings-save", p -> {
            settings.setAll(values, loadedVersions);
            return null;
        }, ok -> {
            busy.set(false);
            result.set(Texts.get("orgSettings.saved"));
            load();
        }, this::failed);
    }

    private void failed(Throwable e) {
        busy.set(false);
        error.set(Texts.problem(e, "orgSettings.saveFailed"));
    }

    public ReadOnlyStringProperty preparerPromptProperty() {
        return preparerPrompt;
    }

    public ReadOnlyStringProperty resultProperty() {
        return result;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    /** True while reading or saving: 保存 is disabled. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }
}
