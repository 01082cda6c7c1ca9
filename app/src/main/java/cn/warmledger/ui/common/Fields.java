package cn.warmledger.ui.common;

import java.util.function.Function;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;

import cn.warmledger.domain.CodedEnum;

/** Form controls bound to view-model properties, with their TestFX ids set. */
public final class Fields {
    private Fields() {
    }

    public static TextField text(String id, StringProperty property) {
        TextField f = Dialogs.id(new TextField(), id);
        f.textProperty().bindBidirectional(property);
        return f;
    }

    /** A choice of enumeration values shown by label; {@code emptyText} non-null adds an empty choice. */
    public static <E extends CodedEnum> ComboBox<E> choice(String id, E[] values, ObjectProperty<E> property,
                                                           String emptyText) {
        ComboBox<E> box = Dialogs.id(new ComboBox<>(), id);
        if (emptyText != null) {
            box.getItems().add(null);
        }
        box.getItems().addAll(values);
        box.setConverter(Texts.labels(emptyText == null ? "" : emptyText));
        if (emptyText != null) {
            box.setPromptText(emptyText);
        }
        box.valueProperty().bindBidirectional(property);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    /** The one date field: what is typed goes into {@code input} (see {@link DateField}). */
    public static DateField date(String id, DateInput input) {
        return new DateField(id, input);
    }

    public static CheckBox check(String id, String text, javafx.beans.property.BooleanProperty property) {
        CheckBox c = Dialogs.id(new CheckBox(text), id);
        c.selectedProperty().bindBidirectional(property);
        return c;
    }

    /** Shows items by a name; nothing is parsed back (the boxes are not editable). */
    public static <T> StringConverter<T> named(Function<T, String> name, String emptyText) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? emptyText : name.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
