package cn.warmledger.ui.reports;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import cn.warmledger.service.printing.PrinterService;
import cn.warmledger.ui.common.Dialogs;
import cn.warmledger.ui.common.Texts;

/** 打印: choose the printer (the system's default first) and the copies; shows how many pages will print. */
final class PrintDialog {
    private PrintDialog() {
    }

    static void open(ReportsViewModel vm, Dialogs dialogs) {
        ComboBox<String> printer = Dialogs.id(new ComboBox<>(vm.printers), "printPrinter");
        printer.setPrefWidth(280);
        vm.printers.addListener((javafx.collections.ListChangeListener<String>) c -> {
            if (printer.getValue() == null && !vm.printers.isEmpty()) {
                printer.setValue(vm.printers.get(0));
            }
        });
        if (!vm.printers.isEmpty()) {
            printer.setValue(vm.printers.get(0));
        }
        vm.loadPrinters();
        Spinner<Integer> copies = Dialogs.id(new Spinner<>(1, PrinterService.MAX_COPIES, 1), "printCopies");
        copies.setEditable(true);
        copies.setPrefWidth(90);
        Label pages = Dialogs.id(new Label(Texts.get("print.pagesInfo", vm.printedPages(),
                Texts.get(vm.preview.get() != null && vm.preview.get().landscape() ? "print.a4Landscape"
                        : "print.a4Portrait"))), "printPages");
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(10);
        form.addRow(0, new Label(Texts.get("print.printer")), printer);
        form.addRow(1, new Label(Texts.get("print.copies")), copies);
        Button ok = Dialogs.id(new Button(Texts.get("reports.print")), "printOk");
        ok.setDefaultButton(true);
        ok.getStyleClass().add("accent");
        Button cancel = Dialogs.id(new Button(Texts.get("button.cancel")), "printCancel");
        cancel.setCancelButton(true);
        HBox buttons = new HBox(8, ok, cancel);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox root = new VBox(14, form, pages, buttons);
        root.setPadding(new Insets(18));
        root.setPrefWidth(420);
        Stage stage = dialogs.openModal(Texts.get("print.dialogTitle"), root);
        ok.setOnAction(e -> {
            copies.increment(0);
            vm.print(printer.getValue(), copies.getValue());
            stage.close();
        });
        cancel.setOnAction(e -> stage.close());
    }
}
