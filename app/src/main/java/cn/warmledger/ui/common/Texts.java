package cn.warmledger.ui.common;

import cn.warmledger.domain.CodedEnum;
import cn.warmledger.domain.Messages;

import javafx.util.StringConverter;

/** UI texts from the bundle, and converters that show enumerations by their Chinese label. */
public final class Texts {
    private Texts() {
    }

    public static String get(String key, Object... args) {
        return Messages.get(key, args);
    }

    public static <E extends CodedEnum> StringConverter<E> labels(String emptyText) {
        return new StringConverter<>() {
            @Override
            public String toString(E e) {
                return e == null ? emptyText : e.label();
            }

            @Override
            public E fromString(String s) {
                return null; // combo boxes are not editable: nothing is parsed back
            }
        };
    }

    public static String label(CodedEnum e) {
        return e == null ? "" : e.label();
    }
}
