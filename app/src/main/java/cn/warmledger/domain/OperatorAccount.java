package cn.warmledger.domain;

import java.time.LocalDateTime;

/**
 * An operator's account on the shared server as the screens see it: never the password hash (that stays in the
 * repository and the service that checks it).
 */
public record OperatorAccount(String name, OperatorRole role, boolean active, boolean hasPassword,
                              LocalDateTime createdAt, LocalDateTime passwordChangedAt, String changedBy) {
    public boolean administrator() {
        return role == OperatorRole.ADMINISTRATOR;
    }
}
