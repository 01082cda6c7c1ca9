package cn.warmledger.service;

import java.nio.file.Path;

/** A written output: the file and how many detail rows (单位 or roster lines) it holds. */
public record ExportResult(Path file, int rows) {
}
