package cn.warmledger.service.printing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Chinese fonts the printed pages are drawn with. The sheets ask for 宋体: it comes first where it is
 * installed (Windows' Fonts folder, found through %WINDIR% as Windows may live on any drive, or copied in by the
 * office), then what the .deb brings (文泉驿微米黑, the font LibreOffice itself falls back to here), Noto CJK, then other
 * common CJK TrueType files. -Dwarmledger.printFont=FILE puts a file of your own first.
 */
final class PrintFonts {
    /** In Windows' Fonts folder: 宋体 first, then 微软雅黑 and 黑体 (every Chinese Windows has one of them). */
    static final List<String> WINDOWS = List.of("simsun.ttc", "simsun.ttf", "msyh.ttc", "msyh.ttf", "simhei.ttf");

    static final List<String> LINUX = List.of(
            "/usr/share/fonts/truetype/simsun/simsun.ttc",
            "/usr/share/fonts/truetype/windows/simsun.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc",
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
            "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
            "/usr/share/fonts/truetype/arphic/uming.ttc",
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf");

    /** Family names for the Graphics2D path, in the same order. */
    static final List<String> FAMILIES = List.of("SimSun", "宋体", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei",
            "Noto Serif CJK SC", "Noto Sans CJK SC", "AR PL UMing CN", "Droid Sans Fallback", "Microsoft YaHei",
            "SimHei");

    private PrintFonts() {
    }

    static List<Path> files() {
        return files(System.getenv(), System.getProperty("warmledger.printFont"));
    }

    /**
     * The readable font files in the order they are tried: {@code own} first, then Windows' Fonts folder (from
     * {@code WINDIR}, else {@code SystemRoot}), then the Linux ones.
     */
    static List<Path> files(Map<String, String> env, String own) {
        List<String> candidates = new ArrayList<>();
        if (own != null) {
            candidates.add(own);
        }
        String windows = env.getOrDefault("WINDIR", env.get("SystemRoot"));
        if (windows != null && !windows.isBlank()) {
            for (String f : WINDOWS) {
                candidates.add(Path.of(windows, "Fonts", f).toString());
            }
        }
        candidates.addAll(LINUX);
        List<Path> files = new ArrayList<>();
        for (String f : candidates) {
            Path p = Path.of(f);
            if (Files.isReadable(p) && !files.contains(p)) {
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
