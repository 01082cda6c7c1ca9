package cn.warmledger;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Console streams in the console's own encoding (GBK on a Chinese Windows console, UTF-8 elsewhere),
 * so Chinese messages are readable wherever the command runs.
 */
final class Stdio {
    private Stdio() {
    }

    static PrintStream out() {
        return new PrintStream(new FileOutputStream(FileDescriptor.out), true, charset());
    }

    static PrintStream err() {
        return new PrintStream(new FileOutputStream(FileDescriptor.err), true, charset());
    }

    private static Charset charset() {
        String enc = System.getProperty("sun.stdout.encoding");
        try {
            return enc == null ? StandardCharsets.UTF_8 : Charset.forName(enc);
        } catch (RuntimeException e) {
            return StandardCharsets.UTF_8;
        }
    }
}
