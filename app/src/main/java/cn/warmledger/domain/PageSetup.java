package cn.warmledger.domain;

import java.util.List;

/**
 * A sheet's print setup as the .xlsx states it (sizes in points): paper, orientation, margins, zoom or fit to
 * pages, centring, the footer and header (Excel codes such as {@code &P} and {@code &N} kept), the columns
 * repeated on every page (-1 when none) and the manual column breaks (a page ends after each listed column).
 */
public record PageSetup(double paperWidth, double paperHeight, boolean landscape, double top, double bottom,
                        double left, double right, double headerMargin, double footerMargin, int scale,
                        boolean fitToPage, int fitWidth, int fitHeight, boolean centered, HeaderFooter header, HeaderFooter footer,
                        int repeatFirstColumn, int repeatLastColumn, List<Integer> columnBreaks) {
    public static final double A4_WIDTH = 595.28;
    public static final double A4_HEIGHT = 841.89;
    private static final double INCH = 72;

    /** The three parts of a header or footer line. */
    public record HeaderFooter(String left, String center, String right) {
        public static final HeaderFooter NONE = new HeaderFooter("", "", "");

        public boolean isEmpty() {
            return left.isEmpty() && center.isEmpty() && right.isEmpty();
        }
    }

    /** A4 with Excel's default margins, 100 %, nothing repeated. */
    public static PageSetup a4(boolean landscape) {
        return new PageSetup(A4_WIDTH, A4_HEIGHT, landscape, 0.75 * INCH, 0.75 * INCH, 0.7 * INCH, 0.7 * INCH,
                0.3 * INCH, 0.3 * INCH, 100, false, 1, 1, false, HeaderFooter.NONE, HeaderFooter.NONE, -1, -1, List.of());
    }

    public double pageWidth() {
        return landscape ? paperHeight : paperWidth;
    }

    public double pageHeight() {
        return landscape ? paperWidth : paperHeight;
    }

    public double printableWidth() {
        return pageWidth() - left - right;
    }

    public double printableHeight() {
        return pageHeight() - top - bottom;
    }
}
