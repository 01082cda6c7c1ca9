package cn.warmledger.service.imports;

import cn.warmledger.domain.Messages;

/** What an import did: recipients inserted, updated, skipped (already registered), rows refused. */
public record ImportResult(int imported, int updated, int skipped, int rejected) {
    /** 导入 12 人，更新 3 人，跳过 1 人（已在台账中），未导入 2 行（有错误） */
    public String text() {
        return Messages.get("import.summary", imported, updated, skipped, rejected);
    }
}
