package cn.warmledger.persistence;

import static cn.warmledger.persistence.jooq.Tables.ORGANIZATION;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;

import cn.warmledger.domain.CodedEnum;
import cn.warmledger.domain.Organization;
import cn.warmledger.domain.OrganizationKind;
import cn.warmledger.persistence.jooq.tables.records.OrganizationRecord;

/** 单位: 本单位, its 基层工会, 下级单位 and the 上级单位. */
public final class OrganizationRepository {
    private final DSLContext dsl;

    public OrganizationRepository(Database database) {
        this.dsl = database.dsl();
    }

    public Optional<Organization> findSelf() {
        return ofKind(OrganizationKind.SELF).stream().findFirst();
    }

    public List<Organization> ofKind(OrganizationKind kind) {
        return dsl.selectFrom(ORGANIZATION)
                .where(ORGANIZATION.KIND.eq(kind.code()).and(ORGANIZATION.DELETED_AT.isNull()))
                .orderBy(ORGANIZATION.CODE)
                .fetch(OrganizationRepository::toDomain);
    }

    /** Units a recipient can belong to: 本单位 first, then its 基层工会. */
    public List<Organization> recipientUnits() {
        return dsl.selectFrom(ORGANIZATION)
                .where(ORGANIZATION.KIND.in(OrganizationKind.SELF.code(), OrganizationKind.GRASSROOTS.code())
                        .and(ORGANIZATION.DELETED_AT.isNull()))
                .orderBy(ORGANIZATION.KIND.desc(), ORGANIZATION.CODE)
                .fetch(OrganizationRepository::toDomain);
    }

    public Optional<Organization> findByCode(String code) {
        return dsl.selectFrom(ORGANIZATION).where(ORGANIZATION.CODE.eq(code)).fetchOptional(OrganizationRepository::toDomain);
    }

    public Optional<Organization> findById(long id) {
        return dsl.selectFrom(ORGANIZATION).where(ORGANIZATION.ID.eq(id)).fetchOptional(OrganizationRepository::toDomain);
    }

    /** Inserts, or updates the unit with the same code; returns its id. */
    public long save(Organization org) {
        OrganizationRecord r = dsl.selectFrom(ORGANIZATION).where(ORGANIZATION.CODE.eq(org.code())).fetchOptional()
                .orElseGet(() -> dsl.newRecord(ORGANIZATION));
        r.setCode(org.code());
        r.setName(org.name());
        r.setKind(org.kind().code());
        r.setParentId(org.parentId());
        r.setContact(org.contact());
        r.setPhone(org.phone());
        r.setDeletedAt(null);
        r.store();
        return r.getId();
    }

    public void softDelete(long id) {
        dsl.update(ORGANIZATION).set(ORGANIZATION.DELETED_AT, LocalDateTime.now())
                .where(ORGANIZATION.ID.eq(id)).execute();
    }

    /** Renames 本单位 in place (its code and name), keeping its id and everything that points to it. */
    public void updateSelf(String code, String name) {
        dsl.update(ORGANIZATION).set(ORGANIZATION.CODE, code).set(ORGANIZATION.NAME, name)
                .where(ORGANIZATION.KIND.eq(OrganizationKind.SELF.code())).execute();
    }

    /** 本单位's 联系电话 (null clears it). */
    public void updateSelfPhone(String phone) {
        dsl.update(ORGANIZATION).set(ORGANIZATION.PHONE, phone)
                .where(ORGANIZATION.KIND.eq(OrganizationKind.SELF.code())).execute();
    }

    static Organization toDomain(OrganizationRecord r) {
        return new Organization(r.getId(), r.getCode(), r.getName(),
                CodedEnum.fromCode(OrganizationKind.class, r.getKind()), r.getParentId(), r.getContact(), r.getPhone());
    }
}
