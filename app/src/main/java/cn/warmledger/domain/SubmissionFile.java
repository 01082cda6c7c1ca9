package cn.warmledger.domain;

import java.nio.file.Path;

/** One file of a submission, as stored in the outbox folder: its name, size and SHA-256 (hex). */
public record SubmissionFile(String fileName, long sizeBytes, String sha256, Path path) {
}
