package cn.warmledger.ui.common;

import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;

/** The text column every table of the application uses: a bundle header and a value taken from the row. */
public final class Columns {
    private Columns() {
    }

    public static <T> TableColumn<T, String> text(String headerKey, Function<T, String> value, double width) {
        TableColumn<T, String> c = new TableColumn<>(Texts.get(headerKey));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
