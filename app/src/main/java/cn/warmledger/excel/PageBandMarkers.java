package cn.warmledger.excel;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.HeaderFooter;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The markers of one template sheet's printed page headers and footers (页眉, 页脚), found when the template is
 * scanned and filled with the sheet's single values.
 */
final class PageBandMarkers {
    /** One third (left, centre, right) of a printed page header or footer that holds markers. */
    private record PagePart(HeaderFooter place, int side, String text, List<Marker> markers) {
        void fill(Function<Marker, Object> resolver) {
            // a lone & starts a page-setup code (&P, &N): a value's own & is doubled
            String out = Marker.substitute(text, markers, mk -> SheetPlan.text(resolver.apply(mk)).replace("&", "&&"));
            switch (side) {
                case 0 -> place.setLeft(out);
                case 1 -> place.setCenter(out);
                default -> place.setRight(out);
            }
        }
    }

    private final List<PagePart> parts;

    private PageBandMarkers(List<PagePart> parts) {
        this.parts = parts;
    }

    /** Fills every marker of the headers and footers with what {@code resolver} gives it. */
    void fill(Function<Marker, Object> resolver) {
        parts.forEach(p -> p.fill(resolver));
    }

    /**
     * The printed page headers and footers (页眉, 页脚) may name single values ({@code ${org.name}}) among their
     * text; a list field there is refused, since a header has no row to repeat.
     */
    static PageBandMarkers scan(XSSFSheet sheet, ReportData data, boolean withSheet) {
        List<PagePart> parts = new ArrayList<>();
        // POI's getEven*/getFirst* switch the sheet to different even/first pages (whose bands are then empty, so
        // page 1 and every even page would print without 第 N 页): ask for them only where the template has them
        var bands = sheet.getCTWorksheet().isSetHeaderFooter() ? sheet.getCTWorksheet().getHeaderFooter() : null;
        boolean evenPages = bands != null && bands.getDifferentOddEven();
        boolean firstPage = bands != null && bands.getDifferentFirst();
        List<HeaderFooter> headers = new ArrayList<>(List.of(sheet.getOddHeader()));
        List<HeaderFooter> footers = new ArrayList<>(List.of(sheet.getOddFooter()));
        if (evenPages) {
            headers.add(sheet.getEvenHeader());
            footers.add(sheet.getEvenFooter());
        }
        if (firstPage) {
            headers.add(sheet.getFirstHeader());
            footers.add(sheet.getFirstFooter());
        }
        for (List<HeaderFooter> places : List.of(headers, footers)) {
            String where = cn.warmledger.domain.Messages.get(places == headers ? "template.pageHeader" : "template.pageFooter");
            String ref = withSheet ? sheet.getSheetName() + "!" + where : where;
            for (HeaderFooter place : places) {
                String[] sides = {place.getLeft(), place.getCenter(), place.getRight()};
                for (int side = 0; side < 3; side++) {
                    List<Marker> found = Marker.parse(sides[side], ref, data);
                    for (Marker m : found) {
                        if (m.kind() != Marker.Kind.VALUE) {
                            throw TemplateFiller.refused(ref, "template.pageHeaderValuesOnly", m.text());
                        }
                    }
                    if (!found.isEmpty()) {
                        parts.add(new PagePart(place, side, sides[side], found));
                    }
                }
            }
        }
        return new PageBandMarkers(parts);
    }
}
