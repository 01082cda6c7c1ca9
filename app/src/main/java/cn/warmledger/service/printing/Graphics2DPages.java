package cn.warmledger.service.printing;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.geom.Line2D;
import java.awt.print.Book;
import java.awt.print.PageFormat;
import java.awt.print.Paper;
import java.awt.print.Printable;
import java.util.List;

import cn.warmledger.domain.PrintLayout;

/**
 * The same pages for a printer that takes no PDF (Windows printers through the system's print path): each page a
 * Printable on Java2D, drawn by the same {@link PageDrawer}.
 */
final class Graphics2DPages {
    private Graphics2DPages() {
    }

    static Book book(List<PrintLayout.PrintedPage> pages) {
        String family = PrintFonts.family();
        Book book = new Book();
        for (PrintLayout.PrintedPage page : pages) {
            boolean landscape = page.width() > page.height();
            Paper paper = new Paper();
            paper.setSize(Math.min(page.width(), page.height()), Math.max(page.width(), page.height()));
            paper.setImageableArea(0, 0, paper.getWidth(), paper.getHeight());
            PageFormat format = new PageFormat();
            format.setPaper(paper);
            format.setOrientation(landscape ? PageFormat.LANDSCAPE : PageFormat.PORTRAIT);
            Printable printable = (g, pf, index) -> {
                Graphics2D g2 = (Graphics2D) g;
                g2.translate(pf.getImageableX(), pf.getImageableY());
                g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
                g2.setColor(Color.BLACK);
                PageDrawer.draw(page, new Graphics2DCanvas(g2, family));
                return Printable.PAGE_EXISTS;
            };
            book.append(printable, format);
        }
        return book;
    }

    /** Draws on a Graphics2D whose unit is the point (a printer's, or an image scaled to points). */
    static final class Graphics2DCanvas implements PageCanvas {
        private final Graphics2D g;
        private final String family;
        private final FontRenderContext frc = new FontRenderContext(null, true, true);
        private java.awt.Shape unclipped;

        Graphics2DCanvas(Graphics2D g, String family) {
            this.g = g;
            this.family = family;
        }

        private Font font(double size, boolean bold) {
            return new Font(family, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) size);
        }

        @Override
        public double width(String text, double size, boolean bold) {
            return font(size, bold).getStringBounds(text, frc).getWidth();
        }

        @Override
        public double ascent(double size) {
            return metrics(size).getAscent();
        }

        @Override
        public double lineHeight(double size) {
            LineMetrics m = metrics(size);
            return m.getAscent() + m.getDescent();
        }

        private LineMetrics metrics(double size) {
            return font(size, false).getLineMetrics("国", frc);
        }

        @Override
        public void text(String text, double x, double baseline, double size, boolean bold) {
            g.setFont(font(size, bold));
            g.drawString(text, (float) x, (float) baseline);
        }

        @Override
        public void line(double x1, double y1, double x2, double y2) {
            g.setStroke(new BasicStroke(0.5f));
            g.draw(new Line2D.Double(x1, y1, x2, y2));
        }

        @Override
        public void clip(double x, double y, double width, double height) {
            unclipped = g.getClip();
            g.clip(new java.awt.geom.Rectangle2D.Double(x, y, width, height));
        }

        @Override
        public void unclip() {
            g.setClip(unclipped);
        }
    }
}
