package cn.warmledger.ui.settings;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;

import cn.warmledger.ui.common.Dialogs;
import cn.warmledger.ui.common.Texts;

/** The fields the settings tabs share: a bound text field, a password field that says a password is saved. */
final class SettingFields {
    private SettingFields() {
    }

    static TextField text(String id, StringProperty p, String prompt) {
        TextField f = Dialogs.id(new TextField(), id);
        f.textProperty().bindBidirectional(p);
        f.setPromptText(prompt);
        return f;
    }

    static PasswordField password(String id, StringProperty p) {
        PasswordField f = Dialogs.id(new PasswordField(), id);
        f.textProperty().bindBidirectional(p);
        return f;
    }

    static PasswordField password(String id, StringProperty p, BooleanProperty saved) {
        PasswordField f = password(id, p);
        f.promptTextProperty().bind(Bindings.when(saved).then(Texts.get("syncSettings.passwordSaved"))
                .otherwise(""));
        return f;
    }

    /** Shows {@code form} only while {@code choice} holds {@code value}. */
    static <T> void showFor(Node form, ObjectProperty<T> choice, T value) {
        form.visibleProperty().bind(Bindings.equal(choice, value));
        form.managedProperty().bind(form.visibleProperty());
    }
}
