package cn.warmledger.service.consolidation;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import cn.warmledger.domain.ReceivedStatus;
import cn.warmledger.domain.ReceivedSubmission;

/**
 * Which accepted submission counts for one 单位 + table + period (docs/decisions/7-1): the one the clerk pinned;
 * else, of those no other accepted submission supersedes, the newest by generatedAt (then by received time);
 * if every one is superseded (a loop), the newest of all. Refused ones never count.
 */
final class Effective {
    private static final Comparator<ReceivedSubmission> NEWEST = Comparator
            .comparing(ReceivedSubmission::generatedAt, Comparator.nullsFirst(Comparator.<LocalDateTime>naturalOrder()))
            .thenComparing(ReceivedSubmission::receivedAt, Comparator.nullsFirst(Comparator.<LocalDateTime>naturalOrder()))
            .thenComparing(ReceivedSubmission::id);

    private Effective() {
    }

    static Optional<ReceivedSubmission> choose(List<ReceivedSubmission> sameKey, Set<String> superseded) {
        List<ReceivedSubmission> accepted = sameKey.stream().filter(s -> s.status() == ReceivedStatus.ACCEPTED).toList();
        Optional<ReceivedSubmission> pinned = accepted.stream().filter(ReceivedSubmission::pinned).findFirst();
        if (pinned.isPresent()) {
            return pinned;
        }
        // a correction only counts against a submission of the same 单位 + table + period
        Set<String> corrected = accepted.stream().map(ReceivedSubmission::supersedes).filter(Objects::nonNull)
                .filter(superseded::contains).collect(Collectors.toSet());
        Optional<ReceivedSubmission> current = accepted.stream().filter(s -> !corrected.contains(s.id())).max(NEWEST);
        return current.isPresent() ? current : accepted.stream().max(NEWEST);
    }
}
