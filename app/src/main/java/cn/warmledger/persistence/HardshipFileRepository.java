package cn.warmledger.persistence;

import static cn.warmledger.persistence.jooq.Tables.FAMILY_MEMBER;
import static cn.warmledger.persistence.jooq.Tables.HARDSHIP_FILE;
import static cn.warmledger.persistence.jooq.Tables.HARDSHIP_STATUS_HISTORY;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.jooq.DSLContext;

import cn.warmledger.domain.CodedEnum;
import cn.warmledger.domain.FamilyMember;
import cn.warmledger.domain.FileStatus;
import cn.warmledger.domain.Gender;
import cn.warmledger.domain.HardshipCause;
import cn.warmledger.domain.HardshipFile;
import cn.warmledger.domain.HardshipType;
import cn.warmledger.domain.StatusChange;
import cn.warmledger.domain.WorkStatus;
import cn.warmledger.persistence.jooq.tables.records.FamilyMemberRecord;
import cn.warmledger.persistence.jooq.tables.records.HardshipFileRecord;
import cn.warmledger.persistence.jooq.tables.records.HardshipStatusHistoryRecord;

/** 困难职工档案 with its status history and family members. */
public final class HardshipFileRepository {
    private final DSLContext dsl;

    public HardshipFileRepository(Database database) {
        this.dsl = database.dsl();
    }

    public Optional<HardshipFile> findByRecipient(long recipientId) {
        return dsl.selectFrom(HARDSHIP_FILE).where(HARDSHIP_FILE.RECIPIENT_ID.eq(recipientId))
                .fetchOptional(HardshipFileRepository::toDomain);
    }

    /** The files of these recipients (those that have one), looked up in chunks of 1,000. */
    public Map<Long, HardshipFile> findByRecipients(java.util.Collection<Long> recipientIds) {
        Map<Long, HardshipFile> found = new HashMap<>();
        List<Long> all = List.copyOf(new java.util.LinkedHashSet<>(recipientIds));
        for (int from = 0; from < all.size(); from += 1000) {
            dsl.selectFrom(HARDSHIP_FILE)
                    .where(HARDSHIP_FILE.RECIPIENT_ID.in(all.subList(from, Math.min(all.size(), from + 1000))))
                    .fetch(HardshipFileRepository::toDomain).forEach(f -> found.put(f.recipientId(), f));
        }
        return found;
    }

    /**
     * Inserts or updates the recipient's file; returns its id. An existing file is updated only while it still has
     * the version {@code f} was read with (else EditConflictException naming who changed it, RowVersions).
     */
    public long save(HardshipFile f, long recipientId, String operator) {
        Optional<Long> existing = dsl.select(HARDSHIP_FILE.ID).from(HARDSHIP_FILE)
                .where(HARDSHIP_FILE.RECIPIENT_ID.eq(recipientId)).fetchOptional(HARDSHIP_FILE.ID);
        HardshipFileRecord r = dsl.newRecord(HARDSHIP_FILE);
        fill(r, f, recipientId, operator);
        if (existing.isPresent()) {
            r.changed(HARDSHIP_FILE.UPDATED_AT, false);
            r.changed(HARDSHIP_FILE.UPDATED_BY, false);
            RowVersions.update(dsl, HARDSHIP_FILE, HARDSHIP_FILE.ID, existing.get(), f.version(), operator, r);
            return existing.get();
        }
        r.store();
        return r.getId();
    }

