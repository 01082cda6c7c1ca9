package cn.warmledger.ui.setup;

import java.math.BigDecimal;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import cn.warmledger.domain.InvalidValueException;
import cn.warmledger.domain.Money;
import cn.warmledger.service.settings.SetupService;
import cn.warmledger.ui.common.TaskRunner;
import cn.warmledger.ui.common.Texts;

/**
 * First run: 本单位 (name, code), 上级单位, the operator and the local 低保标准. The page is saved off the FX
 * thread; {@link #busyProperty()} is true meanwhile.
 */
public final class FirstRunViewModel {
    private final SetupService setup;
    private final TaskRunner tasks;
    final StringProperty orgName = new SimpleStringProperty("");
    final StringProperty orgCode = new SimpleStringProperty("");
    final StringProperty parentName = new SimpleStringProperty("");
    final StringProperty operatorName = new SimpleStringProperty("");
    final StringProperty minimumLivingStandard = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();

    /**
     * {@code known} is what a county IT person set beforehand with {@code settings set org.*} (read off the FX
     * thread by the window), so the page does not ask again; {@code signedIn} (whoever signed in, may be null)
     * is the operator the page would otherwise ask for.
     */
    public FirstRunViewModel(SetupService setup, TaskRunner tasks, SetupService.Setup known, String signedIn) {
        this.setup = setup;
        this.tasks = tasks;
        orgName.set(known.orgName());
        orgCode.set(known.orgCode());
        parentName.set(known.parentName());
        operatorName.set(signedIn == null || signedIn.isBlank() ? known.operatorName() : signedIn);
        minimumLivingStandard.set(known.minimumLivingStandard() == null ? ""
                : known.minimumLivingStandard().toPlainString());
    }

    /** Saves off the FX thread, then {@code done}; a refusal, naming the field, is in {@link #errorProperty()}. */
    public void complete(Runnable done) {
        if (busy.get()) {
            return;
        }
        SetupService.Setup entered;
        try {
            BigDecimal standard = minimumLivingStandard.get() == null || minimumLivingStandard.get().isBlank() ? null
                    : Money.parse(Texts.get("field.minimumLivingStandard"), minimumLivingStandard.get());
            entered = new SetupService.Setup(orgName.get(), orgCode.get(), parentName.get(), operatorName.get(),
                    standard);
        } catch (InvalidValueException e) {
            error.set(e.getMessage());
            return;
        }
        busy.set(true);
        error.set(null);
        tasks.submit("setup-complete", p -> {
            setup.complete(entered);
            return null;
        }, ok -> {
            busy.set(false);
            done.run();
        }, e -> {
            busy.set(false);
            error.set(Texts.problem(e, "setup.saveFailed"));
        });
    }

    public StringProperty errorProperty() {
        return error;
    }

    /** True while saving: the page's 开始使用 is disabled and a progress shows. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }
}
