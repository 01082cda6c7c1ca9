package cn.warmledger.service.consolidation;

/**
 * The answer of {@link ReceivedStore#receive}: NEW (stored and accepted), DUPLICATE (this id is stored already:
 * nothing changed) or REFUSED (stored with the problem, never used in figures). {@code unknownUnit} is true when
 * the sender's 单位代码 is not one of the 下级单位 (the screen offers to add it).
 */
public record ReceiveOutcome(Kind kind, String submissionId, String problem, boolean unknownUnit) {
    public enum Kind { NEW, DUPLICATE, REFUSED }
}
