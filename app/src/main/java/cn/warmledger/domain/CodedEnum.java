package cn.warmledger.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * An enumeration stored by a stable code (its constant name, never its ordinal) and shown by a
 * Chinese label from the bundle, under the key "SimpleName.CODE".
 */
public interface CodedEnum {
    String name();

    default String code() {
        return name();
    }

    default String label() {
        return Messages.get(getClass().getSimpleName() + "." + name());
    }

    /** Accepts the code or the Chinese label, as the command line and imports do. */
    static <E extends Enum<E> & CodedEnum> Optional<E> fromText(Class<E> type, String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.code().equalsIgnoreCase(t) || e.label().equals(t))
                .findFirst();
    }

    static <E extends Enum<E> & CodedEnum> E fromCode(Class<E> type, String code) {
        return code == null ? null : Enum.valueOf(type, code);
    }

    /** Like {@link #fromText} but refuses unknown text with a message naming the field and the choices. */
    static <E extends Enum<E> & CodedEnum> E parse(Class<E> type, String field, String text) {
        return fromText(type, text).orElseThrow(() -> new InvalidValueException(field,
                Messages.get("error.enum.unknown", text, String.join("、",
                        Arrays.stream(type.getEnumConstants()).map(CodedEnum::label).toList()))));
    }
}
