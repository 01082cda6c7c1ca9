package cn.warmledger.service.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.warmledger.domain.AssistanceKind;
import cn.warmledger.domain.FileStatus;
import cn.warmledger.domain.FundSource;
import cn.warmledger.domain.Gender;
import cn.warmledger.domain.HardshipCause;
import cn.warmledger.domain.HardshipFile;
import cn.warmledger.domain.HardshipType;
import cn.warmledger.domain.Messages;
import cn.warmledger.domain.Recipient;
import cn.warmledger.domain.RecipientCategory;
import cn.warmledger.domain.VisitForm;
import cn.warmledger.service.recipients.RecipientDetails;
import cn.warmledger.service.recipients.RecipientDraft;

/**
 * The values one row gave, parsed; null where the row left a cell blank or the sheet has no such column.
 * Turned into a draft for a new recipient, or laid over an existing one (blank cells keep what the
 * register holds).
 */
final class RowValues {
    String name;
    String idNumber;
    /** The sheet gave all 18 digits (with the check character), not a 15-digit number converted. */
    boolean idWithCheckDigit;
    Gender gender;
    LocalDate birthDate;
    String phone;
    String employer;
    String address;
    RecipientCategory category;
    HardshipType hardshipType;
    FileStatus fileStatus;
    HardshipCause mainCause;
    List<HardshipCause> secondaryCauses = List.of();
    Integer householdSize;
    BigDecimal perCapita;
    BigDecimal annualIncome;
    BigDecimal ownIncome;
    String bankName;
    String bankAccount;
    String fileNumber;
    LocalDate filedOn;
    String pairedCadre;
    String note;
    // a roster's visit: what the person received, when and how
    BigDecimal cash;
    String goods;
    BigDecimal goodsValue;
    LocalDate visitedOn;
    VisitForm visitForm;
    FundSource fundSource;
    String visitors;
    AssistanceKind assistanceKind;

    /** The category a row stands for: its own cell, else 困难职工 when it names a 困难类型, else the default. */
    RecipientCategory categoryOr(RecipientCategory fallback) {
        if (category != null) {
            return category;
        }
        return hardshipType != null ? RecipientCategory.HARDSHIP_WORKER : fallback;
    }

    RecipientDraft newDraft(ImportOptions options) {
        return newDraft(options, note);
    }

    /** A new recipient with {@code recipientNote} (a roster's 备注 belongs to the visit, not the person). */
    RecipientDraft newDraft(ImportOptions options, String recipientNote) {
        RecipientCategory c = categoryOr(options.defaultCategory());
        HardshipFile file = c == RecipientCategory.HARDSHIP_WORKER ? fileOver(null) : null;
        return new RecipientDraft(null, idNumber, name, gender, birthDate, phone, employer, address, c,
                options.organizationId(), recipientNote, file, List.of(), reason());
    }

    RecipientDraft updateDraft(RecipientDetails existing) {
        Recipient r = existing.recipient();
        RecipientCategory c = category != null ? category
                : (hardshipType != null && existing.hardshipFile().isEmpty() ? RecipientCategory.HARDSHIP_WORKER
                : r.category());
        HardshipFile file = c == RecipientCategory.HARDSHIP_WORKER ? fileOver(existing.hardshipFile().orElse(null))
                : existing.hardshipFile().orElse(null);
        return new RecipientDraft(r.id(), idNumber, or(name, r.name()), gender, birthDate, or(phone, r.phone()),
                or(employer, r.employer()), or(address, r.address()), c, r.organizationId(), or(note, r.note()), file,
                existing.family(), reason(), r.version());
    }

    private HardshipFile fileOver(HardshipFile old) {
        if (old == null) {
            return new HardshipFile(null, null, fileNumber, hardshipType, fileStatus == null ? FileStatus.ACTIVE : fileStatus,
                    null, mainCause, secondaryCauses, HardshipFile.Profile.EMPTY,
                    new HardshipFile.Income(ownIncome, annualIncome, null, householdSize, perCapita),
                    new HardshipFile.BankAccount(bankName, bankAccount), pairedCadre, null, null, null, filedOn);
        }
        HardshipFile.Income i = old.income();
        HardshipFile.BankAccount b = old.bankAccount();
        List<HardshipCause> secondary = mainCause != null ? new ArrayList<>(secondaryCauses) : old.secondaryCauses();
        return new HardshipFile(old.id(), old.recipientId(), or(fileNumber, old.fileNumber()),
                or(hardshipType, old.hardshipType()), or(fileStatus, old.status()), old.phasingOutUntil(),
                or(mainCause, old.mainCause()), secondary, old.profile(),
                new HardshipFile.Income(or(ownIncome, i.ownMonthlyIncome()), or(annualIncome, i.householdAnnualIncome()),
                        i.rigidExpenditure(), or(householdSize, i.householdSize()),
                        or(perCapita, i.monthlyIncomePerCapita())),
                new HardshipFile.BankAccount(or(bankName, b.bankName()), or(bankAccount, b.accountNumber())),
                or(pairedCadre, old.pairedCadre()), old.pairedCadrePhone(), old.filedBy(), old.reviewedBy(),
                or(filedOn, old.filedOn()), old.version());
    }

    private static String reason() {
        return Messages.get("import.statusReason");
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
