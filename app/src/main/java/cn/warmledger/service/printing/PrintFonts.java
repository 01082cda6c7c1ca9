package cn.warmledger.service.printing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The Chinese fonts the printed pages are drawn with. The sheets ask for 宋体: it comes first where it is
 * installed (Windows, or copied in by the office), then what the .deb brings (文泉驿微米黑, the font
 * LibreOffice itself falls back to here), then other common CJK TrueType files. -Dwarmledger.printFont=FILE
 * puts a file of your own first.
 */
final class PrintFonts {
    static final List<String> FILES = List.of(
            "C:/Windows/Fonts/simsun.ttc",
            "/usr/share/fonts/truetype/simsun/simsun.ttc",
            "/usr/share/fonts/truetype/windows/simsun.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/truetype/arphic/uming.ttc",
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
            "C:/Windows/Fonts/msyh.ttc",
            "C:/Windows/Fonts/simhei.ttf");

    /** Family names for the Graphics2D path, in the same order. */
    static final List<String> FAMILIES = List.of("SimSun", "宋体", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei",
            "AR PL UMing CN", "Droid Sans Fallback", "Microsoft YaHei", "SimHei");

    private PrintFonts() {
    }

    static List<Path> files() {
        List<Path> files = new ArrayList<>();
        String own = System.getProperty("warmledger.printFont");
        if (own != null && Files.isReadable(Path.of(own))) {
            files.add(Path.of(own));
        }
        for (String f : FILES) {
            Path p = Path.of(f);
            if (Files.isReadable(p)) {
                files.add(p);
            }
        }
        return files;
    }

    /**
     * The first family installed that draws Chinese, digits and Latin letters. Names are matched in English: under
     * a Chinese locale AWT lists 文泉驿微米黑 by its Chinese name.
     */
    static String family() {
        List<String> installed = List.of(java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment()
                .getAvailableFontFamilyNames(java.util.Locale.ENGLISH));
        return FAMILIES.stream().filter(installed::contains)
                .filter(f -> new java.awt.Font(f, java.awt.Font.PLAIN, 10).canDisplayUpTo("国0Aa") < 0)
                .findFirst().orElse(java.awt.Font.DIALOG);
    }
}
