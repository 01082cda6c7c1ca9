package cn.warmledger.ui.common;

import java.time.LocalDate;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import cn.warmledger.domain.DateText;
import cn.warmledger.domain.InvalidValueException;

/**
 * One date of a view model as the clerk typed it (docs/decisions/14-1-dates-typed-as-stored.md). The field
 * ({@link DateField}) writes every keystroke into {@link #textProperty()}; {@link #commit()} (Enter, Tab, focus
 * loss) reads the text with {@link DateText}: a readable date becomes the value and is shown back as
 * 2021-01-08, unreadable text stays as typed, the value becomes null and {@link #errorProperty()} names the
 * field. A save calls {@link #checked()}, which commits first, so Ctrl+S never saves a stale or defaulted day.
 */
public final class DateInput {
    private final String field;
    private final boolean required;
    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<LocalDate> value = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private InvalidValueException refusal;

    /** {@code field} is the Chinese label the messages name; a required date refuses to be empty at save. */
    public DateInput(String field, boolean required, LocalDate initial) {
        this.field = field;
        this.required = required;
        set(initial);
        // a correction clears the mark at once; the value itself changes only on commit
        text.addListener((o, a, b) -> {
            if (refusal != null && readable(b) && !(required && (b == null || b.isBlank()))) {
                mark(null);
            }
        });
    }

    /** Shows a date (loaded, picked from the calendar or defaulted) in the one form, replacing what was typed. */
    public void set(LocalDate date) {
        text.set(DateText.format(date));
        value.set(date);
        mark(null);
    }

    /** The committed date: null when empty or unreadable (never an earlier value). */
    public LocalDate get() {
        return value.get();
    }

    /** Reads the typed text; true when it is a date or empty. Unreadable text stays and is marked. */
    public boolean commit() {
        try {
            LocalDate d = DateText.parse(field, text.get());
            text.set(DateText.format(d));
            value.set(d);
            mark(null);
            return true;
        } catch (InvalidValueException e) {
            value.set(null);
            mark(e);
            return false;
        }
    }

    /**
     * For a save: commits, then gives the date, or refuses with the field named when the text is not a date
     * or a required date is empty.
     */
    public LocalDate checked() {
        if (commit() && required && value.get() == null) {
            mark(new InvalidValueException(field, Texts.get("error.required")));
        }
        if (refusal != null) {
            throw refusal;
        }
        return value.get();
    }

    /**
     * Says the dates' problems in a form's error line too: a date marked unreadable on leaving it is named there
     * at once, and the line clears when that date is corrected.
     */
    public static void reportTo(StringProperty formError, DateInput... dates) {
        for (DateInput date : dates) {
            date.errorProperty().addListener((o, was, now) -> {
                if (!now.isEmpty()) {
                    formError.set(now);
                } else if (was.equals(formError.get())) {
                    formError.set("");
                }
            });
        }
    }

    private void mark(InvalidValueException why) {
        refusal = why;
        error.set(why == null ? "" : why.getMessage());
    }

    private boolean readable(String typed) {
        try {
            DateText.parse(field, typed);
            return true;
        } catch (InvalidValueException e) {
            return false;
        }
    }

    public String field() {
        return field;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ReadOnlyObjectProperty<LocalDate> valueProperty() {
        return value.getReadOnlyProperty();
    }

    /** Empty, or the message that names the field and says why the text is refused. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
