package cn.warmledger.domain;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Excel's header and footer codes, printed as Excel and LibreOffice print them: {@code &P} page, {@code &N} pages,
 * {@code &D} the date and {@code &T} the time of printing, {@code &F} the file's name, {@code &A} the sheet's name,
 * {@code &Z} the file's folder, {@code &&} an ampersand; font, size, colour and style codes dropped.
 */
public final class HeaderFooterCodes {
    /**
     * {@code &D} and {@code &T} as LibreOffice prints them under a Chinese locale (its short date and time there):
     * 2026/12/2 and 09:05:00; Excel prints the same date.
     */
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy/M/d");
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private HeaderFooterCodes() {
    }

    /**
     * The codes that belong to the file ({@code &F}, {@code &A}, {@code &Z}) filled in when it is read; the page's
     * own codes are left for {@link #resolve}.
     */
    public static String withNames(String code, String file, String sheet, String folder) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < code.length(); i++) {
            char ch = code.charAt(i);
            if (ch != '&' || i + 1 >= code.length()) {
                out.append(ch);
                continue;
            }
            char next = code.charAt(++i);
            switch (next) {
                case 'F', 'f' -> out.append(escape(file));
                case 'A', 'a' -> out.append(escape(sheet));
                case 'Z', 'z' -> out.append(escape(folder));
                default -> out.append('&').append(next);
            }
        }
        return out.toString();
    }

    private static String escape(String s) {
        return s == null ? "" : s.replace("&", "&&");
    }

    static PageSetup.HeaderFooter resolve(PageSetup.HeaderFooter hf, int number, int count, LocalDateTime now) {
        return new PageSetup.HeaderFooter(resolve(hf.left(), number, count, now),
                resolve(hf.center(), number, count, now), resolve(hf.right(), number, count, now));
    }

    static String resolve(String code, int number, int count, LocalDateTime now) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < code.length(); i++) {
            char ch = code.charAt(i);
            if (ch != '&' || i + 1 >= code.length()) {
                out.append(ch);
                continue;
            }
            char next = code.charAt(++i);
            switch (next) {
                case 'P', 'p' -> out.append(number);
                case 'N', 'n' -> out.append(count);
                case 'D', 'd' -> out.append(DATE.format(now));
                case 'T', 't' -> out.append(TIME.format(now));
                case '&' -> out.append('&');
                case '"' -> {
                    int end = code.indexOf('"', i + 1);
                    i = end < 0 ? code.length() : end;
                }
                case 'K' -> i = Math.min(code.length() - 1, i + 6);
                default -> {
                    while (Character.isDigit(next) && i + 1 < code.length() && Character.isDigit(code.charAt(i + 1))) {
                        i++;
                    }
                }
            }
        }
        return out.toString();
    }
}
