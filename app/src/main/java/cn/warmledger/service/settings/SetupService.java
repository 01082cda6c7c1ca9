package cn.warmledger.service.settings;

import java.math.BigDecimal;
import java.util.Optional;

import cn.warmledger.domain.InvalidValueException;
import cn.warmledger.domain.Messages;
import cn.warmledger.domain.Money;
import cn.warmledger.domain.Organization;
import cn.warmledger.domain.OrganizationKind;
import cn.warmledger.persistence.OrganizationRepository;
import cn.warmledger.persistence.SettingsRepository;
import cn.warmledger.persistence.Transactor;
import cn.warmledger.service.safety.AuditTrail;
import cn.warmledger.service.common.CurrentOperator;

/** First run: 本单位, 上级单位, the operator and the local 低保标准. */
public final class SetupService {
    private final SettingsRepository settings;
    private final OrganizationRepository organizations;
    private final Transactor tx;
    private final CurrentOperator operator;
    private final AuditTrail audit;

    public SetupService(SettingsRepository settings, OrganizationRepository organizations, Transactor tx,
                        CurrentOperator operator, AuditTrail audit) {
        this.settings = settings;
        this.organizations = organizations;
        this.tx = tx;
        this.operator = operator;
        this.audit = audit;
    }

    public boolean isSetUp() {
        return organizations.findSelf().isPresent() && settings.get(SettingKeys.OPERATOR_NAME).isPresent();
    }

    public record Setup(String orgName, String orgCode, String parentName, String operatorName,
                        BigDecimal minimumLivingStandard) {
    }

    /**
     * What is known before the first-run page is filled in: values a county IT person set beforehand with
     * {@code settings set org.*}, so the page shows them instead of asking again.
     */
    public Setup known() {
        return new Setup(settings.get(SettingKeys.ORG_NAME).orElse(""), settings.get(SettingKeys.ORG_CODE).orElse(""),
                settings.get(SettingKeys.ORG_PARENT).orElse(""), settings.get(SettingKeys.OPERATOR_NAME).orElse(""),
                minimumLivingStandard().orElse(null));
    }

    public void complete(Setup s) {
        require(s.orgName(), "field.orgName");
        require(s.orgCode(), "field.orgCode");
        require(s.operatorName(), "field.operatorName");
        if (s.minimumLivingStandard() != null) {
            Money.checked(Messages.get("field.minimumLivingStandard"), s.minimumLivingStandard(),
                    s.minimumLivingStandard().toPlainString());
        }
        tx.run(() -> {
            Long parentId = null;
            if (s.parentName() != null && !s.parentName().isBlank()) {
                parentId = organizations.save(new Organization(null, "PARENT", s.parentName().strip(),
                        OrganizationKind.PARENT, null, null, null));
                put(SettingKeys.ORG_PARENT, s.parentName().strip());
            }
            organizations.save(new Organization(null, s.orgCode().strip(), s.orgName().strip(), OrganizationKind.SELF,
                    parentId, null, null));
            put(SettingKeys.ORG_CODE, s.orgCode().strip());
            put(SettingKeys.ORG_NAME, s.orgName().strip());
            put(SettingKeys.OPERATOR_NAME, s.operatorName().strip());
            if (s.minimumLivingStandard() != null) {
                put(SettingKeys.MINIMUM_LIVING_STANDARD, Money.yuan(s.minimumLivingStandard()).toPlainString());
            }
        });
        operator.signIn(s.operatorName().strip());
    }

    /** Writes a (non-secret) setting and logs the change in the 操作日志. */
    private void put(String key, String value) {
        Optional<String> before = settings.get(key);
        settings.put(key, value, false);
        if (!before.equals(Optional.of(value))) {
            audit.record(AuditTrail.SETTING, key, before.isPresent() ? cn.warmledger.domain.AuditAction.UPDATE
                    : cn.warmledger.domain.AuditAction.INSERT, before.orElse(null), value);
        }
    }

    public Optional<BigDecimal> minimumLivingStandard() {
        return settings.get(SettingKeys.MINIMUM_LIVING_STANDARD).map(BigDecimal::new);
    }

    public Optional<Organization> self() {
        return organizations.findSelf();
    }

    private static void require(String value, String fieldKey) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(Messages.get(fieldKey), Messages.get("error.required"));
        }
    }
}
