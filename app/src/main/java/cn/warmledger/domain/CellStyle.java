package cn.warmledger.domain;

/**
 * How one cell of a filled sheet looks: font, size in points, bold, alignment (Excel's "general" already resolved:
 * numbers right, text left), wrapping and which sides have a border. The printed page draws exactly this.
 */
public record CellStyle(String font, double points, boolean bold, Align align, VAlign valign, boolean wrap,
                        int borders) {
    public static final int BORDER_TOP = 1;
    public static final int BORDER_RIGHT = 2;
    public static final int BORDER_BOTTOM = 4;
    public static final int BORDER_LEFT = 8;

    /** An unstyled cell: Excel's defaults. */
    public static final CellStyle PLAIN = new CellStyle("宋体", 11, false, Align.LEFT, VAlign.BOTTOM, false, 0);

    public enum Align { LEFT, CENTER, RIGHT }

    public enum VAlign { TOP, CENTER, BOTTOM }

    public boolean border(int side) {
        return (borders & side) != 0;
    }
}
