package cn.warmledger.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * A save refused because someone else changed (or deleted) the row since the form loaded it: the row's version no
 * longer matches. The message names who and when ("已被 张三 于 10:32 修改，请刷新后再改"; the date too when it was not
 * today); nothing was written, and the form keeps what the clerk typed.
 */
public final class EditConflictException extends InvalidValueException {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final String changedBy;
    private final LocalDateTime changedAt;

    /** The row is still there with another version; {@code deleted} when that change was a (soft) delete. */
    public EditConflictException(String changedBy, LocalDateTime changedAt, boolean deleted, LocalDate today) {
        super(null, message(changedBy, changedAt, deleted, today));
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    /** The row is gone altogether. */
    public static EditConflictException gone() {
        return new EditConflictException();
    }

    private EditConflictException() {
        super(null, Messages.get("edit.conflictGone"));
        this.changedBy = null;
        this.changedAt = null;
    }

    private static String message(String who, LocalDateTime at, boolean deleted, LocalDate today) {
        if (who == null || who.isBlank() || at == null) {
            return Messages.get("edit.conflictUnknown");
        }
        String when = at.toLocalDate().equals(today) ? at.format(TIME) : at.format(DATE_TIME);
        return Messages.get(deleted ? "edit.conflictDeleted" : "edit.conflict", who, when);
    }

    /** Who changed the row last (null when unknown). */
    public String changedBy() {
        return changedBy;
    }

    public LocalDateTime changedAt() {
        return changedAt;
    }
}
