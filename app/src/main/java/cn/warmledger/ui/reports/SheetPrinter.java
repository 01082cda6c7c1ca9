package cn.warmledger.ui.reports;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.scene.transform.Scale;
import javafx.stage.Window;

import cn.warmledger.domain.SheetGrid;
import cn.warmledger.ui.common.Texts;

/**
 * Prints a filled sheet through the system print dialog with the .xlsx's own pagination: its manual page breaks
 * (the roster's 15 lines + 小计 per page), its header rows repeated on every page, A4 in its orientation, scaled
 * to the page width, 第 N 页 共 M 页 below.
 */
final class SheetPrinter {
    private static final double PX_PER_CHAR = 7.0;
    private static final double PX_PER_POINT = 1.333;

    private SheetPrinter() {
    }

    /** The row indexes of every printed page, header rows repeated. */
    static List<List<Integer>> pages(SheetGrid grid) {
        List<List<Integer>> pages = new ArrayList<>();
        for (int[] range : grid.pages()) {
            List<Integer> rows = new ArrayList<>();
            if (grid.repeatFirst() >= 0 && range[0] > grid.repeatLast()) {
                for (int r = grid.repeatFirst(); r <= grid.repeatLast(); r++) {
                    rows.add(r);
                }
            }
            for (int r = range[0]; r <= range[1]; r++) {
                rows.add(r);
            }
            pages.add(rows);
        }
        return pages;
    }

    /** Returns false when there is no printer or the user cancelled the dialog. */
    static boolean print(SheetGrid grid, Window owner) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            return false;
        }
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            return true;
        }
        PageLayout layout = job.getPrinter().createPageLayout(Paper.A4,
                grid.landscape() ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT, Printer.MarginType.DEFAULT);
        List<List<Integer>> pages = pages(grid);
        for (int i = 0; i < pages.size(); i++) {
            Node page = page(grid, pages.get(i), i + 1, pages.size());
            page.applyCss();
            double width = page.prefWidth(-1);
            double height = page.prefHeight(width);
            double scale = Math.min(1, Math.min(layout.getPrintableWidth() / width, layout.getPrintableHeight() / height));
            page.getTransforms().add(new Scale(scale, scale));
            if (!job.printPage(layout, page)) {
                job.cancelJob();
                return false;
            }
        }
        return job.endJob();
    }

    static Node page(SheetGrid grid, List<Integer> rows, int number, int count) {
        GridPane table = new GridPane();
        int lastBoxed = lastBoxedRow(grid);
        boolean[][] covered = new boolean[grid.rows().size()][grid.columnCount()];
        for (int k = 0; k < rows.size(); k++) {
            int r = rows.get(k);
            for (int c = 0; c < grid.columnCount(); c++) {
                if (covered[r][c]) {
                    continue;
                }
                int span = 1;
                for (SheetGrid.Span m : grid.merges()) {
                    if (m.firstRow() == r && m.firstColumn() == c) {
                        span = m.lastColumn() - m.firstColumn() + 1;
                        for (int rr = m.firstRow(); rr <= m.lastRow(); rr++) {
                            for (int cc = m.firstColumn(); cc <= m.lastColumn(); cc++) {
                                covered[rr][cc] = true;
                            }
                        }
                    }
                }
                double width = 0;
                for (int cc = c; cc < c + span && cc < grid.columnCount(); cc++) {
                    width += grid.columnWidths().get(cc) * PX_PER_CHAR;
                }
                Label cell = new Label(grid.rows().get(r).get(c));
                cell.setWrapText(true);
                cell.setMinSize(width, grid.rowHeights().get(r) * PX_PER_POINT);
                cell.setPrefSize(width, grid.rowHeights().get(r) * PX_PER_POINT);
                cell.setMaxSize(width, grid.rowHeights().get(r) * PX_PER_POINT);
                cell.setPadding(new Insets(1, 3, 1, 3));
                boolean boxed = grid.repeatFirst() >= 0 && r >= grid.repeatFirst() && r <= lastBoxed;
                cell.setStyle("-fx-font-family: '宋体', 'SimSun', 'WenQuanYi Micro Hei';"
                        + (r == 0 ? "-fx-font-size: 18px; -fx-font-weight: bold;" : "-fx-font-size: 11px;")
                        + (boxed ? "-fx-border-color: black; -fx-border-width: 0.5;" : ""));
                cell.setAlignment(r == 0 || boxed && r <= grid.repeatLast() ? Pos.CENTER : Pos.CENTER_LEFT);
                table.add(cell, c, k, span, 1);
                c += span - 1;
            }
        }
        Label footer = new Label(Texts.get("reports.pageFooter", number, count));
        VBox page = new VBox(6, table, footer);
        page.setAlignment(Pos.TOP_CENTER);
        return page;
    }

    /** The last row of the bordered table: the last one whose first cell starts with 合计. */
    private static int lastBoxedRow(SheetGrid grid) {
        int last = grid.repeatLast();
        for (int r = 0; r < grid.rows().size(); r++) {
            String first = grid.rows().get(r).isEmpty() ? "" : grid.rows().get(r).get(0);
            if (first.startsWith(Texts.get("reports.totalLabel"))) {
                last = r;
            }
        }
        return last;
    }
}
