package cn.warmledger.ui.common;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Control;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The form keyboard of every screen: Enter moves to the next field (as Tab does), Ctrl+S saves,
 * Esc cancels, so a clerk can work without the mouse.
 */
public final class KeyboardFlow {
    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    private KeyboardFlow() {
    }

    public static void install(Parent form, Runnable save, Runnable cancel) {
        install(form, save, cancel, null);
    }

    /** As {@link #install(Parent, Runnable, Runnable)}; Enter in {@code last} (the form's last field) saves. */
    public static void install(Parent form, Runnable save, Runnable cancel, Node last) {
        installChanging(form, save, cancel, () -> last);
    }

    /** As {@link #install(Parent, Runnable, Runnable, Node)} for a form whose last field changes while it shows. */
    public static void installChanging(Parent form, Runnable save, Runnable cancel,
                                       java.util.function.Supplier<Node> lastNow) {
        form.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (SAVE.match(e)) {
                e.consume();
                save.run();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                cancel.run();
            } else if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown()
                    && e.getTarget() instanceof Node target
                    && !(target instanceof TextArea) && !(target instanceof ButtonBase)) {
                e.consume();
                Node last = lastNow.get();
                if (last != null && target == last) {
                    save.run();
                } else {
                    focusNext(form, target);
                }
            }
        });
    }

    /** Focuses the next focus-traversable control after the one holding {@code from}, in form order. */
    static void focusNext(Parent form, Node from) {
        List<Node> order = new ArrayList<>();
        collect(form, order);
        Node owner = from;
        while (owner != null && !order.contains(owner)) {
            owner = owner.getParent();
        }
        int i = owner == null ? -1 : order.indexOf(owner);
        if (i >= 0 && i + 1 < order.size()) {
            order.get(i + 1).requestFocus();
        }
    }

    private static void collect(Node node, List<Node> out) {
        if (!node.isVisible() || node.isDisabled()) {
            return;
        }
        if (node instanceof Control && node.isFocusTraversable()) {
            out.add(node);
            return;
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, out);
            }
        }
    }
}
