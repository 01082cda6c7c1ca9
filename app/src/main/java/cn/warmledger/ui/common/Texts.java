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

    /** Dates as the seeds and the upper union write them: 2021-01-08. */
    public static StringConverter<java.time.LocalDate> isoDates() {
        return new javafx.util.converter.LocalDateStringConverter(java.time.format.DateTimeFormatter.ISO_LOCAL_DATE,
                java.time.format.DateTimeFormatter.ISO_LOCAL_DATE);
    }

    public static String label(CodedEnum e) {
        return e == null ? "" : e.label();
    }
}
