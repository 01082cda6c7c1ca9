package cn.warmledger.ui.reports;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import cn.warmledger.domain.CellStyle;
import cn.warmledger.domain.SheetGrid;

/**
 * One cell of the 报表 preview. The first cell of a merged block (the title, the 说明 line) shows the block's text
 * across the merged columns, as the sheet does — a label as wide as those columns, drawn over the empty cells it
 * covers — so a long title is read whole instead of cut at its first column's width.
 */
final class SheetCell extends TableCell<List<String>, String> {
    /** Style class of the label that spans a merged block (the tests find it by it). */
    static final String SPANNED = "merged-cell";
    private final SheetGrid grid;
    private final int column;
    private final Label spanned = new Label();
    private DoubleBinding spanWidth;
    /** The block's own alignment (the sheet's). */
    private Pos aligned = Pos.CENTER_LEFT;
    private final javafx.beans.value.ChangeListener<Number> onTableWidth = (o, a, b) -> align();

    SheetCell(SheetGrid grid, int column) {
        this.grid = grid;
        this.column = column;
        spanned.getStyleClass().add(SPANNED);
        // weakly: the table outlives the cells of an earlier preview
        tableViewProperty().addListener((o, a, table) -> {
            if (table != null) {
                table.widthProperty().addListener(new javafx.beans.value.WeakChangeListener<>(onTableWidth));
            }
        });
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        SheetGrid.Span span = empty ? null : spanStartingHere(getIndex());
        if (span == null) {
            setGraphic(null);
            setContentDisplay(ContentDisplay.TEXT_ONLY);
            setViewOrder(0);
            setAlignment(Pos.CENTER_LEFT);
            setText(empty ? null : item);
            return;
        }
        spanned.setText(item);
        CellStyle style = grid.style(span.firstRow(), span.firstColumn());
        aligned = switch (style.align()) {
            case CENTER -> Pos.CENTER;
            case RIGHT -> Pos.CENTER_RIGHT;
            default -> Pos.CENTER_LEFT;
        };
        spanned.setStyle(style.bold() ? "-fx-font-weight: bold;" : "");
        bindWidth(span);
        align();
        setText(null);
        setGraphic(spanned);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        setAlignment(Pos.CENTER_LEFT);
        setViewOrder(-1); // drawn after the row's later cells, over the ones the block covers
    }

    /**
     * The cell's skin clips it to its own column; the block's label reaches over the columns it covers, so the
     * clip goes (a plain cell's text is cut with "…" to its width anyway).
     */
    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        setClip(null);
    }

    /**
     * The sheet's alignment, except that a block wider than the table (a title over 28 columns) starts at its
     * left: centred, its text would sit beyond the visible part of the preview.
     */
    private void align() {
        TableView<List<String>> table = getTableView();
        boolean wider = spanWidth != null && table != null && spanWidth.get() > table.getWidth();
        spanned.setAlignment(wider ? Pos.CENTER_LEFT : aligned);
    }

    /** The merged block whose top-left cell this is, when it spans more than one column. */
    private SheetGrid.Span spanStartingHere(int row) {
        for (SheetGrid.Span s : grid.merges()) {
            if (s.firstRow() == row && s.firstColumn() == column && s.lastColumn() > s.firstColumn()) {
                return s;
            }
        }
        return null;
    }

    /** The label is as wide as the merged columns are now, less this cell's padding; it follows their resizing. */
    private void bindWidth(SheetGrid.Span span) {
        TableView<List<String>> table = getTableView();
        if (table == null) {
            return;
        }
        List<TableColumn<List<String>, ?>> columns = table.getColumns().subList(span.firstColumn(),
                Math.min(span.lastColumn() + 1, table.getColumns().size()));
        ObservableValue<?>[] widths = columns.stream().map(TableColumn::widthProperty).toArray(ObservableValue[]::new);
        spanWidth = Bindings.createDoubleBinding(() -> columns.stream().mapToDouble(TableColumn::getWidth).sum()
                - snappedLeftInset() - snappedRightInset(), widths);
        spanned.minWidthProperty().bind(spanWidth);
        spanned.prefWidthProperty().bind(spanWidth);
        spanned.maxWidthProperty().bind(spanWidth);
        spanWidth.addListener((o, a, b) -> align());
    }
}
