package cn.warmledger.domain;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The Chinese texts of the application, from the one resource bundle i18n/messages (zh_CN). */
public final class Messages {
    public static final Locale LOCALE = Locale.SIMPLIFIED_CHINESE;
    private static final String BUNDLE = "i18n/messages";

    private Messages() {
    }

    public static ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE, LOCALE);
    }

    public static String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle().getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        if (args.length == 0) {
            return pattern;
        }
        MessageFormat format = new MessageFormat(pattern, LOCALE);
        return format.format(args);
    }

    public static boolean has(String key) {
        return bundle().containsKey(key);
    }
}
