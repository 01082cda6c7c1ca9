package cn.warmledger.domain;

import java.util.List;

/**
 * A sheet's print setup as the .xlsx states it (sizes in points): paper, orientation, margins, zoom or fit to
 * pages, centring, the footer and header (Excel codes such as {@code &P} and {@code &N} kept), the columns
 * repeated on every page (-1 when none), the manual column breaks (a page ends after each listed column), the
 * paper's name ("A4", "B5", "Letter") and {@code unknownPaper}: the file's paper code when it names a paper we do
 * not know (then A4 is printed and the clerk told), else 0.
 */
public record PageSetup(double paperWidth, double paperHeight, boolean landscape, double top, double bottom,
                        double left, double right, double headerMargin, double footerMargin, int scale,
                        boolean fitToPage, int fitWidth, int fitHeight, boolean centered, HeaderFooter header, HeaderFooter footer,
                        int repeatFirstColumn, int repeatLastColumn, List<Integer> columnBreaks, String paperName,
                        int unknownPaper) {
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
                0.3 * INCH, 0.3 * INCH, 100, false, 1, 1, false, HeaderFooter.NONE, HeaderFooter.NONE, -1, -1, List.of(),
                "A4", 0);
    }

    /** "A4 横向", "B5 纵向": the paper as the print dialog names it. */
    public String paperLabel() {
        return Messages.get(landscape ? "print.landscape" : "print.portrait", paperName);
    }

    /** Said to the clerk when the file names a paper we do not know: "模板的纸张（代码 99）无法识别，按 A4 打印". */
    public java.util.Optional<String> paperNote() {
        return unknownPaper == 0 ? java.util.Optional.empty()
                : java.util.Optional.of(Messages.get("print.unknownPaper", unknownPaper));
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
