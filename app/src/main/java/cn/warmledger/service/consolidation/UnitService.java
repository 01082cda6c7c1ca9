package cn.warmledger.service.consolidation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import cn.warmledger.domain.AuditAction;
import cn.warmledger.domain.InvalidValueException;
import cn.warmledger.domain.Messages;
import cn.warmledger.domain.Organization;
import cn.warmledger.domain.OrganizationKind;
import cn.warmledger.domain.PhoneNumber;
import cn.warmledger.excel.importing.RawRow;
import cn.warmledger.excel.importing.SheetData;
import cn.warmledger.excel.importing.SpreadsheetReader;
import cn.warmledger.persistence.OrganizationRepository;
import cn.warmledger.persistence.Transactor;
import cn.warmledger.service.safety.AuditTrail;

/**
 * 下级单位: the units a county (or city) expects to report, entered one by one or taken from an .xlsx list.
 * Their codes are the key the received submissions are matched on, so a code can't belong to 本单位 or a
 * 基层工会 as well.
 */
public final class UnitService {
    private static final Pattern CODE = Pattern.compile("[0-9A-Za-z_\\-.]{1,64}");
    private static final int HEADER_SEARCH_ROWS = 20;

    private final OrganizationRepository organizations;
    private final Transactor tx;
    private final AuditTrail audit;

    public UnitService(OrganizationRepository organizations, Transactor tx, AuditTrail audit) {
        this.organizations = organizations;
        this.tx = tx;
        this.audit = audit;
    }

    public List<Organization> list() {
        return organizations.ofKind(OrganizationKind.SUBORDINATE);
    }

    public Optional<Organization> find(String code) {
        String wanted = code == null ? "" : code.strip();
        return list().stream().filter(o -> o.code().equals(wanted)).findFirst();
    }

    /** Adds a 下级单位, or updates the one with the same code; returns its id. */
    public long save(UnitDraft draft) {
        Organization checked = check(draft);
        return tx.inTransaction(() -> store(checked));
    }

    private long store(Organization checked) {
        Optional<Organization> existing = organizations.findByCode(checked.code());
        existing.filter(o -> o.kind() != OrganizationKind.SUBORDINATE).ifPresent(o -> {
            throw new InvalidValueException(Messages.get("unit.code"),
                    Messages.get("unit.codeTaken", checked.code(), o.name(), o.kind().label()));
        });
        Organization before = existing.orElse(null);
        long id = organizations.save(checked);
        audit.record(AuditTrail.ORGANIZATION, id, before == null ? AuditAction.INSERT : AuditAction.UPDATE, before,
                organizations.findById(id).orElse(checked));
        return id;
    }

    public void remove(String code) {
        tx.run(() -> {
            Organization unit = find(code).orElseThrow(() -> new InvalidValueException(Messages.get("unit.code"),
                    Messages.get("unit.notFound", code)));
            organizations.softDelete(unit.id());
            audit.record(AuditTrail.ORGANIZATION, unit.id(), AuditAction.DELETE, unit, null);
        });
    }

    /**
     * Takes the units of an .xlsx/.xls/.csv list: the header row is the first with 单位代码 and 单位名称 columns
     * (联系人 and 联系电话 are optional). Valid rows are added or updated in one transaction; every other row is
     * reported by its row number and reason and changes nothing.
     */
    public UnitImportResult importFile(Path file) {
        if (!SpreadsheetReader.isSupported(file)) {
            throw new InvalidValueException(Messages.get("import.file"),
                    Messages.get("import.unsupported", file.getFileName().toString()));
        }
        SheetData sheet = SpreadsheetReader.read(file, null);
        Columns columns = findHeader(sheet).orElseThrow(() -> new InvalidValueException(
                file.getFileName().toString(), Messages.get("unit.import.noHeader")));
        List<Organization> valid = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (RawRow row : sheet.rows()) {
            if (row.rowNumber() <= columns.headerRow() || row.isBlank()
                    || isTotal(row.text(columns.name())) || isTotal(row.text(columns.code()))) {
                continue;
            }
            try {
                Organization unit = check(new UnitDraft(row.text(columns.code()), row.text(columns.name()),
                        columns.contact() < 0 ? null : row.text(columns.contact()),
                        columns.phone() < 0 ? null : row.text(columns.phone())));
                Integer first = seen.putIfAbsent(unit.code(), row.rowNumber());
                if (first != null) {
                    throw new InvalidValueException(Messages.get("unit.code"),
                            Messages.get("unit.import.twice", unit.code(), String.valueOf(first)));
                }
                valid.add(unit);
            } catch (InvalidValueException e) {
                problems.add(Messages.get("unit.import.row", String.valueOf(row.rowNumber()), e.getMessage()));
            }
        }
        int[] counts = new int[2];
        tx.run(() -> {
            for (Organization unit : valid) {
                boolean known = find(unit.code()).isPresent();
                store(unit);
                counts[known ? 1 : 0]++;
            }
        });
        return new UnitImportResult(counts[0], counts[1], problems);
    }

    private static Organization check(UnitDraft draft) {
        String code = draft.code() == null ? "" : draft.code().strip();
        String name = draft.name() == null ? "" : draft.name().strip();
        if (code.isEmpty()) {
            throw new InvalidValueException(Messages.get("unit.code"), Messages.get("error.required"));
        }
        if (!CODE.matcher(code).matches()) {
            throw new InvalidValueException(Messages.get("unit.code"), Messages.get("unit.badCode", code));
        }
        if (name.isEmpty()) {
            throw new InvalidValueException(Messages.get("unit.name"), Messages.get("error.required"));
        }
        String contact = draft.contact() == null || draft.contact().isBlank() ? null : draft.contact().strip();
        String phone;
        try {
            phone = PhoneNumber.parse(draft.phone());
        } catch (InvalidValueException e) {
            throw new InvalidValueException(Messages.get("unit.phone"), e.reason());
        }
        return new Organization(null, code, name, OrganizationKind.SUBORDINATE, null, contact,
                phone == null || phone.isEmpty() ? null : phone);
    }

    private record Columns(int headerRow, int code, int name, int contact, int phone) {
    }

    private static Optional<Columns> findHeader(SheetData sheet) {
        for (RawRow row : sheet.rows()) {
            if (row.rowNumber() > HEADER_SEARCH_ROWS) {
                break;
            }
            int code = -1;
            int name = -1;
            int contact = -1;
            int phone = -1;
            for (int c = 0; c < row.cells().size(); c++) {
                String h = row.text(c).replaceAll("\\s", "");
                if (code < 0 && (h.equals("单位代码") || h.equals("代码") || h.equals("单位编码") || h.equals("编码"))) {
                    code = c;
                } else if (name < 0 && (h.equals("单位名称") || h.equals("名称") || h.equals("单位")
                        || h.equals("工会名称"))) {
                    name = c;
                } else if (contact < 0 && (h.equals("联系人") || h.equals("负责人") || h.equals("经办人"))) {
                    contact = c;
                } else if (phone < 0 && (h.equals("联系电话") || h.equals("电话") || h.equals("手机")
                        || h.equals("手机号码"))) {
                    phone = c;
                }
            }
            if (code >= 0 && name >= 0) {
                return Optional.of(new Columns(row.rowNumber(), code, name, contact, phone));
            }
        }
        return Optional.empty();
    }

    private static boolean isTotal(String text) {
        String t = text.replaceAll("\\s", "");
        return t.equals("合计") || t.equals("总计");
    }
}
