package cn.warmledger.service.imports;

import cn.warmledger.domain.Messages;

/**
 * What a roster import did: visits recorded (of which {@code newRecipients} people were created first and
 * {@code duplicatesImported} passed the double-payment guard with the clerk's reason), rows the guard held
 * back, rows refused.
 */
public record VisitImportResult(int imported, int newRecipients, int duplicatesImported, int duplicatesSkipped,
                                int rejected) {
    /** 导入慰问记录 8 条（新建慰问对象 2 人，重复慰问 0 条），跳过重复慰问 3 行，未导入 4 行（有错误） */
    public String text() {
        return Messages.get("import.visits.summary", imported, newRecipients, duplicatesImported, duplicatesSkipped,
                rejected);
    }
}
