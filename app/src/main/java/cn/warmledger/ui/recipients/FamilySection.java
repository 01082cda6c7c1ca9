package cn.warmledger.ui.recipients;

import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import cn.warmledger.domain.Gender;
import cn.warmledger.domain.IdNumber;
import cn.warmledger.domain.InvalidValueException;
import cn.warmledger.domain.Money;
import cn.warmledger.domain.Trimmed;
import cn.warmledger.ui.common.Dialogs;
import cn.warmledger.ui.common.Texts;

/** 家庭成员: a table of the household and one line to add a member, checked before it is added. */
final class FamilySection {
    private FamilySection() {
    }

    static Node build(ObservableList<FamilyMemberRow> family) {
        TableView<FamilyMemberRow> table = Dialogs.id(new TableView<>(family), "familyTable");
        table.setPrefHeight(130);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(col("family.name", FamilyMemberRow::name));
        table.getColumns().add(col("family.relation", FamilyMemberRow::relation));
        table.getColumns().add(col("col.gender", r -> Texts.label(r.gender())));
        table.getColumns().add(col("col.idNumber", r -> IdNumber.mask(r.idNumber())));
        table.getColumns().add(col("family.health", FamilyMemberRow::health));
        table.getColumns().add(col("family.income", r -> r.monthlyIncome() == null ? "" : r.monthlyIncome().toPlainString()));
        table.getColumns().add(col("family.school", FamilyMemberRow::employerOrSchool));
        table.setPlaceholder(new Label(Texts.get("family.none")));

        TextField name = prompt("familyName", "family.name", 6);
        TextField relation = prompt("familyRelation", "family.relation", 5);
        ComboBox<Gender> gender = new ComboBox<>();
        gender.getItems().addAll(Gender.values());
        gender.setConverter(Texts.labels(Texts.get("col.gender")));
        gender.setPromptText(Texts.get("col.gender"));
        TextField id = prompt("familyIdNumber", "col.idNumber", 14);
        TextField health = prompt("familyHealth", "family.health", 6);
        TextField income = prompt("familyIncome", "family.income", 7);
        TextField school = prompt("familySchool", "family.school", 10);
        Label error = new Label();
        error.getStyleClass().add("error-text");
        Button add = Dialogs.id(new Button(Texts.get("family.add")), "addFamilyMember");
        add.setOnAction(e -> {
            try {
                if (name.getText().isBlank() || relation.getText().isBlank()) {
                    throw new InvalidValueException(Texts.get("field.family"), Texts.get("family.incomplete"));
                }
                String idNumber = id.getText().isBlank() ? null : IdNumber.parse(id.getText()).value();
                family.add(new FamilyMemberRow(name.getText().strip(), relation.getText().strip(), gender.getValue(),
                        idNumber, Trimmed.orNull(health.getText()),
                        income.getText().isBlank() ? null : Money.parse(Texts.get("family.income"), income.getText()),
                        Trimmed.orNull(school.getText())));
                for (TextField f : new TextField[]{name, relation, id, health, income, school}) {
                    f.clear();
                }
                gender.setValue(null);
                error.setText("");
            } catch (InvalidValueException ex) {
                error.setText(ex.getMessage());
            }
        });
        Button remove = new Button(Texts.get("family.remove"));
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> family.remove(table.getSelectionModel().getSelectedItem()));
        HBox line = new HBox(6, name, relation, gender, id, health, income, school, add, remove);
        line.setAlignment(Pos.CENTER_LEFT);
        Label title = new Label(Texts.get("family.section"));
        title.getStyleClass().add("form-section");
        return new VBox(6, title, table, line, error);
    }

    private static TextField prompt(String id, String key, int columns) {
        TextField f = Dialogs.id(new TextField(), id);
        f.setPromptText(Texts.get(key));
        f.setPrefColumnCount(columns);
        return f;
    }

    private static TableColumn<FamilyMemberRow, String> col(String key, Function<FamilyMemberRow, String> value) {
        TableColumn<FamilyMemberRow, String> c = new TableColumn<>(Texts.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }
}
