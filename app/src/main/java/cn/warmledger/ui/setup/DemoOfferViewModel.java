package cn.warmledger.ui.setup;

import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.demo.DemoDataService;
import cn.warmledger.ui.common.TaskRunner;
import cn.warmledger.ui.common.Texts;

/**
 * The first-run page's offer to try the application on demo data: opens (and the first time fills) the
 * demo folder beside the real one in the background, then hands the opened folder to the window.
 */
public final class DemoOfferViewModel {
    private final DemoDataService demoData;
    private final TaskRunner tasks;
    private final BooleanProperty opening = new SimpleBooleanProperty(false);
    private final StringProperty error = new SimpleStringProperty();

    public DemoOfferViewModel(DemoDataService demoData, TaskRunner tasks) {
        this.demoData = demoData;
        this.tasks = tasks;
    }

    public String intro() {
        return Texts.get("setup.demo.intro", demoData.recipientCount());
    }

    /** Opens the demo folder; {@code onOpened} gets it (and must close it) unless opening fails. */
    public void open(Consumer<AppContext> onOpened) {
        if (opening.get()) {
            return;
        }
        opening.set(true);
        error.set(null);
        tasks.submit("open-demo", p -> {
            p.message(Texts.get("setup.demo.opening"));
            return demoData.open();
        }, demo -> {
            opening.set(false);
            onOpened.accept(demo);
        }, e -> {
            opening.set(false);
            error.set(Texts.get("setup.demo.failed", e.getMessage()));
        });
    }

    public ReadOnlyBooleanProperty openingProperty() {
        return opening;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }
}
