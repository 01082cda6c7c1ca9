package cn.warmledger.service.printing;

/** Where a printed page is drawn: a PDF page or a printer's Graphics2D. Points, top-left origin. */
interface PageCanvas {
    double width(String text, double size, boolean bold);

    /** The distance from a line's top to its baseline. */
    double ascent(double size);

    /** The distance from one line's baseline to the next. */
    double lineHeight(double size);

    void text(String text, double x, double baseline, double size, boolean bold);

    void line(double x1, double y1, double x2, double y2);

    /** Until {@link #unclip()}, draws only inside this box. */
    default void clip(double x, double y, double width, double height) {
    }

    default void unclip() {
    }
}
