package cn.warmledger.domain;

import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.net.ssl.SSLException;

/**
 * The one walk along a failure's causes, and the one place that says in Chinese what an I/O failure was. The
 * texts of the JDK's and the libraries' exceptions are English (and a class name says nothing to a clerk): they
 * go to the log, never into a message; what the clerk reads is the kind of failure and, for a file, its path.
 */
public final class Causes {
    /** Deep enough for any real chain; a chain that loops or grows without end stops here. */
    private static final int DEPTH = 32;
    /** How the JDK's HTTP client and sockets say that a connection broke off (only used to pick a Chinese text). */
    private static final java.util.regex.Pattern BROKEN_OFF = java.util.regex.Pattern.compile(
            "(?i)closed|reset|broken pipe|eof|received no bytes|bytes received|premature|connection abort");
    /** A Java class name (package and type) in a text: "java.io.IOException", "org.h2.jdbc.JdbcSQLException". */
    private static final java.util.regex.Pattern JAVA_NAME =
            java.util.regex.Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*(?:Exception|Error)\\b");

    private Causes() {
    }

    /** {@code error} and its causes, outermost first; a cycle is followed once. */
    public static List<Throwable> chain(Throwable error) {
        List<Throwable> out = new ArrayList<>();
        for (Throwable t = error; t != null && out.size() < DEPTH && !out.contains(t); t = t.getCause()) {
            out.add(t);
        }
        return out;
    }

    /**
     * A text written for the clerk: Chinese, and no Java class name in it (a wrapper's text is its cause's
     * "java.nio.file.NoSuchFileException: /路径", where the Chinese is only a path).
     */
    public static boolean ownWords(String text) {
        return text != null && !text.isBlank()
                && text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                && !JAVA_NAME.matcher(text).find();
    }

    /** The first cause of the given type, if any. */
    public static <T extends Throwable> Optional<T> find(Throwable error, Class<T> type) {
        return chain(error).stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    /** A full disk, in any cause's text, as Linux, Windows and H2 say it. */
    public static boolean diskFull(Throwable error) {
        return chain(error).stream().anyMatch(t -> isDiskFullText(t.getMessage()));
    }

    public static boolean isDiskFullText(String text) {
        if (text == null) {
            return false;
        }
        String t = text.toLowerCase(Locale.ROOT);
        return t.contains("no space left on device") || t.contains("not enough space on the disk")
                || t.contains("disk full") || t.contains("磁盘空间不足");
    }

    /**
     * What an I/O failure was, short and in Chinese (for "传输中断（…）" and the like): the first cause that says
     * something, else a neutral "读写出错". Never the exception's own text, never its class name.
     */
    public static String ioReason(Throwable error) {
        if (diskFull(error)) {
            return Messages.get("io.diskFull");
        }
        for (Throwable t : chain(error)) {
            String reason = reason(t);
            if (reason != null) {
                return reason;
            }
        }
        return Messages.get("io.failed");
    }

    private static String reason(Throwable t) {
        if (t instanceof NoSuchFileException f) {
            return Messages.get("io.noSuchFile", f.getFile());
        }
        if (t instanceof AccessDeniedException f) {
            return Messages.get("io.denied", f.getFile());
        }
        if (t instanceof FileAlreadyExistsException f) {
            return Messages.get("io.exists", f.getFile());
        }
        if (t instanceof NotDirectoryException f) {
            return Messages.get("io.notFolder", f.getFile());
        }
        if (t instanceof FileSystemException f && f.getFile() != null) {
            return Messages.get("io.fileFailed", f.getFile());
        }
        if (t instanceof SocketTimeoutException || t instanceof HttpTimeoutException) {
            return Messages.get("io.timeout");
        }
        if (t instanceof UnknownHostException) {
            return Messages.get("io.unknownHost");
        }
        if (t instanceof ConnectException || t instanceof NoRouteToHostException) {
            return Messages.get("io.refused");
        }
        if (t instanceof SSLException) {
            return Messages.get("io.tls");
        }
        if (t instanceof EOFException || t instanceof SocketException) {
            return Messages.get("io.brokenOff");
        }
        if (!(t instanceof FileSystemException) && ownWords(t.getMessage())) {
            return t.getMessage(); // our own words (a size limit, a check): they say it best
        }
        if (t instanceof IOException && t.getMessage() != null && BROKEN_OFF.matcher(t.getMessage()).find()) {
            return Messages.get("io.brokenOff");
        }
        return null;
    }
}
