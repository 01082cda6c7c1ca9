package cn.warmledger.ui.recipients;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;

import cn.warmledger.domain.CodedEnum;
import cn.warmledger.ui.common.Dialogs;
import cn.warmledger.ui.common.Texts;

/** Small factories for form controls bound to view-model properties. */
final class Controls {
    private Controls() {
    }

    static TextField text(String id, StringProperty property) {
        TextField f = Dialogs.id(new TextField(), id);
        f.textProperty().bindBidirectional(property);
        return f;
    }

    static <E extends CodedEnum> ComboBox<E> choice(String id, E[] values, ObjectProperty<E> property,
                                                    boolean allowEmpty) {
        ComboBox<E> box = Dialogs.id(new ComboBox<>(), id);
        if (allowEmpty) {
            box.getItems().add(null);
        }
        box.getItems().addAll(values);
        box.setConverter(Texts.labels(""));
        box.valueProperty().bindBidirectional(property);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    static DatePicker date(String id, ObjectProperty<java.time.LocalDate> property) {
        DatePicker p = Dialogs.id(new DatePicker(), id);
        p.setConverter(Texts.isoDates());
        p.setPromptText("2021-01-08");
        p.valueProperty().bindBidirectional(property);
        p.setMaxWidth(Double.MAX_VALUE);
        return p;
    }
}
