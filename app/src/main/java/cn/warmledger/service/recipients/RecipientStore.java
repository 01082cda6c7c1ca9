package cn.warmledger.service.recipients;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import cn.warmledger.domain.AuditAction;
import cn.warmledger.domain.FamilyMember;
import cn.warmledger.domain.FileStatus;
import cn.warmledger.domain.HardshipFile;
import cn.warmledger.domain.IdNumber;
import cn.warmledger.domain.Messages;
import cn.warmledger.domain.Recipient;
import cn.warmledger.domain.RecipientCategory;
import cn.warmledger.domain.StatusChange;
import cn.warmledger.domain.Trimmed;
import cn.warmledger.persistence.HardshipFileRepository;
import cn.warmledger.persistence.RecipientRepository;
import cn.warmledger.service.common.CurrentOperator;
import cn.warmledger.service.safety.AuditTrail;

/**
 * One recipient written as {@link RecipientService#save} writes it, inside the caller's transaction: the duplicate
 * 身份证号 rule, the row, its hardship file (or the file closed when the person is no longer a 困难职工) with its
 * status history and family, each change in the audit trail.
 */
final class RecipientStore {
    private final RecipientRepository recipients;
    private final HardshipFileRepository files;
    private final CurrentOperator operator;
    private final AuditTrail audit;

    RecipientStore(RecipientRepository recipients, HardshipFileRepository files, CurrentOperator operator,
                   AuditTrail audit) {
        this.recipients = recipients;
        this.files = files;
        this.operator = operator;
        this.audit = audit;
    }

    long store(Recipient r, RecipientDraft draft) {
        recipients.findByIdNumber(r.idNumber())
                .filter(existing -> !Objects.equals(existing.id(), r.id()))
                .ifPresent(existing -> {
                    throw new DuplicateRecipientException(existing);
                });
        Optional<Recipient> before = r.id() == null ? Optional.empty() : recipients.findById(r.id());
        long id;
        if (r.id() == null) {
            id = recipients.insert(r, operator.name());
        } else {
            recipients.update(r, operator.name());
            id = r.id();
        }
        audit.record(AuditTrail.RECIPIENT, id, before.isPresent() ? AuditAction.UPDATE : AuditAction.INSERT,
                before.orElse(null), recipients.findById(id).orElse(null));
        if (r.isHardshipWorker()) {
            saveFile(id, draft);
        } else {
            closeFile(id, r.category());
        }
        return id;
    }

    /**
     * The recipient is no longer a 困难职工 (对象类别 changed): a file still 在档 or 渐退 is 注销 today, with that entry
     * in its status history, so the 在档 figures read the one record. 注销 rather than 退档: 退档 says 已脱困, and
     * nobody found that the household got out of hardship; the file is closed because the person left the register
     * of 困难职工. A file already 退档 or 注销 is left as it is.
     */
    private void closeFile(long recipientId, RecipientCategory category) {
        Optional<HardshipFile> before = files.findByRecipient(recipientId)
                .filter(f -> f.status() == FileStatus.ACTIVE || f.status() == FileStatus.PHASING_OUT);
        if (before.isEmpty()) {
            return;
        }
        HardshipFile f = before.get();
        long fileId = files.save(f.withStatus(FileStatus.CANCELLED), recipientId, operator.name());
        audit.record(AuditTrail.HARDSHIP_FILE, fileId, AuditAction.UPDATE, f,
                files.findByRecipient(recipientId).orElse(null));
        files.addStatusChange(fileId, new StatusChange(FileStatus.CANCELLED, f.hardshipType(), LocalDate.now(),
                Messages.get("hardship.categoryChanged", category.label()), operator.name()));
    }

    private void saveFile(long recipientId, RecipientDraft draft) {
        HardshipFile f = draft.hardshipFile();
        Optional<HardshipFile> before = files.findByRecipient(recipientId);
        List<FamilyMember> familyBefore = before.map(b -> files.family(b.id())).orElse(List.of());
        long fileId = files.save(f, recipientId, operator.name());
        audit.record(AuditTrail.HARDSHIP_FILE, fileId, before.isPresent() ? AuditAction.UPDATE : AuditAction.INSERT,
                before.orElse(null), files.findByRecipient(recipientId).orElse(null));
        boolean changed = before.map(b -> b.status() != f.status() || b.hardshipType() != f.hardshipType())
                .orElse(true);
        if (changed) {
            files.addStatusChange(fileId, new StatusChange(f.status(), f.hardshipType(), LocalDate.now(),
                    Trimmed.orNull(draft.statusReason()), operator.name()));
        }
        files.replaceFamily(fileId, operator.name(), draft.family().stream().map(m -> m.idNumber() == null || m.idNumber().isBlank()
                ? m : new FamilyMember(m.id(), m.name(), m.relation(), m.gender(), IdNumber.parse(m.idNumber()).value(),
                m.birthDate(), m.health(), m.monthlyIncome(), m.medicalInsurance(), m.employerOrSchool())).toList());
        List<FamilyMember> familyAfter = files.family(fileId);
        if (!withoutIds(familyBefore).equals(withoutIds(familyAfter))) {
            AuditAction action = familyBefore.isEmpty() ? AuditAction.INSERT
                    : familyAfter.isEmpty() ? AuditAction.DELETE : AuditAction.UPDATE;
            audit.record(AuditTrail.FAMILY_MEMBER, fileId, action, familyBefore, familyAfter);
        }
    }

    private static List<FamilyMember> withoutIds(List<FamilyMember> members) {
        return members.stream().map(m -> new FamilyMember(null, m.name(), m.relation(), m.gender(), m.idNumber(),
                m.birthDate(), m.health(), m.monthlyIncome(), m.medicalInsurance(), m.employerOrSchool())).toList();
    }
}
