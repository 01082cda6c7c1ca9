package cn.warmledger.ui.reports;

import java.awt.image.BufferedImage;
import java.util.List;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import cn.warmledger.domain.PrintLayout;
import cn.warmledger.service.printing.PrinterService;
import cn.warmledger.ui.common.Dialogs;
import cn.warmledger.ui.common.ModalWindow;
import cn.warmledger.ui.common.Texts;

/**
 * 打印: the printed pages as they will come out of the printer (page by page), the printer (the system's default
 * first) and the copies.
 */
final class PrintDialog {
    /** Screen pixels per printed point in the page preview. */
    private static final double ZOOM = 0.8;

    private PrintDialog() {
    }

    static void open(ReportsViewModel vm, Dialogs dialogs) {
        List<PrintLayout.PrintedPage> pages = vm.printedPages();
        if (pages.isEmpty()) {
            return;
        }
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
        Label count = Dialogs.id(new Label(vm.pagesInfo()), "printPages");
        count.setWrapText(true);

        ImageView page = Dialogs.id(new ImageView(), "printPageImage");
        Label number = Dialogs.id(new Label(), "printPageNumber");
        int[] shown = {0};
        Button previous = Dialogs.id(new Button(Texts.get("print.previousPage")), "printPrevious");
        Button next = Dialogs.id(new Button(Texts.get("print.nextPage")), "printNext");
        Runnable show = () -> {
            page.setImage(fx(vm.pageImage(pages.get(shown[0]), ZOOM)));
            number.setText(Texts.get("print.pageOf", shown[0] + 1, pages.size()));
            previous.setDisable(shown[0] == 0);
            next.setDisable(shown[0] == pages.size() - 1);
        };
        previous.setOnAction(e -> {
            shown[0]--;
            show.run();
        });
        next.setOnAction(e -> {
            shown[0]++;
            show.run();
        });
        show.run();
        ScrollPane paper = new ScrollPane(page);
        paper.setPrefViewportWidth(Math.min(680, pages.get(0).width() * ZOOM));
        paper.setPrefViewportHeight(Math.min(440, pages.get(0).height() * ZOOM));
        HBox paging = new HBox(8, previous, number, next);
        paging.setAlignment(Pos.CENTER);

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(10);
        form.addRow(0, new Label(Texts.get("print.printer")), printer, count);
        form.addRow(1, new Label(Texts.get("print.copies")), copies);
        Button ok = Dialogs.id(new Button(Texts.get("reports.print")), "printOk");
        ok.setDefaultButton(true);
        ok.getStyleClass().add("accent");
        Button cancel = Dialogs.id(new Button(Texts.get("button.cancel")), "printCancel");
        cancel.setCancelButton(true);
        HBox buttons = new HBox(8, ok, cancel);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox root = new VBox(10, paper, paging, form, buttons);
        root.setPadding(new Insets(14));
        ModalWindow window = dialogs.openModal(Texts.get("print.dialogTitle"), w -> root);
        ok.setOnAction(e -> {
            copies.increment(0);
            vm.print(printer.getValue(), copies.getValue());
            window.close();
        });
        cancel.setOnAction(e -> window.close());
    }

    /** A Java2D picture as a JavaFX image (no javafx-swing on the class path). */
    private static WritableImage fx(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
        WritableImage out = new WritableImage(w, h);
        out.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return out;
    }
}
