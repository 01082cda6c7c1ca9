package cn.warmledger.excel.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import cn.warmledger.domain.InvalidValueException;
import cn.warmledger.domain.Messages;

/**
 * .xlsx read as a stream (SAX over the sheet's XML, as POI's event API does) instead of POI's user model,
 * which builds the whole workbook as objects: a 10,000-row list reads in a fraction of the time and memory.
 * Cells come out as the user-model reader gives them: shown text, stored number, date of a date-formatted
 * cell, merged regions (listed after the rows in the XML) spread at the end.
 */
final class StreamingXlsxReader {
    private StreamingXlsxReader() {
    }

    /** One sheet entry of workbook.xml. */
    private record Entry(String name, String relationId, boolean hidden) {
    }

    private record Book(List<Entry> sheets, boolean date1904) {
    }

    static List<SheetInfo> sheets(Path file) {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            return book(new XSSFReader(pkg)).sheets().stream().map(e -> new SheetInfo(e.name(), e.hidden())).toList();
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            throw SpreadsheetReader.unreadable(file, e);
        }
    }

    static SheetData read(Path file, String sheetName) {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            Book book = book(reader);
            Entry entry = book.sheets().stream()
                    .filter(e -> sheetName == null ? !e.hidden() : e.name().equals(sheetName)).findFirst()
                    .orElse(sheetName == null && !book.sheets().isEmpty() ? book.sheets().get(0) : null);
            if (entry == null) {
                throw new InvalidValueException(Messages.get("import.sheet"),
                        Messages.get("import.noSheet", String.valueOf(sheetName)));
            }
            SheetHandler handler = new SheetHandler(new ReadOnlySharedStringsTable(pkg), reader.getStylesTable(),
                    book.date1904());
            try (InputStream in = reader.getSheet(entry.relationId())) {
                parser().parse(in, handler);
            }
            for (CellRangeAddress region : handler.merged) {
                Merges.spread(handler.grid, region.getFirstRow(), region.getLastRow(), region.getFirstColumn(),
                        region.getLastColumn());
            }
            return Merges.toSheet(entry.name(), handler.grid, null);
        } catch (InvalidValueException e) {
            throw e;
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            throw SpreadsheetReader.unreadable(file, e);
        }
    }

    private static SAXParser parser() throws ParserConfigurationException, SAXException {
        SAXParserFactory f = SAXParserFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newSAXParser();
    }

    private static Book book(XSSFReader reader) throws IOException, OpenXML4JException, SAXException,
            ParserConfigurationException {
        List<Entry> sheets = new ArrayList<>();
        boolean[] date1904 = {false};
        try (InputStream in = reader.getWorkbookData()) {
            parser().parse(in, new DefaultHandler() {
                @Override
                public void startElement(String uri, String local, String qName, Attributes a) {
                    if (local.equals("sheet")) {
                        String state = a.getValue("state");
                        String rid = null;
                        for (int i = 0; i < a.getLength(); i++) {
                            if (a.getLocalName(i).equals("id") && a.getURI(i).contains("relationships")) {
                                rid = a.getValue(i);
                            }
                        }
                        sheets.add(new Entry(a.getValue("name"), rid, state != null && !state.equals("visible")));
                    } else if (local.equals("workbookPr")) {
                        String v = a.getValue("date1904");
                        date1904[0] = "1".equals(v) || "true".equals(v);
                    }
                }
            });
        }
        return new Book(sheets, date1904[0]);
    }

    /** Collects rows of cells and the merged regions of one sheet's XML. */
    private static final class SheetHandler extends DefaultHandler {
        final List<List<RawCell>> grid = new ArrayList<>();
        final List<CellRangeAddress> merged = new ArrayList<>();
        private final ReadOnlySharedStringsTable strings;
        private final StylesTable styles;
        private final boolean date1904;
        private final DataFormatter formatter = new DataFormatter(Locale.CHINA);
        private final StringBuilder text = new StringBuilder();
        private boolean inValue;
        private boolean inInline;
        private int row = -1;
        private int nextColumn;
        private int column;
        private String type;
        private String style;

        SheetHandler(ReadOnlySharedStringsTable strings, StylesTable styles, boolean date1904) {
            this.strings = strings;
            this.styles = styles;
            this.date1904 = date1904;
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes a) {
            switch (local) {
                case "row" -> {
                    String r = a.getValue("r");
                    row = r != null ? Integer.parseInt(r) - 1 : row + 1;
                    nextColumn = 0;
                    while (grid.size() <= row) {
                        grid.add(new ArrayList<>());
                    }
                }
                case "c" -> {
                    String ref = a.getValue("r");
                    column = ref != null ? new CellReference(ref).getCol() : nextColumn;
                    nextColumn = column + 1;
                    type = a.getValue("t");
                    style = a.getValue("s");
                    text.setLength(0);
                }
                case "v" -> {
                    inValue = true;
                    text.setLength(0);
                }
                case "is" -> {
                    inInline = true;
                    text.setLength(0);
                }
                case "mergeCell" -> merged.add(CellRangeAddress.valueOf(a.getValue("ref")));
                default -> {
                    // other elements carry nothing we read
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue || inInline) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            switch (local) {
                case "v" -> inValue = false;
                case "is" -> inInline = false;
                case "c" -> put(cell(text.toString()));
                default -> {
                    // nothing to finish
                }
            }
        }

        private void put(RawCell cell) {
            List<RawCell> cells = grid.get(row);
            while (cells.size() <= column) {
                cells.add(RawCell.BLANK);
            }
            cells.set(column, cell);
        }

        private RawCell cell(String raw) {
            if (type == null || type.equals("n")) {
                if (raw.isEmpty()) {
                    return RawCell.BLANK;
                }
                double value = Double.parseDouble(raw);
                int formatIndex = 0;
                String formatString = "General";
                if (style != null && !style.isEmpty()) {
                    XSSFCellStyle s = styles.getStyleAt(Integer.parseInt(style));
                    formatIndex = s.getDataFormat();
                    formatString = s.getDataFormatString();
                }
                LocalDate date = DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)
                        ? DateUtil.getLocalDateTime(value, date1904).toLocalDate() : null;
                return new RawCell(formatter.formatRawCellContents(value, formatIndex, formatString), value, date,
                        false);
            }
            return switch (type) {
                case "s" -> RawCell.text(raw.isEmpty() ? "" : strings.getItemAt(Integer.parseInt(raw)).getString());
                case "b" -> RawCell.text("1".equals(raw) ? "TRUE" : "FALSE");
                case "d" -> raw.length() >= 10
                        ? new RawCell(raw.substring(0, 10), null, LocalDate.parse(raw.substring(0, 10)), false)
                        : RawCell.text(raw);
                default -> RawCell.text(raw);
            };
        }
    }
}
