package cn.warmledger.ui.common;

import java.util.List;
import java.util.Set;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.text.Font;

/**
 * AtlantaFX PrimerLight plus our stylesheet. JavaFX CSS takes one font family, so the CJK chain is
 * resolved here: the first family of the chain that this machine has (on Linux it must be TrueType).
 */
public final class Theme {
    public static final List<String> CJK_FONT_CHAIN = List.of("Microsoft YaHei", "微软雅黑", "PingFang SC",
            "WenQuanYi Micro Hei", "Noto Sans CJK SC", "Source Han Sans SC", "SimSun", "宋体");

    private Theme() {
    }

    public static void applyUserAgent() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    /** The fonts installed do not change while the app runs: the chain is resolved once (Font.getFamilies lists them all). */
    private static volatile String family;

    public static String fontFamily() {
        String f = family;
        if (f == null) {
            Set<String> installed = Set.copyOf(Font.getFamilies());
            f = CJK_FONT_CHAIN.stream().filter(installed::contains).findFirst().orElse(Font.getDefault().getFamily());
            family = f;
        }
        return f;
    }

    /** Our stylesheet (once per scene: it is styled again whenever its root changes) and the CJK font on the root. */
    public static void style(Scene scene) {
        String css = Theme.class.getResource("/cn/warmledger/ui/app.css").toExternalForm();
        if (!scene.getStylesheets().contains(css)) {
            scene.getStylesheets().add(css);
        }
        scene.getRoot().setStyle("-fx-font-family: '" + fontFamily() + "';");
    }
}
