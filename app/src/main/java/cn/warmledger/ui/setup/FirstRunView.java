package cn.warmledger.ui.setup;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import cn.warmledger.ui.common.Dialogs;
import cn.warmledger.ui.common.FormGrid;
import cn.warmledger.ui.common.KeyboardFlow;
import cn.warmledger.ui.common.Texts;

/** The first-run page, shown in the main window until 本单位 and the operator are known. */
public final class FirstRunView {
    private final VBox root = new VBox(12);

    public FirstRunView(FirstRunViewModel vm, Runnable done) {
        Label title = new Label(Texts.get("setup.title"));
        title.getStyleClass().add("page-title");
        Label intro = new Label(Texts.get("setup.intro"));
        intro.setWrapText(true);
        FormGrid grid = new FormGrid()
                .required(Texts.get("field.orgName"), field("setupOrgName", vm.orgName, "setup.orgName.prompt"))
                .required(Texts.get("field.orgCode"), field("setupOrgCode", vm.orgCode, "setup.orgCode.prompt"))
                .field(Texts.get("field.parentName"), field("setupParentName", vm.parentName, "setup.parent.prompt"))
                .required(Texts.get("field.operatorName"), field("setupOperator", vm.operatorName, "setup.operator.prompt"))
                .field(Texts.get("field.minimumLivingStandard"),
                        field("setupMinimumLiving", vm.minimumLivingStandard, "setup.minimum.prompt"));
        Label error = Dialogs.id(new Label(), "setupError");
        error.getStyleClass().add("error-text");
        error.textProperty().bind(vm.errorProperty());
        Runnable finish = () -> vm.complete(done);
        Button start = Dialogs.id(new Button(Texts.get("setup.start")), "setupStart");
        start.setOnAction(e -> finish.run());
        start.disableProperty().bind(vm.busyProperty());
        ProgressIndicator busy = Dialogs.id(new ProgressIndicator(), "setupBusy");
        busy.setPrefSize(22, 22);
        busy.visibleProperty().bind(vm.busyProperty());
        HBox actions = new HBox(10, start, busy);
        actions.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().addAll(title, intro, grid.build(), error, actions);
        root.setPadding(new Insets(32));
        root.setMaxWidth(760);
        root.setAlignment(Pos.TOP_LEFT);
        KeyboardFlow.install(root, finish, () -> { });
    }

    private static TextField field(String id, javafx.beans.property.StringProperty p, String promptKey) {
        TextField f = Dialogs.id(new TextField(), id);
        f.textProperty().bindBidirectional(p);
        f.setPromptText(Texts.get(promptKey));
        return f;
    }

    /** Adds an offer below the form (the demo data button). */
    public FirstRunView offer(javafx.scene.Node node) {
        root.getChildren().add(node);
        return this;
    }

    public Parent root() {
        return root;
    }
}
