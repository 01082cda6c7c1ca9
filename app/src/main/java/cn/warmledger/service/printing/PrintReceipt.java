package cn.warmledger.service.printing;

import cn.warmledger.domain.Messages;

/** A job the printer's spooler accepted: where it went, how many pages, how many copies. */
public record PrintReceipt(String printer, int pages, int copies) {
    /** "已发送到打印机 PDF，共 4 页". */
    public String message() {
        return copies > 1 ? Messages.get("print.sentCopies", printer, pages, copies)
                : Messages.get("print.sent", printer, pages);
    }
}
