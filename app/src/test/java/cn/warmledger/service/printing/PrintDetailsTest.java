package cn.warmledger.service.printing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import javax.print.attribute.standard.MediaSizeName;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.domain.CellStyle;
import cn.warmledger.domain.PageSetup;
import cn.warmledger.domain.PrintLayout;
import cn.warmledger.domain.PrintLayout.PlacedCell;
import cn.warmledger.domain.PrintLayout.PrintedPage;
import cn.warmledger.domain.SheetGrid;
import cn.warmledger.domain.Progress;

/**
 * What the printer gets beyond the layout: text clipped where a filled neighbour begins (drawn, not only placed),
 * the paper the sheet names as the printer's media, the Chinese font found through WINDIR on Windows, and a
 * cancel that stops the print before the spooler has it and never after.
 */
class PrintDetailsTest {
    @TempDir
    Path dir;

    private static SheetGrid grid(List<List<String>> rows, List<Double> widths, PageSetup setup) {
        CellStyle left = new CellStyle("宋体", 11, false, CellStyle.Align.LEFT, CellStyle.VAlign.BOTTOM, false, 0);
        CellStyle right = new CellStyle("宋体", 11, false, CellStyle.Align.RIGHT, CellStyle.VAlign.BOTTOM, false, 0);
        List<List<CellStyle>> styles = new ArrayList<>();
        for (List<String> row : rows) {
            List<CellStyle> s = new ArrayList<>();
            for (int c = 0; c < row.size(); c++) {
                s.add(c == 0 ? left : right);
            }
            styles.add(s);
        }
        return new SheetGrid(rows, styles, widths, Collections.nCopies(rows.size(), 20.0), List.of(), List.of(), -1, -1,
                setup);
    }

    private static PageSetup paper(double width, double height, boolean landscape) {
        PageSetup a4 = PageSetup.a4(landscape);
        return new PageSetup(width, height, landscape, a4.top(), a4.bottom(), a4.left(), a4.right(), a4.headerMargin(),
                a4.footerMargin(), 100, false, 1, 1, false, a4.header(), a4.footer(), -1, -1, List.of(), "", 0);
    }

    @Test
    void textLongerThanItsCellIsNotDrawnOverTheFilledNeighbour() {
        SheetGrid grid = grid(List.of(new ArrayList<>(List.of("困难职工家庭情况说明困难职工家庭情况说明困难职工家庭情况说明", "1"))),
                List.of(8.0, 20.0), PageSetup.a4(false));
        PrintedPage page = PrintLayout.layout(grid, PrintLayout.MIN_POINTS, LocalDateTime.now()).get(0);
        PlacedCell b = page.cells().stream().filter(c -> c.column() == 1).findFirst().orElseThrow();
        BufferedImage image = new PrinterService().image(page, 2);
        // B holds "1" at its right end; its left half must stay blank
        int ink = 0;
        for (int x = (int) (b.x() * 2) + 2; x < (int) ((b.x() + b.width() / 2) * 2); x++) {
            for (int y = (int) (b.y() * 2); y < (int) ((b.y() + b.height()) * 2); y++) {
                if ((image.getRGB(x, y) & 0xFF) < 128) {
                    ink++;
                }
            }
        }
        assertThat(ink).as("ink of A's text inside B").isZero();
        PlacedCell a = page.cells().stream().filter(c -> c.column() == 0).findFirst().orElseThrow();
        int own = 0;
        for (int x = (int) (a.x() * 2); x < (int) ((a.x() + a.width()) * 2); x++) {
            for (int y = (int) (a.y() * 2); y < (int) ((a.y() + a.height()) * 2); y++) {
                if ((image.getRGB(x, y) & 0xFF) < 128) {
                    own++;
                }
            }
        }
        assertThat(own).as("A's own text is drawn").isPositive();
    }

    @Test
    void theSheetsPaperIsThePrintersMedia() {
        double mm = 72 / 25.4;
        record Case(double w, double h, boolean landscape, MediaSizeName media) {
        }
        for (Case c : List.of(new Case(210 * mm, 297 * mm, false, MediaSizeName.ISO_A4),
                new Case(210 * mm, 297 * mm, true, MediaSizeName.ISO_A4),
                new Case(297 * mm, 420 * mm, true, MediaSizeName.ISO_A3),
                new Case(182 * mm, 257 * mm, false, MediaSizeName.JIS_B5),
                new Case(176 * mm, 250 * mm, false, MediaSizeName.ISO_B5),
                new Case(612, 792, false, MediaSizeName.NA_LETTER))) {
            SheetGrid grid = grid(List.of(new ArrayList<>(List.of("甲", "1"))), List.of(8.0, 8.0), paper(c.w(), c.h(),
                    c.landscape()));
            PrintedPage page = PrintLayout.layout(grid).get(0);
            assertThat(page.width() > page.height()).isEqualTo(c.landscape());
            assertThat(PrinterService.paper(page)).as("%s", c).isEqualTo(c.media());
        }
    }

    @Test
    void windowsFontsAreFoundThroughWindirOnAnyDrive() throws Exception {
        Path windows = Files.createDirectories(dir.resolve("D盘/Windows/Fonts"));
        Files.writeString(windows.resolve("msyh.ttc"), "x");
        Files.writeString(windows.resolve("simsun.ttc"), "x");
        Path own = Files.writeString(dir.resolve("own.ttf"), "x");
        List<Path> files = PrintFonts.files(Map.of("WINDIR", dir.resolve("D盘/Windows").toString()), own.toString());
        assertThat(files.subList(0, 3)).containsExactly(own, windows.resolve("simsun.ttc"), windows.resolve("msyh.ttc"));
        assertThat(PrintFonts.files(Map.of("SystemRoot", dir.resolve("D盘/Windows").toString()), null).get(0))
                .isEqualTo(windows.resolve("simsun.ttc"));
        assertThat(PrintFonts.files(Map.of(), null)).noneMatch(p -> p.startsWith(dir))
                .allMatch(p -> !p.toString().startsWith("C:"));
    }

    @Test
    void aCancelStopsThePrintBeforeTheSpoolerHasItAndNeverAfter() {
        AtomicInteger pages = new AtomicInteger();
        PrintControl control = new PrintControl(new Progress() {
            @Override
            public void update(long done, long total) {
                pages.set((int) done);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        });
        control.page(1, 3);
        assertThat(control.cancel()).isTrue();
        assertThatThrownBy(() -> control.page(2, 3)).isInstanceOf(PrintCancelledException.class)
                .hasMessage("已取消打印：没有发送任何页面到打印机");
        assertThatThrownBy(control::handOver).isInstanceOf(PrintCancelledException.class);
        assertThat(pages.get()).isEqualTo(2);

        PrintControl sent = PrintControl.none();
        sent.handOver();
        assertThat(sent.cancel()).as("the spooler has it").isFalse();
        assertThat(sent.handedOver()).isTrue();
    }

    @Test
    void aCancelledPrintSendsNothing() {
        SheetGrid grid = grid(List.of(new ArrayList<>(List.of("甲", "1"))), List.of(8.0, 8.0), PageSetup.a4(false));
        PrintControl control = PrintControl.none();
        control.cancel();
        // with lpr missing, getting that far would say so: a cancelled print stops before anything is looked up
        assertThatThrownBy(() -> new PrinterService(dir.resolve("no-lpr")).print(grid, null, 1, "表", control))
                .isInstanceOf(PrintCancelledException.class);
    }
}