    /**
     * Inserts the files of new recipients (recipient id → file) with multi-row INSERTs, each with its first
     * status change; returns the file ids by recipient id.
     */
    public Map<Long, Long> insertAll(Map<Long, HardshipFile> byRecipient, Map<Long, StatusChange> firstChange,
                                     String operator) {
        if (byRecipient.isEmpty()) {
            return Map.of();
        }
        List<HardshipFileRecord> records = new ArrayList<>(byRecipient.size());
        byRecipient.forEach((recipientId, f) -> {
            HardshipFileRecord r = dsl.newRecord(HARDSHIP_FILE);
            fill(r, f, recipientId, operator);
            records.add(r);
        });
        RecipientRepository.insertRows(dsl, HARDSHIP_FILE, records);
        Map<Long, Long> ids = new HashMap<>();
        dsl.select(HARDSHIP_FILE.ID, HARDSHIP_FILE.RECIPIENT_ID).from(HARDSHIP_FILE)
                .where(HARDSHIP_FILE.RECIPIENT_ID.in(byRecipient.keySet()))
                .forEach(r -> ids.put(r.value2(), r.value1()));
        List<HardshipStatusHistoryRecord> history = new ArrayList<>(firstChange.size());
        firstChange.forEach((recipientId, change) -> {
            HardshipStatusHistoryRecord h = dsl.newRecord(HARDSHIP_STATUS_HISTORY);
            h.setFileId(ids.get(recipientId));
            h.setStatus(change.status().code());
            h.setHardshipType(code(change.hardshipType()));
            h.setChangedOn(change.changedOn());
            h.setReason(change.reason());
            h.setRecordedBy(change.recordedBy());
            history.add(h);
        });
        RecipientRepository.insertRows(dsl, HARDSHIP_STATUS_HISTORY, history);
        return ids;
    }

    private static void fill(HardshipFileRecord r, HardshipFile f, long recipientId, String operator) {
        r.setRecipientId(recipientId);
        r.setFileNumber(f.fileNumber());
        r.setHardshipType(f.hardshipType().code());
        r.setStatus(f.status().code());
        r.setPhasingOutUntil(f.phasingOutUntil());
        r.setMainCause(code(f.mainCause()));
        List<HardshipCause> sec = f.secondaryCauses();
        r.setSecondaryCause_1(sec.size() > 0 ? sec.get(0).code() : null);
        r.setSecondaryCause_2(sec.size() > 1 ? sec.get(1).code() : null);
        r.setSecondaryCause_3(sec.size() > 2 ? sec.get(2).code() : null);
        HardshipFile.Profile p = f.profile();
        r.setEthnicity(p.ethnicity());
        r.setPoliticalStatus(p.politicalStatus());
        r.setHealth(p.health());
        r.setDisability(p.disability());
        r.setWorkStatus(code(p.workStatus()));
        r.setModelWorkerType(p.modelWorkerType());
        r.setHousingType(p.housingType());
        r.setHousingArea(p.housingArea());
        r.setMaritalStatus(p.maritalStatus());
        r.setHukouType(p.hukouType());
        r.setSingleParent(p.singleParent());
        r.setZeroEmployment(p.zeroEmployment());
        r.setMedicalInsurance(p.medicalInsurance());
        HardshipFile.Income i = f.income();
        r.setOwnMonthlyIncome(i.ownMonthlyIncome());
        r.setHouseholdAnnualIncome(i.householdAnnualIncome());
        r.setRigidExpenditure(i.rigidExpenditure());
        r.setHouseholdSize(i.householdSize());
        r.setMonthlyIncomePerCapita(i.monthlyIncomePerCapita());
        r.setBankName(f.bankAccount().bankName());
        r.setBankAccount(f.bankAccount().accountNumber());
        r.setPairedCadre(f.pairedCadre());
        r.setPairedCadrePhone(f.pairedCadrePhone());
        r.setFiledBy(f.filedBy());
        r.setReviewedBy(f.reviewedBy());
        r.setFiledOn(f.filedOn());
        r.setUpdatedAt(LocalDateTime.now());
        r.setUpdatedBy(operator);
    }

    public void addStatusChange(long fileId, StatusChange change) {
        dsl.insertInto(HARDSHIP_STATUS_HISTORY)
                .set(HARDSHIP_STATUS_HISTORY.FILE_ID, fileId)
                .set(HARDSHIP_STATUS_HISTORY.STATUS, change.status().code())
                .set(HARDSHIP_STATUS_HISTORY.HARDSHIP_TYPE, code(change.hardshipType()))
                .set(HARDSHIP_STATUS_HISTORY.CHANGED_ON, change.changedOn())
                .set(HARDSHIP_STATUS_HISTORY.REASON, change.reason())
                .set(HARDSHIP_STATUS_HISTORY.RECORDED_BY, change.recordedBy())
                .execute();
    }

