package cn.warmledger.ui.common;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;

/**
 * A list's placeholder while its first load runs: 正在加载… until the view model says the first list came back,
 * only then its empty state (暂无…/还没有…), so a screen never says it is empty before it has looked.
 */
public final class Loading {
    private Loading() {
    }

    public static void placeholder(TableView<?> table, ObservableBooleanValue loaded, String emptyKey) {
        Label loading = new Label(Texts.get("common.loading"));
        loading.getStyleClass().add("loading");
        Label empty = new Label(Texts.get(emptyKey));
        empty.setWrapText(true);
        table.setPlaceholder(loaded.get() ? empty : loading);
        loaded.addListener((o, a, b) -> table.setPlaceholder(b ? empty : loading));
    }
}
