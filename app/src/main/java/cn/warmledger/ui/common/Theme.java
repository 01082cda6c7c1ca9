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

    public static String fontFamily() {
        Set<String> installed = Set.copyOf(Font.getFamilies());
        return CJK_FONT_CHAIN.stream().filter(installed::contains).findFirst().orElse(Font.getDefault().getFamily());
    }

    public static void style(Scene scene) {
        scene.getStylesheets().add(Theme.class.getResource("/cn/warmledger/ui/app.css").toExternalForm());
        scene.getRoot().setStyle("-fx-font-family: '" + fontFamily() + "';");
    }
}
