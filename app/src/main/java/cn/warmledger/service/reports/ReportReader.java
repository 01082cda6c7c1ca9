package cn.warmledger.service.reports;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.warmledger.domain.CampaignRef;
import cn.warmledger.domain.InvalidValueException;
import cn.warmledger.domain.Messages;
import cn.warmledger.domain.Organization;
import cn.warmledger.domain.ReportKind;
import cn.warmledger.domain.StatFields;
import cn.warmledger.excel.ReportData;
import cn.warmledger.persistence.OrganizationRepository;
import cn.warmledger.persistence.ReportRepository;
import cn.warmledger.persistence.SettingsRepository;
import cn.warmledger.persistence.Transactor;
import cn.warmledger.service.common.CurrentOperator;
import cn.warmledger.service.settings.SettingKeys;

/**
 * Reads what an output is filled with, all of it in one snapshot: who fills it in (本单位, 填报人, 联系电话), the
 * campaign or year, and the figures or roster lines. An output needs 本单位: without it the visits that belong to
 * no 基层工会 would have no row, so the read is refused naming the missing setting.
 */
final class ReportReader {
    private final ReportRepository reports;
    private final OrganizationRepository organizations;
    private final SettingsRepository settings;
    private final CurrentOperator operator;
    private final Transactor tx;
    private final Clock clock;

    ReportReader(ReportRepository reports, OrganizationRepository organizations, SettingsRepository settings,
                 CurrentOperator operator, Transactor tx, Clock clock) {
        this.reports = reports;
        this.organizations = organizations;
        this.settings = settings;
        this.operator = operator;
        this.tx = tx;
        this.clock = clock;
    }

    ReportSnapshot read(ReportRequest request) {
        return tx.readSnapshot(() -> readNow(request));
    }

    private ReportSnapshot readNow(ReportRequest request) {
        Organization self = organizations.findSelf().orElseThrow(this::noSelf);
        ReportModels.Header header = header(self);
        List<String> warnings = new ArrayList<>();
        if (!request.kind().perCampaign()) {
            if (request.year() == null) {
                throw new InvalidValueException(Messages.get("report.year"), Messages.get("error.required"));
            }
            ReportData data = ReportModels.forYear(header, request.year(), reports.aidCenter(request.year()));
            if (allZero(data)) {
                warnings.add(Messages.get("report.emptyYear", String.valueOf(request.year())));
            }
            return new ReportSnapshot(request, null, header, data, warnings);
        }
        CampaignRef campaign = campaign(request.campaignId());
        String unitName = header.orgName();
        if (request.unitCode() != null) {
            unitName = organizations.findByCode(request.unitCode()).map(Organization::name)
                    .orElseThrow(() -> new InvalidValueException(Messages.get("report.unit"),
                            Messages.get("report.unknownUnit", request.unitCode())));
        }
        // the built-in layouts use one list each; the upper union's own template may use both
        boolean both = request.template() != null;
        boolean roster = request.kind() == ReportKind.ROSTER;
        ReportData data = ReportModels.forCampaign(header, campaign,
                both || !roster ? reports.warmthStats(campaign.id()) : List.of(),
                both || roster ? reports.roster(campaign.id(), request.unitCode()) : List.of(),
                unitName, request.fullId());
        if (request.kind() == ReportKind.ROSTER && data.rows(ReportModels.PEOPLE).isEmpty()) {
            warnings.add(request.unitCode() == null ? Messages.get("report.emptyRoster", campaign.name())
                    : Messages.get("report.emptyUnitRoster", campaign.name(), unitName));
        } else if (request.kind() != ReportKind.ROSTER && data.rows(ReportModels.UNITS).stream()
                .allMatch(row -> isZero(row.get(StatFields.VISIT_COUNT)))) {
            warnings.add(Messages.get("report.noVisits", campaign.name()));
        }
        return new ReportSnapshot(request, campaign, header, data, warnings);
    }

    private InvalidValueException noSelf() {
        boolean code = settings.get(SettingKeys.ORG_CODE).filter(v -> !v.isBlank()).isPresent();
        boolean name = settings.get(SettingKeys.ORG_NAME).filter(v -> !v.isBlank()).isPresent();
        String missing = !code && !name ? SettingKeys.ORG_CODE + "、" + SettingKeys.ORG_NAME
                : !name ? SettingKeys.ORG_NAME : SettingKeys.ORG_CODE;
        String what = !code && !name ? Messages.get("report.selfCodeAndName")
                : !name ? Messages.get("report.selfName") : Messages.get("report.selfCode");
        return new InvalidValueException(Messages.get("report.self"), Messages.get("report.noSelf", what, missing));
    }

    /**
     * Who fills the table in: 本单位 (its name, code and phone — org.phone when the unit has none), the 上级单位,
     * 填报人 (org.preparer, else the signed-in operator; blank rather than a made-up name) and today.
     */
    ReportModels.Header header() {
        return header(organizations.findSelf().orElse(null));
    }

    private ReportModels.Header header(Organization self) {
        String phone = self == null || self.phone() == null || self.phone().isBlank()
                ? setting(SettingKeys.ORG_PHONE) : self.phone();
        String preparer = settings.get(SettingKeys.ORG_PREPARER).filter(v -> !v.isBlank()).map(String::strip)
                .orElse(operator.signedIn().orElse(""));
        return new ReportModels.Header(self == null ? setting(SettingKeys.ORG_NAME) : self.name(),
                self == null ? setting(SettingKeys.ORG_CODE) : self.code(), setting(SettingKeys.ORG_PARENT), preparer,
                phone, LocalDate.now(clock));
    }

    private String setting(String key) {
        return settings.get(key).orElse("");
    }

    CampaignRef campaign(Long id) {
        if (id == null) {
            throw new InvalidValueException(Messages.get("report.campaign"), Messages.get("error.required"));
        }
        return reports.campaign(id).orElseThrow(() -> new InvalidValueException(Messages.get("report.campaign"),
                Messages.get("report.unknownCampaign", id)));
    }

    private static boolean allZero(ReportData data) {
        return data.rows(ReportModels.UNITS).stream().allMatch(row -> row.entrySet().stream()
                .filter(e -> StatFields.all().contains(e.getKey())).allMatch(e -> isZero(e.getValue())));
    }

    private static boolean isZero(Object value) {
        return value == null || value instanceof BigDecimal b && b.signum() == 0
                || value instanceof Number n && n.doubleValue() == 0;
    }

    /** For the in-app guide and template checks: the fields an output offers, with nothing in them. */
    static ReportData emptyData(ReportKind kind, LocalDate today) {
        ReportModels.Header blank = new ReportModels.Header("", "", "", "", "", today);
        return kind.perCampaign()
                ? ReportModels.forCampaign(blank, new CampaignRef(0, "", 0), List.of(), List.of(), "", false)
                : ReportModels.forYear(blank, 0, List.of());
    }

    /** Rows of the county's consolidated table (already in the table's units) under this unit's header. */
    ReportData rowsData(ReportKind kind, Long campaignId, Integer year, List<Map<String, Object>> unitRows) {
        if (!kind.perCampaign()) {
            return ReportModels.forYearRows(header(), year, unitRows);
        }
        return ReportModels.forCampaignRows(header(), campaign(campaignId), unitRows);
    }
}
