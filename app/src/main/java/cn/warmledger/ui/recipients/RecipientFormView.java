package cn.warmledger.ui.recipients;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

import cn.warmledger.domain.Gender;
import cn.warmledger.domain.Organization;
import cn.warmledger.domain.RecipientCategory;
import cn.warmledger.domain.StatusChange;
import cn.warmledger.ui.common.DateInput;
import cn.warmledger.ui.common.Dialogs;
import cn.warmledger.ui.common.Fields;
import cn.warmledger.ui.common.FormGrid;
import cn.warmledger.ui.common.KeyboardFlow;
import cn.warmledger.ui.common.Texts;


/**
 * The recipient form: ControlsFX decorations show each field's problem as the clerk types, an error
 * line under the form says it in words, and the 档案 part appears only for 困难职工.
 */
public final class RecipientFormView {
    private final RecipientFormViewModel vm;
    private final BorderPane root = new BorderPane();
    private final ValidationSupport validation = new ValidationSupport();

    public RecipientFormView(RecipientFormViewModel vm, List<StatusChange> history, Runnable onSaved, Runnable onCancel) {
        this.vm = vm;
        TextField idNumber = Fields.text("idNumber", vm.idNumber);
        idNumber.setPromptText(Texts.get("recipient.idPrompt"));
        TextField name = Fields.text("name", vm.name);
        ComboBox<Gender> gender = Fields.choice("gender", Gender.values(), vm.gender, "");
        var birthDate = Fields.date("birthDate", vm.birthDate);
        TextField phone = Fields.text("phone", vm.phone);
        ComboBox<RecipientCategory> category = Fields.choice("category", RecipientCategory.values(), vm.category, null);
        ComboBox<Organization> unit = Dialogs.id(new ComboBox<>(vm.units), "unit");
        unit.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Organization o) {
                return o == null ? "" : o.name();
            }

            @Override
            public Organization fromString(String s) {
                return null;
            }
        });
        unit.valueProperty().bindBidirectional(vm.unit);
        unit.setMaxWidth(Double.MAX_VALUE);

        decorate(idNumber, vm.idNumberProblemProperty());
        decorate(name, vm.nameProblemProperty());
        decorate(gender, vm.genderProblemProperty());
        decorate(birthDate.editor(), vm.birthDateProblemProperty());
        decorate(phone, vm.phoneProblemProperty());

        Label derived = Dialogs.id(new Label(), "derivedFromId");
        derived.getStyleClass().add("hint-text");
        derived.textProperty().bind(vm.derivedTextProperty());

        FormGrid basic = new FormGrid()
                .section(Texts.get("recipient.basicSection"))
                .required(Texts.get("col.idNumber"), idNumber)
                .required(Texts.get("col.name"), name)
                .field(Texts.get("col.gender"), gender)
                .field(Texts.get("col.birthDate"), birthDate)
                .field(Texts.get("col.phone"), phone)
                .required(Texts.get("col.category"), category)
                .field(Texts.get("col.employer"), Fields.text("employer", vm.employer))
                .field(Texts.get("col.unit"), unit)
                .wide(Texts.get("recipient.address"), Fields.text("address", vm.address))
                .wide(Texts.get("recipient.note"), Fields.text("note", vm.note))
                .wide("", derived);

        VBox hardship = new VBox(8, HardshipFileSection.build(vm.file, history), FamilySection.build(vm.family));
        hardship.visibleProperty().bind(vm.hardshipWorkerProperty());
        hardship.managedProperty().bind(vm.hardshipWorkerProperty());

        VBox content = new VBox(10, basic.build(), hardship);
        content.setPadding(new Insets(12));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);

        Label problems = Dialogs.id(new Label(), "formError");
        problems.getStyleClass().add("error-text");
        problems.setWrapText(true);
        problems.textProperty().bind(Bindings.createStringBinding(this::firstProblem, vm.idNumberProblemProperty(),
                vm.genderProblemProperty(), vm.birthDateProblemProperty(), vm.phoneProblemProperty(),
                vm.saveErrorProperty(), vm.birthDate.errorProperty(), vm.file.phasingOutUntil.errorProperty(),
                vm.file.filedOn.errorProperty()));

        Runnable save = () -> vm.save(id -> onSaved.run());
        Button saveButton = Dialogs.id(new Button(Texts.get("button.save")), "saveRecipient");
        saveButton.setDefaultButton(false);
        saveButton.disableProperty().bind(vm.savingProperty());
        saveButton.setOnAction(e -> save.run());
        Button cancel = Dialogs.id(new Button(Texts.get("button.cancel")), "cancelRecipient");
        cancel.setOnAction(e -> onCancel.run());
        HBox buttons = new HBox(8, problems, saveButton, cancel);
        HBox.setHgrow(problems, javafx.scene.layout.Priority.ALWAYS);
        problems.setMaxWidth(Double.MAX_VALUE);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.setPadding(new Insets(8, 12, 12, 12));

        root.setCenter(scroll);
        root.setBottom(buttons);
        root.setPrefSize(980, 720);
        KeyboardFlow.install(root, save, onCancel);
        javafx.application.Platform.runLater(idNumber::requestFocus);
    }

    /** The first problem in words, naming its field, so the clerk does not have to hover over icons. */
    private String firstProblem() {
        if (vm.saveErrorProperty().get() != null) {
            return vm.saveErrorProperty().get();
        }
        for (DateInput date : List.of(vm.birthDate, vm.file.phasingOutUntil, vm.file.filedOn)) {
            if (!date.errorProperty().get().isEmpty()) {
                return date.errorProperty().get();
            }
        }
        String id = vm.idNumberProblemProperty().get();
        if (id != null && vm.idNumber.get() != null && !vm.idNumber.get().isBlank()) {
            return Texts.get("col.idNumber") + "：" + id;
        }
        if (vm.genderProblemProperty().get() != null) {
            return Texts.get("col.gender") + "：" + vm.genderProblemProperty().get();
        }
        if (vm.birthDateProblemProperty().get() != null) {
            return Texts.get("col.birthDate") + "：" + vm.birthDateProblemProperty().get();
        }
        if (vm.phoneProblemProperty().get() != null) {
            return Texts.get("col.phone") + "：" + vm.phoneProblemProperty().get();
        }
        return "";
    }

    private void decorate(Control control, ObservableStringValue problem) {
        validation.registerValidator(control, false,
                (Control c, Object value) -> ValidationResult.fromErrorIf(c, problem.get(), problem.get() != null));
        problem.addListener((o, a, b) -> validation.revalidate(control));
    }

    public Parent root() {
        return root;
    }
}
