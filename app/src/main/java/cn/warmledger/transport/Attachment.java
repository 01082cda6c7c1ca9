package cn.warmledger.transport;

import java.nio.file.Path;

/** One file to deliver under {@code name}, with the size and SHA-256 (hex) the receiver can check. */
public record Attachment(String name, Path path, long size, String sha256) {
}
