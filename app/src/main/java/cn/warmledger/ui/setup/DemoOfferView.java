package cn.warmledger.ui.setup;

import java.util.function.Consumer;

import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.layout.VBox;

import cn.warmledger.service.app.AppContext;
import cn.warmledger.ui.common.Dialogs;
import cn.warmledger.ui.common.Texts;

/** Below the first-run form: "试用演示数据", for a newcomer who wants to look around first. */
public final class DemoOfferView {
    private final VBox root = new VBox(8);

    public DemoOfferView(DemoOfferViewModel vm, Consumer<AppContext> onOpened) {
        Label intro = Dialogs.id(new Label(vm.intro()), "demoIntro");
        intro.setWrapText(true);
        Button open = Dialogs.id(new Button(Texts.get("setup.demo")), "setupDemo");
        open.disableProperty().bind(vm.openingProperty());
        open.setOnAction(e -> vm.open(onOpened));
        Label error = Dialogs.id(new Label(), "demoError");
        error.getStyleClass().add("error-text");
        error.textProperty().bind(vm.errorProperty());
        error.setWrapText(true);
        root.getChildren().addAll(new Separator(), intro, open, error);
    }

    public Parent root() {
        return root;
    }
}
