package cn.warmledger.domain;

/** A value refused by a domain check; the message is Chinese and names the field and the reason. */
public class InvalidValueException extends RuntimeException {
    private final String field;
    private final String reason;

    public InvalidValueException(String field, String reason) {
        super(field == null || field.isEmpty() ? reason : field + "：" + reason);
        this.field = field;
        this.reason = reason;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
