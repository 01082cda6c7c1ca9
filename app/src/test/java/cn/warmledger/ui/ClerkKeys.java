package cn.warmledger.ui;

import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;

import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What a clerk does with the keyboard and a combo box, shared by the TestFX tests that type into forms. */
final class ClerkKeys {
    /** How typed text is committed before a save: Tab, Enter, or not at all (the save itself commits). */
    enum Commit { TAB, ENTER, NONE }

    private ClerkKeys() {
    }

    /** Clicks into the field, selects what is there and types over it, key by key (empty text: erases it). */
    static void typeOver(FxRobot robot, String id, String text) {
        robot.clickOn(id);
        selectAll(robot);
        if (text.isEmpty()) {
            robot.type(KeyCode.BACK_SPACE);
        } else {
            robot.write(text);
        }
    }

    static void commit(FxRobot robot, Commit commit) {
        switch (commit) {
            case TAB -> robot.type(KeyCode.TAB);
            case ENTER -> robot.type(KeyCode.ENTER);
            case NONE -> { }
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    static void selectAll(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
    }

    static void ctrlS(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
    }

    /** The text of a label, "null" when it has none. */
    static String text(FxRobot robot, String id) {
        return String.valueOf(robot.lookup(id).queryAs(Label.class).getText());
    }

    /**
     * Picks a combo box item in its popup: a screen behind a form may show the same text in its cells, and a
     * plain clickOn(text) may hit those on a busy machine.
     */
    static void choose(FxRobot robot, String comboId, String item) throws Exception {
        robot.clickOn(comboId);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".combo-box-popup .list-cell")
                .match((ListCell<?> c) -> item.equals(c.getText()) && c.isVisible())
                .tryQuery().isPresent());
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell")
                .match((ListCell<?> c) -> item.equals(c.getText()) && c.isVisible())
                .<Node>query());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
