package cn.warmledger.service.printing;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

import cn.warmledger.domain.Messages;
import cn.warmledger.domain.PrintLayout;

/**
 * The printed pages as a PDF with the text as text (fonts embedded as subsets), so what the printer receives can
 * be searched and checked; bold is drawn as filled and stroked glyphs, as office suites do with a font that
 * has no bold face.
 */
final class PdfPages {
    private PdfPages() {
    }

    static byte[] write(List<PrintLayout.PrintedPage> pages, String title, PrintControl control) {
        List<Closeable> open = new ArrayList<>();
        try (PDDocument doc = new PDDocument()) {
            doc.getDocumentInformation().setTitle(title);
            doc.getDocumentInformation().setCreator("WarmLedger");
            List<PDType0Font> fonts = fonts(doc, open);
            Map<Integer, Integer> fontOf = new HashMap<>();
            for (PrintLayout.PrintedPage page : pages) {
                PDPage p = new PDPage(new PDRectangle((float) page.width(), (float) page.height()));
                doc.addPage(p);
                try (PDPageContentStream cs = new PDPageContentStream(doc, p)) {
                    PageDrawer.draw(page, new PdfCanvas(cs, fonts, fontOf, page.height()));
                }
                control.page(doc.getNumberOfPages(), pages.size());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(Messages.get("print.renderFailed"), e);
        } finally {
            for (Closeable c : open) {
                try {
                    c.close();
                } catch (IOException ignored) {
                    // a font file left open costs nothing once the document is written
                }
            }
        }
    }

    private static List<PDType0Font> fonts(PDDocument doc, List<Closeable> open) throws IOException {
        List<PDType0Font> fonts = new ArrayList<>();
        for (Path file : PrintFonts.files()) {
            try {
                if (file.toString().toLowerCase().endsWith(".ttc")) {
                    TrueTypeCollection ttc = new TrueTypeCollection(file.toFile());
                    open.add(ttc);
                    TrueTypeFont[] first = new TrueTypeFont[1];
                    ttc.processAllFonts(f -> {
                        if (first[0] == null) {
                            first[0] = f;
                        }
                    });
                    if (first[0] != null) {
                        fonts.add(PDType0Font.load(doc, first[0], true));
                    }
                } else {
                    fonts.add(PDType0Font.load(doc, file.toFile()));
                }
            } catch (IOException | RuntimeException e) {
                // a font file that cannot be read is skipped; the next one draws the text
            }
            if (fonts.size() >= 2) {
                break;
            }
        }
        if (fonts.isEmpty()) {
            throw new IOException(Messages.get("print.noFont"));
        }
        return fonts;
    }

    private static final class PdfCanvas implements PageCanvas {
        private final PDPageContentStream cs;
        private final List<PDType0Font> fonts;
        private final Map<Integer, Integer> fontOf;
        private final double pageHeight;

        PdfCanvas(PDPageContentStream cs, List<PDType0Font> fonts, Map<Integer, Integer> fontOf, double pageHeight) {
            this.cs = cs;
            this.fonts = fonts;
            this.fontOf = fontOf;
            this.pageHeight = pageHeight;
        }

        @Override
        public double width(String text, double size, boolean bold) {
            double w = 0;
            try {
                for (Run run : runs(text)) {
                    w += fonts.get(run.font).getStringWidth(run.text) / 1000 * size;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return w;
        }

        @Override
        public double ascent(double size) {
            return fonts.get(0).getFontDescriptor().getAscent() / 1000 * size;
        }

        @Override
        public double lineHeight(double size) {
            var d = fonts.get(0).getFontDescriptor();
            return (d.getAscent() - d.getDescent()) / 1000 * size;
        }

        @Override
        public void text(String text, double x, double baseline, double size, boolean bold) {
            try {
                cs.beginText();
                cs.setRenderingMode(bold ? RenderingMode.FILL_STROKE : RenderingMode.FILL);
                if (bold) {
                    cs.setLineWidth((float) (size * 0.035));
                }
                cs.newLineAtOffset((float) x, (float) (pageHeight - baseline));
                for (Run run : runs(text)) {
                    cs.setFont(fonts.get(run.font), (float) size);
                    cs.showText(run.text);
                }
                cs.endText();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void line(double x1, double y1, double x2, double y2) {
            try {
                cs.setLineWidth(0.5f);
                cs.moveTo((float) x1, (float) (pageHeight - y1));
                cs.lineTo((float) x2, (float) (pageHeight - y2));
                cs.stroke();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void clip(double x, double y, double width, double height) {
            try {
                cs.saveGraphicsState();
                cs.addRect((float) x, (float) (pageHeight - y - height), (float) width, (float) height);
                cs.clip();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void unclip() {
            try {
                cs.restoreGraphicsState();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private record Run(int font, String text) {
        }

        /** The text cut where the font that has the glyph changes; a character no font has becomes "□". */
        private List<Run> runs(String text) {
            List<Run> runs = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            int currentFont = -1;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                int f = fontOf.computeIfAbsent(cp, this::fontFor);
                String ch = new String(Character.toChars(cp));
                if (f < 0) {
                    int box = fontOf.computeIfAbsent((int) '□', this::fontFor);
                    ch = box < 0 ? "?" : "□";
                    f = Math.max(0, box);
                }
                if (f != currentFont && current.length() > 0) {
                    runs.add(new Run(currentFont, current.toString()));
                    current.setLength(0);
                }
                currentFont = f;
                current.append(ch);
            }
            if (current.length() > 0) {
                runs.add(new Run(currentFont, current.toString()));
            }
            return runs;
        }

        private int fontFor(int cp) {
            String ch = new String(Character.toChars(cp));
            for (int i = 0; i < fonts.size(); i++) {
                try {
                    fonts.get(i).encode(ch);
                    return i;
                } catch (IOException | IllegalArgumentException e) {
                    // not in this font: try the next
                }
            }
            return -1;
        }
    }
}
