package cn.warmledger.ui.enterprises;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import cn.warmledger.domain.CreditCode;
import cn.warmledger.domain.Enterprise;
import cn.warmledger.domain.InvalidValueException;
import cn.warmledger.service.enterprises.EnterpriseService;
import cn.warmledger.ui.common.TaskRunner;
import cn.warmledger.ui.common.Texts;

/** Register or edit an enterprise; the 统一社会信用代码 is checked (GB 32100) as it is typed. */
public final class EnterpriseFormViewModel {
    private final EnterpriseService enterprises;
    private final TaskRunner tasks;
    private Long id;
    final StringProperty creditCode = new SimpleStringProperty("");
    final StringProperty name = new SimpleStringProperty("");
    final StringProperty hardshipKind = new SimpleStringProperty("");
    final StringProperty address = new SimpleStringProperty("");
    final StringProperty contact = new SimpleStringProperty("");
    final StringProperty phone = new SimpleStringProperty("");
    final StringProperty employeeCount = new SimpleStringProperty("");
    final StringProperty note = new SimpleStringProperty("");
    private final StringProperty codeProblem = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");

    public EnterpriseFormViewModel(EnterpriseService enterprises, TaskRunner tasks) {
        this.enterprises = enterprises;
        this.tasks = tasks;
        creditCode.addListener((o, a, b) -> {
            try {
                CreditCode.parse(b);
                codeProblem.set("");
            } catch (InvalidValueException e) {
                codeProblem.set(b == null || b.isBlank() ? "" : e.getMessage());
            }
        });
    }

    public void load(Enterprise e) {
        id = e.id();
        creditCode.set(e.creditCode());
        name.set(e.name());
        hardshipKind.set(e.hardshipKind());
        address.set(e.address());
        contact.set(e.contact());
        phone.set(e.phone());
        employeeCount.set(e.employeeCount() == null ? "" : String.valueOf(e.employeeCount()));
        note.set(e.note());
    }

    public void save(Runnable onSaved) {
        Integer employees;
        try {
            employees = employeeCount.get() == null || employeeCount.get().isBlank() ? null
                    : Integer.valueOf(employeeCount.get().strip());
        } catch (NumberFormatException e) {
            error.set(Texts.get("field.employeeCount") + "：" + Texts.get("enterprise.badCount", employeeCount.get()));
            return;
        }
        Enterprise e = new Enterprise(id, creditCode.get(), name.get(), hardshipKind.get(), address.get(),
                contact.get(), phone.get(), employees, note.get());
        tasks.submit("enterprise-save", p -> enterprises.save(e), saved -> {
            id = saved;
            error.set("");
            onSaved.run();
        }, ex -> error.set(ex.getMessage()));
    }

    public StringProperty codeProblemProperty() {
        return codeProblem;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
