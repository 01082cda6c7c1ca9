package cn.warmledger.ui.settings;

import java.nio.file.Path;

import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import cn.warmledger.domain.Organization;
import cn.warmledger.ui.common.Columns;
import cn.warmledger.ui.common.Dialogs;
import cn.warmledger.ui.common.FormGrid;
import cn.warmledger.ui.common.Loading;
import cn.warmledger.ui.common.Texts;

/** 设置 → 下级单位: the list, the fields of the chosen (or a new) unit, and 从 Excel 导入. */
public final class UnitsView {
    private final VBox root = new VBox(10);

    public UnitsView(UnitsViewModel vm, Dialogs dialogs) {
        root.getStyleClass().add("settings-tab");
        Label intro = new Label(Texts.get("units.intro"));
        intro.setWrapText(true);

        TableView<Organization> table = Dialogs.id(new TableView<>(vm.rows), "unitsTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(Columns.text("unit.code", Organization::code, 140));
        table.getColumns().add(Columns.text("unit.name", Organization::name, 260));
        table.getColumns().add(Columns.text("unit.contact", Organization::contact, 100));
        table.getColumns().add(Columns.text("unit.phone", Organization::phone, 140));
        Loading.placeholder(table, vm.loadedProperty(), "units.empty");
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.selected.set(b));
        VBox.setVgrow(table, Priority.ALWAYS);

        TextField code = Dialogs.id(new TextField(), "unitCode");
        code.textProperty().bindBidirectional(vm.code);
        TextField name = Dialogs.id(new TextField(), "unitName");
        name.textProperty().bindBidirectional(vm.name);
        TextField contact = Dialogs.id(new TextField(), "unitContact");
        contact.textProperty().bindBidirectional(vm.contact);
        TextField phone = Dialogs.id(new TextField(), "unitPhone");
        phone.textProperty().bindBidirectional(vm.phone);
        FormGrid form = new FormGrid().required(Texts.get("unit.code"), code).required(Texts.get("unit.name"), name)
                .field(Texts.get("unit.contact"), contact).field(Texts.get("unit.phone"), phone);

        Button save = Dialogs.id(new Button(Texts.get("units.save")), "saveUnit");
        save.setDefaultButton(true);
        save.setOnAction(e -> vm.save());
        Button clear = Dialogs.id(new Button(Texts.get("units.new")), "newUnit");
        clear.setOnAction(e -> {
            table.getSelectionModel().clearSelection();
            vm.clear();
            code.requestFocus();
        });
        Button remove = Dialogs.id(new Button(Texts.get("button.delete")), "removeUnit");
        remove.disableProperty().bind(vm.selected.isNull());
        remove.setOnAction(e -> {
            Organization unit = vm.selected.get();
            if (dialogs.confirm(null, Texts.get("units.removeConfirm", unit.name()))) {
                vm.remove(unit);
            }
        });
        Button importList = Dialogs.id(new Button(Texts.get("units.import")), "importUnits");
        importList.setOnAction(e -> dialogs.chooseFileToOpen(Texts.get("units.import"),
                new FileChooser.ExtensionFilter(Texts.get("units.sheetFiles"), "*.xlsx", "*.xls", "*.csv"))
                .ifPresent(f -> vm.importFile(Path.of(f.getPath()))));
        Label status = Dialogs.id(new Label(), "unitsStatus");
        status.textProperty().bind(vm.statusProperty());
        HBox bar = new HBox(8, save, clear, remove, importList, status);
        bar.setAlignment(Pos.CENTER_LEFT);

        Label error = Dialogs.id(new Label(), "unitsError");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        root.getChildren().addAll(intro, table, form.build(), bar, error);
        vm.reload();
    }

    public Parent root() {
        return root;
    }
}
