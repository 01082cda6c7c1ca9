package cn.warmledger.ui.common;

import cn.warmledger.domain.CodedEnum;
import cn.warmledger.domain.InvalidValueException;
import cn.warmledger.domain.Messages;
import cn.warmledger.domain.WrongPasswordException;

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

    /**
     * What to tell the clerk about failed background work: a refusal of ours says it in Chinese, naming the
     * field; anything else (a database or I/O failure) gets {@code fallbackKey}'s text, never an English or SQL
     * message or a stack trace.
     */
    public static String problem(Throwable e, String fallbackKey) {
        return e instanceof InvalidValueException || e instanceof WrongPasswordException ? e.getMessage()
                : get(fallbackKey);
    }

    public static String label(CodedEnum e) {
        return e == null ? "" : e.label();
    }
}
