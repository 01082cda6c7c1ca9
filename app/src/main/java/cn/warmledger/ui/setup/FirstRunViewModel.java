package cn.warmledger.ui.setup;

import java.math.BigDecimal;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import cn.warmledger.domain.InvalidValueException;
import cn.warmledger.domain.Money;
import cn.warmledger.service.SetupService;
import cn.warmledger.ui.common.Texts;

/** First run: 本单位 (name, code), 上级单位, the operator and the local 低保标准. */
public final class FirstRunViewModel {
    private final SetupService setup;
    final StringProperty orgName = new SimpleStringProperty("");
    final StringProperty orgCode = new SimpleStringProperty("");
    final StringProperty parentName = new SimpleStringProperty("");
    final StringProperty operatorName = new SimpleStringProperty("");
    final StringProperty minimumLivingStandard = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty();

    public FirstRunViewModel(SetupService setup) {
        this.setup = setup;
        SetupService.Setup known = setup.known();
        orgName.set(known.orgName());
        orgCode.set(known.orgCode());
        parentName.set(known.parentName());
        operatorName.set(known.operatorName());
        minimumLivingStandard.set(known.minimumLivingStandard() == null ? ""
                : known.minimumLivingStandard().toPlainString());
    }

    public void prefillOperator(String name) {
        if (name != null && !name.isBlank()) {
            operatorName.set(name);
        }
    }

    /** True when saved; otherwise the reason, naming the field, is in {@link #errorProperty()}. */
    public boolean complete() {
        try {
            BigDecimal standard = minimumLivingStandard.get() == null || minimumLivingStandard.get().isBlank() ? null
                    : Money.parse(Texts.get("field.minimumLivingStandard"), minimumLivingStandard.get());
            setup.complete(new SetupService.Setup(orgName.get(), orgCode.get(), parentName.get(), operatorName.get(),
                    standard));
            error.set(null);
            return true;
        } catch (InvalidValueException e) {
            error.set(e.getMessage());
            return false;
        }
    }

    public StringProperty errorProperty() {
        return error;
    }
}
