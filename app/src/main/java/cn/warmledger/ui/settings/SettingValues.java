package cn.warmledger.ui.settings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;

/**
 * The values of a settings form's text fields, each tied to its setting key: shown from what is stored and written
 * back as settings the same way on every form. A password is never shown back: the form only learns whether one is saved,
 * and a blank password field leaves the saved one as it is.
 */
final class SettingValues {
    private record Secret(String key, StringProperty field, BooleanProperty saved) {
    }

    private final Map<String, StringProperty> texts = new LinkedHashMap<>();
    private final List<Secret> secrets = new ArrayList<>();

    SettingValues text(String key, StringProperty field) {
        texts.put(key, field);
        return this;
    }

    SettingValues secret(String key, StringProperty field, BooleanProperty saved) {
        secrets.add(new Secret(key, field, saved));
        return this;
    }

    /** Every key the form reads, passwords included (their values are only checked for presence). */
    List<String> keys() {
        List<String> keys = new ArrayList<>(texts.keySet());
        secrets.forEach(s -> keys.add(s.key()));
        return keys;
    }

    /** Shows the stored values; called on the FX thread with what was read off it. */
    void show(Function<String, Optional<String>> stored) {
        texts.forEach((key, field) -> field.set(stored.apply(key).orElse("")));
        for (Secret s : secrets) {
            s.saved().set(stored.apply(s.key()).isPresent());
            s.field().set("");
        }
    }

    /** The fields' values as settings, a blank password left out. */
    void putInto(Map<String, String> values) {
        texts.forEach((key, field) -> values.put(key, field.get()));
        for (Secret s : secrets) {
            if (!s.field().get().isEmpty()) {
                values.put(s.key(), s.field().get());
            }
        }
    }
}
