package cn.warmledger.service.consolidation;

import java.util.List;

/**
 * What a collect (收取) did: submissions stored new (新收), already there (已有), refused (damaged or missing file),
 * messages or files that were not ours (left untouched), the problems in Chinese (each naming the submission and
 * file), and, when the source itself failed (no connection, wrong password), why and whether trying again later
 * can help. What was stored before a failure stays stored.
 */
public record CollectResult(int received, int duplicates, int refused, int foreign, List<String> problems,
                            String sourceError, boolean retryable, boolean cancelled) {
    public CollectResult {
        problems = List.copyOf(problems);
    }

    public boolean sourceFailed() {
        return sourceError != null;
    }
}
