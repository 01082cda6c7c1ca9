package cn.warmledger.ui.common;

import java.time.LocalDate;

import javafx.css.PseudoClass;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;

/**
 * The one date field of the window: a text field the clerk types into (any form {@link cn.warmledger.domain.DateText}
 * reads) and a calendar button beside it. The text is the truth: it goes into the view model's {@link DateInput}
 * as typed and is committed on Enter, Tab and focus loss; unreadable text stays, marked red with the reason as
 * its tooltip. The calendar is a DatePicker that is never edited, so its own converter never reads (or
 * replaces) what was typed.
 */
public final class DateField extends HBox {
    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");
    private final TextField editor;
    private final DatePicker calendar;

    public DateField(String id, DateInput input) {
        getStyleClass().add("date-field");
        editor = Dialogs.id(new TextField(), id);
        editor.textProperty().bindBidirectional(input.textProperty());
        editor.setPromptText(Texts.get("date.prompt"));
        Tooltip hint = new Tooltip(Texts.get("date.hint"));
        editor.setTooltip(hint);
        editor.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                input.commit();
            }
        });
        // Enter where no form moves on (a filter bar); inside a form KeyboardFlow moves the focus, which commits
        editor.setOnAction(e -> input.commit());
        editor.setMaxWidth(Double.MAX_VALUE);
        editor.setPrefColumnCount(8);
        HBox.setHgrow(editor, Priority.ALWAYS);

        calendar = Dialogs.id(new DatePicker(input.get()), id + "Calendar");
        calendar.getStyleClass().add("date-field-calendar");
        calendar.setEditable(false);
        calendar.setFocusTraversable(false);
        calendar.setMaxHeight(Double.MAX_VALUE);
        calendar.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate d) {
                return "";
            }

            @Override
            public LocalDate fromString(String s) {
                return null;
            }
        });
        calendar.setTooltip(new Tooltip(Texts.get("date.pick")));
        calendar.setOnShowing(e -> calendar.setValue(input.commit() ? input.get() : null));
        calendar.valueProperty().addListener((o, a, picked) -> {
            if (picked != null && !picked.equals(input.get())) {
                input.set(picked);
                editor.requestFocus();
            }
        });
        input.valueProperty().addListener((o, a, now) -> calendar.setValue(now));

        input.errorProperty().addListener((o, a, error) -> {
            boolean bad = !error.isEmpty();
            editor.pseudoClassStateChanged(DANGER, bad);
            if (bad) {
                if (!editor.getStyleClass().contains("date-error")) {
                    editor.getStyleClass().add("date-error");
                }
                editor.setTooltip(new Tooltip(error));
            } else {
                editor.getStyleClass().remove("date-error");
                editor.setTooltip(hint);
            }
        });
        getChildren().addAll(editor, calendar);
        setSpacing(2);
        setMaxWidth(Double.MAX_VALUE);
    }

    /** A prompt other than the date form (e.g. 自 / 至 in a filter bar). */
    public DateField prompt(String text) {
        editor.setPromptText(text);
        return this;
    }

    /** The text field, for decorations and focus. */
    public TextField editor() {
        return editor;
    }
}
