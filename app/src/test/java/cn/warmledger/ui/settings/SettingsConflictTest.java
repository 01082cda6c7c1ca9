package cn.warmledger.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.Test;

import cn.warmledger.TwoClerks;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.settings.SettingKeys;
import cn.warmledger.ui.common.TaskRunner;

/** 设置 → 本单位 on two PCs of one database: the second 保存 is refused naming who and when, her input kept. */
class SettingsConflictTest extends TwoClerks {

    private static OrgSettingsViewModel loaded(AppContext app) {
        OrgSettingsViewModel vm = new OrgSettingsViewModel(app.settings(), app.outbox(), app.operator(),
                TaskRunner.direct());
        vm.load();
        return vm;
    }

    @Test
    void theSecondSaveOfTheOwnUnitPageIsRefusedAndKeepsWhatWasTyped() {
        OrgSettingsViewModel formA = loaded(a);
        OrgSettingsViewModel formB = loaded(b);
        formA.phone.set("0551-62345678");
        formB.preparer.set("李会计");
        formA.save(w -> true);
        formB.save(w -> true);

        assertThat(formA.errorProperty().get()).isEmpty();
        assertThat(formB.errorProperty().get()).matches("已被 张三 于 \\d\\d:\\d\\d 修改，请刷新后再改");
        assertThat(formB.preparer.get()).isEqualTo("李会计");
        assertThat(b.settings().get(SettingKeys.ORG_PHONE)).contains("0551-62345678");
        assertThat(b.settings().get(SettingKeys.ORG_PREPARER)).isEmpty();

        // loaded again (刷新), her change goes in and keeps his
        OrgSettingsViewModel again = loaded(b);
        again.preparer.set("李会计");
        again.save(w -> true);
        assertThat(again.errorProperty().get()).isEmpty();
        assertThat(a.settings().get(SettingKeys.ORG_PREPARER)).contains("李会计");
        assertThat(a.settings().get(SettingKeys.ORG_PHONE)).contains("0551-62345678");
    }
}
