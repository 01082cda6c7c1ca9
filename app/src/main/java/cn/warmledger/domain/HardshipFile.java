package cn.warmledger.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * 困难职工档案 (一户一档): the fields of the national 困难职工档案表. Secondary causes are at most three.
 */
public record HardshipFile(
        Long id,
        Long recipientId,
        String fileNumber,
        HardshipType hardshipType,
        FileStatus status,
        LocalDate phasingOutUntil,
        HardshipCause mainCause,
        List<HardshipCause> secondaryCauses,
        Profile profile,
        Income income,
        BankAccount bankAccount,
        String pairedCadre,
        String pairedCadrePhone,
        String filedBy,
        String reviewedBy,
        LocalDate filedOn,
        int version) {

    public static final int MAX_SECONDARY_CAUSES = 3;

    public HardshipFile {
        secondaryCauses = secondaryCauses == null ? List.of() : List.copyOf(secondaryCauses);
        if (secondaryCauses.size() > MAX_SECONDARY_CAUSES) {
            throw new InvalidValueException(Messages.get("field.secondaryCauses"), Messages.get("hardship.tooManyCauses"));
        }
        profile = profile == null ? Profile.EMPTY : profile;
        income = income == null ? Income.EMPTY : income;
        bankAccount = bankAccount == null ? BankAccount.EMPTY : bankAccount;
    }

    /** The household's descriptive fields of the 档案表. */
    public record Profile(String ethnicity, String politicalStatus, String health, String disability,
                          WorkStatus workStatus, String modelWorkerType, String housingType, BigDecimal housingArea,
                          String maritalStatus, String hukouType, boolean singleParent, boolean zeroEmployment,
                          String medicalInsurance) {
        public static final Profile EMPTY = new Profile(null, null, null, null, null, null, null, null, null, null,
                false, false, null);
    }

    /** Income figures in 元. */
    public record Income(BigDecimal ownMonthlyIncome, BigDecimal householdAnnualIncome, BigDecimal rigidExpenditure,
                         Integer householdSize, BigDecimal monthlyIncomePerCapita) {
        public static final Income EMPTY = new Income(null, null, null, null, null);
    }

    public record BankAccount(String bankName, String accountNumber) {
        public static final BankAccount EMPTY = new BankAccount(null, null);

        public String masked() {
            if (accountNumber == null || accountNumber.length() < 8) {
                return accountNumber;
            }
            return accountNumber.substring(0, 4) + " **** **** " + accountNumber.substring(accountNumber.length() - 4);
        }
    }

    /** A file not read from the database (new, or what the form holds): version 0. */
    public HardshipFile(Long id, Long recipientId, String fileNumber, HardshipType hardshipType, FileStatus status,
                        LocalDate phasingOutUntil, HardshipCause mainCause, List<HardshipCause> secondaryCauses,
                        Profile profile, Income income, BankAccount bankAccount, String pairedCadre,
                        String pairedCadrePhone, String filedBy, String reviewedBy, LocalDate filedOn) {
        this(id, recipientId, fileNumber, hardshipType, status, phasingOutUntil, mainCause, secondaryCauses, profile,
                income, bankAccount, pairedCadre, pairedCadrePhone, filedBy, reviewedBy, filedOn, 0);
    }

    /** The same file at another row version (the one the form loaded). */
    public HardshipFile withVersion(int newVersion) {
        return new HardshipFile(id, recipientId, fileNumber, hardshipType, status, phasingOutUntil, mainCause,
                secondaryCauses, profile, income, bankAccount, pairedCadre, pairedCadrePhone, filedBy, reviewedBy,
                filedOn, newVersion);
    }

    public HardshipFile withStatus(FileStatus newStatus) {
        return new HardshipFile(id, recipientId, fileNumber, hardshipType, newStatus, phasingOutUntil, mainCause,
                secondaryCauses, profile, income, bankAccount, pairedCadre, pairedCadrePhone, filedBy, reviewedBy,
                filedOn, version);
    }

    public HardshipFile withId(Long newId, Long newRecipientId) {
        return new HardshipFile(newId, newRecipientId, fileNumber, hardshipType, status, phasingOutUntil, mainCause,
                secondaryCauses, profile, income, bankAccount, pairedCadre, pairedCadrePhone, filedBy, reviewedBy,
                filedOn, version);
    }
}
