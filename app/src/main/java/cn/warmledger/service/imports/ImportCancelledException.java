package cn.warmledger.service.imports;

import cn.warmledger.domain.Messages;

/** Thrown inside the import's transaction when the clerk cancels: everything written so far is rolled back. */
public final class ImportCancelledException extends RuntimeException {
    public ImportCancelledException() {
        super(Messages.get("import.cancelled"));
    }
}
