package cn.warmledger.ui.imports;

import java.util.List;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

import cn.warmledger.domain.Money;
import cn.warmledger.service.imports.ColumnMapping;
import cn.warmledger.service.imports.ImportField;
import cn.warmledger.service.imports.RowOutcome;
import cn.warmledger.service.imports.RowProblem;
import cn.warmledger.ui.common.Dialogs;
import cn.warmledger.ui.common.Texts;

/** The wizard's tables: the sheet's top rows, the column mapping, the preview and the report. */
final class ImportTables {
    private ImportTables() {
    }

    /** The first rows of the sheet with Excel's row numbers; the header row is marked, a double click picks it. */
    static TableView<List<String>> topRows(ImportWizardViewModel vm) {
        TableView<List<String>> table = Dialogs.id(new TableView<>(vm.source().topRows()), "topRows");
        vm.source().topRows().addListener((ListChangeListener<List<String>>) c -> {
            int width = vm.source().topRows().stream().mapToInt(List::size).max().orElse(0);
            table.getColumns().clear();
            TableColumn<List<String>, String> number = new TableColumn<>(Texts.get("import.col.row"));
            number.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty ? null : String.valueOf(getIndex() + 1));
                }
            });
            number.setPrefWidth(48);
            table.getColumns().add(number);
            for (int i = 0; i < width; i++) {
                int col = i;
                TableColumn<List<String>, String> column = new TableColumn<>(ColumnMapping.letter(i));
                column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(
                        col < cell.getValue().size() ? cell.getValue().get(col) : ""));
                column.setPrefWidth(100);
                table.getColumns().add(column);
            }
        });
        table.setRowFactory(t -> {
            TableRow<List<String>> row = new TableRow<>() {
                @Override
                protected void updateItem(List<String> item, boolean empty) {
                    super.updateItem(item, empty);
                    getStyleClass().remove("header-row");
                    if (!empty && getIndex() + 1 == vm.source().headerRowProperty().get()) {
                        getStyleClass().add("header-row");
                    }
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    vm.source().headerRowProperty().set(row.getIndex() + 1);
                }
            });
            return row;
        });
        vm.source().headerRowProperty().addListener((o, a, b) -> table.refresh());
        return table;
    }

    /** One line per sheet column: letter, header, a sample value, and a combo box for the field. */
    static ScrollPane mapping(ImportWizardViewModel vm) {
        GridPane grid = Dialogs.id(new GridPane(), "mappingGrid");
        grid.setHgap(12);
        grid.setVgap(6);
        ColumnConstraints sample = new ColumnConstraints();
        sample.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(new ColumnConstraints(50), new ColumnConstraints(160), sample,
                new ColumnConstraints(180));
        Runnable rebuild = () -> {
            grid.getChildren().clear();
            grid.addRow(0, bold(Texts.get("import.col.column")), bold(Texts.get("import.col.header")),
                    bold(Texts.get("import.col.sample")), bold(Texts.get("import.col.field")));
            int r = 1;
            for (MappingRow m : vm.columns().mappingRows()) {
                ComboBox<ImportField> field = Dialogs.id(new ComboBox<>(), "mapColumn" + m.column());
                field.getItems().add(null);
                field.getItems().addAll(vm.fields());
                field.setConverter(Texts.labels(Texts.get("import.wizard.notImported")));
                field.setValue(m.fieldProperty().get());
                field.valueProperty().addListener((o, a, b) -> vm.map(m.column(), b));
                field.setMaxWidth(Double.MAX_VALUE);
                grid.addRow(r++, new Label(ColumnMapping.letter(m.column())), new Label(m.header()),
                        new Label(m.sample()), field);
            }
        };
        vm.columns().mappingRows().addListener((ListChangeListener<MappingRow>) c -> rebuild.run());
        rebuild.run();
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private static Label bold(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-weight: bold");
        return l;
    }

    /** The first valid rows as they will be stored (身份证号 masked). */
    static TableView<RowOutcome> preview(ImportWizardViewModel vm) {
        TableView<RowOutcome> table = Dialogs.id(new TableView<>(vm.checked().preview()), "importPreview");
        table.getColumns().add(column("import.col.row", o -> String.valueOf(o.rowNumber()), 48));
        table.getColumns().add(column("col.name", o -> o.recipient().name(), 80));
        table.getColumns().add(column("col.idNumber", ImportWizardViewModel::idShown, 160));
        table.getColumns().add(column("col.gender", o -> Texts.label(o.recipient().gender()), 44));
        table.getColumns().add(column("col.birthDate", o -> String.valueOf(o.recipient().birthDate()), 96));
        table.getColumns().add(column("col.phone", o -> nz(o.recipient().phone()), 110));
        table.getColumns().add(column("col.employer", o -> nz(o.recipient().employer()), 140));
        table.getColumns().add(column("col.category", o -> Texts.label(o.recipient().category()), 100));
        table.getColumns().add(column("col.hardshipType", o -> o.draft().hardshipFile() == null ? ""
                : Texts.label(o.draft().hardshipFile().hardshipType()), 80));
        table.getColumns().add(column("col.fileStatus", o -> o.draft().hardshipFile() == null ? ""
                : Texts.label(o.draft().hardshipFile().status()), 80));
        table.getColumns().add(column("import.col.perCapita", ImportTables::perCapita, 90));
        table.getColumns().add(column("import.col.action", o -> Texts.label(o.status()), 90));
        table.setPlaceholder(new Label(Texts.get("import.wizard.noValidRows")));
        return table;
    }

    /** A roster's first rows as the visits they become: the household's file as the visit keeps it, amounts in 元. */
    static TableView<RowOutcome> visitPreview(ImportWizardViewModel vm) {
        TableView<RowOutcome> table = Dialogs.id(new TableView<>(vm.checked().preview()), "importPreview");
        table.getColumns().add(column("import.col.row", o -> String.valueOf(o.rowNumber()), 48));
        table.getColumns().add(column("col.name", o -> o.recipient().name(), 80));
        table.getColumns().add(column("col.idNumber", ImportWizardViewModel::idShown, 160));
        table.getColumns().add(column("col.category", o -> Texts.label(o.recipient().category()), 100));
        table.getColumns().add(column("col.hardshipType", o -> Texts.label(o.visit().hardshipType()), 80));
        table.getColumns().add(column("col.fileStatus", o -> Texts.label(o.visit().fileStatus()), 70));
        table.getColumns().add(column("col.visitedOn", o -> o.visit().visitedOn().toString(), 90));
        table.getColumns().add(column("col.visitForm", o -> Texts.label(o.visit().form()), 80));
        table.getColumns().add(column("col.cash", o -> o.visit().cash().toPlainString(), 90));
        table.getColumns().add(column("col.goods", o -> nz(o.visit().goods()), 90));
        table.getColumns().add(column("col.goodsValue", o -> o.visit().goodsValue().toPlainString(), 90));
        table.getColumns().add(column("col.fundSource", o -> Texts.label(o.visit().fundSource()), 80));
        table.getColumns().add(column("col.assistanceKind", o -> Texts.label(o.visit().assistanceKind()), 70));
        table.getColumns().add(column("import.col.action", o -> Texts.label(o.status()), 150));
        table.setPlaceholder(new Label(Texts.get("import.wizard.noValidRows")));
        return table;
    }

    private static String perCapita(RowOutcome o) {
        var f = o.draft().hardshipFile();
        return f == null || f.income().monthlyIncomePerCapita() == null ? ""
                : Money.yuan(f.income().monthlyIncomePerCapita()).toPlainString();
    }

    /** Every problem and every skipped row: row, column, reason. */
    static TableView<RowProblem> report(ImportWizardViewModel vm) {
        TableView<RowProblem> table = Dialogs.id(new TableView<>(vm.checked().report()), "importReport");
        table.getColumns().add(problemColumn("import.col.row", p -> String.valueOf(p.rowNumber()), 48));
        table.getColumns().add(problemColumn("import.col.header", p -> nz(p.column()), 140));
        table.getColumns().add(problemColumn("import.col.reason", RowProblem::reason, 640));
        table.setPlaceholder(new Label(Texts.get("import.wizard.noProblems")));
        return table;
    }

    private static TableColumn<RowOutcome, String> column(String key, Function<RowOutcome, String> value, double width) {
        TableColumn<RowOutcome, String> c = new TableColumn<>(Texts.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().recipient() == null ? ""
                : value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private static TableColumn<RowProblem, String> problemColumn(String key, Function<RowProblem, String> value,
                                                                 double width) {
        TableColumn<RowProblem, String> c = new TableColumn<>(Texts.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