    public List<StatusChange> statusHistory(long fileId) {
        return dsl.selectFrom(HARDSHIP_STATUS_HISTORY).where(HARDSHIP_STATUS_HISTORY.FILE_ID.eq(fileId))
                .orderBy(HARDSHIP_STATUS_HISTORY.CHANGED_ON, HARDSHIP_STATUS_HISTORY.ID)
                .fetch(r -> new StatusChange(CodedEnum.fromCode(FileStatus.class, r.getStatus()),
                        CodedEnum.fromCode(HardshipType.class, r.getHardshipType()), r.getChangedOn(), r.getReason(),
                        r.getRecordedBy()));
    }

    /** Replaces the household's members; call it after the file's guarded {@link #save}, whose version covers them. */
    public void replaceFamily(long fileId, String operator, List<FamilyMember> members) {
        dsl.deleteFrom(FAMILY_MEMBER).where(FAMILY_MEMBER.FILE_ID.eq(fileId)).execute();
        int order = 0;
        for (FamilyMember m : members) {
            FamilyMemberRecord r = dsl.newRecord(FAMILY_MEMBER);
            r.setFileId(fileId);
            r.setName(m.name());
            r.setRelation(m.relation());
            r.setGender(code(m.gender()));
            r.setIdNumber(m.idNumber());
            r.setBirthDate(m.birthDate());
            r.setHealth(m.health());
            r.setMonthlyIncome(m.monthlyIncome());
            r.setMedicalInsurance(m.medicalInsurance());
            r.setEmployerOrSchool(m.employerOrSchool());
            r.setSortOrder(order++);
            r.setUpdatedBy(operator);
            r.setUpdatedAt(LocalDateTime.now());
            r.store();
        }
    }

    public List<FamilyMember> family(long fileId) {
        return dsl.selectFrom(FAMILY_MEMBER).where(FAMILY_MEMBER.FILE_ID.eq(fileId)).orderBy(FAMILY_MEMBER.SORT_ORDER)
                .fetch(r -> new FamilyMember(r.getId(), r.getName(), r.getRelation(),
                        CodedEnum.fromCode(Gender.class, r.getGender()), r.getIdNumber(), r.getBirthDate(),
                        r.getHealth(), r.getMonthlyIncome(), r.getMedicalInsurance(), r.getEmployerOrSchool()));
    }

    private static String code(CodedEnum e) {
        return e == null ? null : e.code();
    }

    static HardshipFile toDomain(HardshipFileRecord r) {
        List<HardshipCause> secondary = new ArrayList<>();
        Stream.of(r.getSecondaryCause_1(), r.getSecondaryCause_2(), r.getSecondaryCause_3())
                .filter(c -> c != null).forEach(c -> secondary.add(HardshipCause.valueOf(c)));
        return new HardshipFile(r.getId(), r.getRecipientId(), r.getFileNumber(),
                CodedEnum.fromCode(HardshipType.class, r.getHardshipType()),
                CodedEnum.fromCode(FileStatus.class, r.getStatus()), r.getPhasingOutUntil(),
                CodedEnum.fromCode(HardshipCause.class, r.getMainCause()), secondary,
                new HardshipFile.Profile(r.getEthnicity(), r.getPoliticalStatus(), r.getHealth(), r.getDisability(),
                        CodedEnum.fromCode(WorkStatus.class, r.getWorkStatus()), r.getModelWorkerType(),
                        r.getHousingType(), r.getHousingArea(), r.getMaritalStatus(), r.getHukouType(),
                        r.getSingleParent(), r.getZeroEmployment(), r.getMedicalInsurance()),
                new HardshipFile.Income(r.getOwnMonthlyIncome(), r.getHouseholdAnnualIncome(), r.getRigidExpenditure(),
                        r.getHouseholdSize(), r.getMonthlyIncomePerCapita()),
                new HardshipFile.BankAccount(r.getBankName(), r.getBankAccount()), r.getPairedCadre(),
                r.getPairedCadrePhone(), r.getFiledBy(), r.getReviewedBy(), r.getFiledOn(), r.getRowVersion());
    }
}
