package cn.warmledger.service.printing;

import java.util.ArrayList;
import java.util.List;

import cn.warmledger.domain.CellStyle;
import cn.warmledger.domain.PageSetup;
import cn.warmledger.domain.PrintLayout;

/**
 * Draws a laid-out page on any canvas, the one drawing code for the PDF and the Graphics2D paths: borders,
 * each cell's text in its font size at the page's zoom, bold, aligned and wrapped in its box, then the header
 * and footer (at the sheet's default 11 pt, zoomed like the cells, as spreadsheets print it).
 */
final class PageDrawer {
    /** The inner space between a cell's border and its text, at 100 %. */
    static final double PADDING = 2;
    static final double HEADER_FOOTER_POINTS = 11;

    private PageDrawer() {
    }

    static void draw(PrintLayout.PrintedPage page, PageCanvas canvas) {
        for (PrintLayout.PlacedCell cell : page.cells()) {
            borders(cell, canvas);
        }
        for (PrintLayout.PlacedCell cell : page.cells()) {
            if (!cell.text().isEmpty()) {
                // never over a filled neighbour or off the printable area, as LibreOffice clips it
                canvas.clip(cell.clipX(), cell.y(), cell.clipWidth(), cell.height());
                try {
                    text(cell, page.scale(), canvas);
                } finally {
                    canvas.unclip();
                }
            }
        }
        double size = HEADER_FOOTER_POINTS * page.scale();
        band(page, page.header(), page.headerTop() + canvas.ascent(size), size, canvas);
        band(page, page.footer(), page.footerBottom() - canvas.lineHeight(size) + canvas.ascent(size), size, canvas);
    }

    private static void borders(PrintLayout.PlacedCell c, PageCanvas canvas) {
        CellStyle s = c.style();
        double x2 = c.x() + c.width();
        double y2 = c.y() + c.height();
        if (s.border(CellStyle.BORDER_TOP)) {
            canvas.line(c.x(), c.y(), x2, c.y());
        }
        if (s.border(CellStyle.BORDER_BOTTOM)) {
            canvas.line(c.x(), y2, x2, y2);
        }
        if (s.border(CellStyle.BORDER_LEFT)) {
            canvas.line(c.x(), c.y(), c.x(), y2);
        }
        if (s.border(CellStyle.BORDER_RIGHT)) {
            canvas.line(x2, c.y(), x2, y2);
        }
    }

    private static void text(PrintLayout.PlacedCell c, double scale, PageCanvas canvas) {
        CellStyle s = c.style();
        double size = s.points() * scale;
        double pad = PADDING * scale;
        double inner = c.width() - 2 * pad;
        List<String> lines = s.wrap() ? wrap(c.text(), inner, size, s.bold(), canvas) : List.of(c.text().split("\n"));
        double lh = canvas.lineHeight(size);
        double block = lines.size() * lh;
        double top = switch (s.valign()) {
            case TOP -> c.y() + pad;
            case CENTER -> c.y() + (c.height() - block) / 2;
            case BOTTOM -> c.y() + c.height() - pad - block;
        };
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            double w = canvas.width(line, size, s.bold());
            double x = switch (s.align()) {
                case LEFT -> c.x() + pad;
                case CENTER -> c.x() + (c.width() - w) / 2;
                case RIGHT -> c.x() + c.width() - pad - w;
            };
            canvas.text(line, x, top + i * lh + canvas.ascent(size), size, s.bold());
        }
    }

    /**
     * Breaks text into lines no wider than {@code width}, as spreadsheets do: between any two Chinese characters,
     * at spaces, and never inside a run of Latin letters and digits (a number, a masked 身份证号) unless it is the
     * whole line.
     */
    static List<String> wrap(String text, double width, double size, boolean bold, PageCanvas canvas) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            int i = 0;
            while (i < paragraph.length()) {
                int cp = paragraph.codePointAt(i);
                i += Character.charCount(cp);
                if (line.length() > 0 && canvas.width(line + Character.toString(cp), size, bold) > width) {
                    int cut = line.length();
                    if (inWord(cp)) {
                        int k = line.length();
                        while (k > 0 && inWord(line.charAt(k - 1))) {
                            k--;
                        }
                        cut = k > 0 ? k : cut;
                    }
                    lines.add(line.substring(0, cut).stripTrailing());
                    line.delete(0, cut);
                    if (cp == ' ' && line.length() == 0) {
                        continue;
                    }
                }
                line.appendCodePoint(cp);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private static boolean inWord(int cp) {
        return cp < 0x2E80 && !Character.isWhitespace(cp);
    }

    private static void band(PrintLayout.PrintedPage page, PageSetup.HeaderFooter hf, double baseline, double size,
                             PageCanvas canvas) {
        if (!hf.left().isEmpty()) {
            canvas.text(hf.left(), page.left(), baseline, size, false);
        }
        if (!hf.center().isEmpty()) {
            canvas.text(hf.center(), (page.width() - canvas.width(hf.center(), size, false)) / 2, baseline, size, false);
        }
        if (!hf.right().isEmpty()) {
            canvas.text(hf.right(), page.right() - canvas.width(hf.right(), size, false), baseline, size, false);
        }
    }
}
