package cn.warmledger.domain;

import java.time.LocalDate;

/** One dated entry of a hardship file's status history. */
public record StatusChange(FileStatus status, HardshipType hardshipType, LocalDate changedOn, String reason,
                           String recordedBy) {
}
