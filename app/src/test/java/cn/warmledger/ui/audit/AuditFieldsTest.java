package cn.warmledger.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.warmledger.service.safety.AuditTrail;

/** Every field the 操作日志 can list has a Chinese name: no English component name reaches the clerk. */
class AuditFieldsTest {

    @Test
    void everyLoggedRecordFieldHasAChineseName() {
        List<String> english = new ArrayList<>();
        for (String entity : List.of(AuditTrail.RECIPIENT, AuditTrail.HARDSHIP_FILE, AuditTrail.FAMILY_MEMBER,
                AuditTrail.VISIT, AuditTrail.CAMPAIGN, AuditTrail.FUND_RAISED, AuditTrail.ENTERPRISE,
                AuditTrail.ENTERPRISE_VISIT, AuditTrail.ORGANIZATION, AuditTrail.SERVICE_ITEM,
                AuditTrail.RECEIVED_SUBMISSION)) {
            collect(entity, AuditFields.recordOf(entity).orElseThrow(), english);
        }
        // the keys of the entries written from maps rather than records
        for (String[] f : new String[][] {{AuditTrail.CAMPAIGN, "reason"}, {AuditTrail.SERVICE_TALLY, "campaignId"},
                {AuditTrail.SERVICE_TALLY, "itemCode"}, {AuditTrail.SERVICE_TALLY, "quantity"},
                {AuditTrail.CAMPAIGN_ALIAS, "alias"}, {AuditTrail.CAMPAIGN_ALIAS, "campaignId"},
                {AuditTrail.CAMPAIGN_ALIAS, "submissions"}, {AuditTrail.RECEIVED_SUBMISSION, "pinned"}}) {
            check(f[0], f[1], english);
        }
        assertThat(english).isEmpty();
    }

    private static void collect(String entity, Class<?> record, List<String> english) {
        for (RecordComponent c : record.getRecordComponents()) {
            if (AuditFields.HIDDEN.contains(c.getName())) {
                continue;
            }
            if (c.getType().isRecord() && !c.getType().getName().endsWith("ReceivedFile")) {
                collect(entity, c.getType(), english);
            } else {
                check(entity, c.getName(), english);
            }
        }
    }

    private static void check(String entity, String field, List<String> english) {
        String label = AuditFields.label(entity, field);
        if (label.matches(".*[A-Za-z].*")) {
            english.add(entity + "." + field + "=" + label);
        }
    }

    @Test
    void codesReadAsTheirLabelsAndNumbersAreMasked() {
        var changes = AuditDiff.changes(AuditTrail.VISIT, "走访慰问",
                "{\"form\":\"HOME_VISIT\",\"hardshipType\":\"DEEP\",\"cash\":800.00,\"signed\":false}",
                "{\"form\":\"PHONE_CALL\",\"hardshipType\":\"DEEP\",\"cash\":1000.00,\"signed\":true,\"note\":\"补发\"}",
                "走访慰问", id -> null).orElseThrow();
        assertThat(changes).extracting(AuditDiff.FieldChange::field, AuditDiff.FieldChange::before,
                AuditDiff.FieldChange::after).containsExactly(
                org.assertj.core.groups.Tuple.tuple("慰问形式", "上门走访", "电话慰问"),
                org.assertj.core.groups.Tuple.tuple("慰问金", "800.00", "1000.00"),
                org.assertj.core.groups.Tuple.tuple("已签收", "否", "是"),
                org.assertj.core.groups.Tuple.tuple("备注", "", "补发"));
        // an older entry without the field, a family member's 身份证号 masked
        var family = AuditDiff.changes(AuditTrail.FAMILY_MEMBER, "家庭成员",
                "[{\"name\":\"韩小雨\"}]", "[{\"name\":\"韩小雨\",\"idNumber\":\"340102201001011234\"}]",
                "家庭成员", id -> null).orElseThrow();
        assertThat(family).containsExactly(new AuditDiff.FieldChange("家庭成员1：身份证号", "", "340102********1234"));
        assertThat(AuditDiff.changes(AuditTrail.VISIT, "走访慰问", "{broken", null, "走访慰问", id -> null)).isEmpty();
        // a setting's value that is an enum's lower-case name reads as the enum's label
        assertThat(AuditDiff.changes(AuditTrail.SETTING, "设置", "folder", "email", "上报方式",
                AuditFields.settingType(cn.warmledger.service.settings.SettingKeys.SYNC_TRANSPORT), id -> null).orElseThrow())
                .containsExactly(new AuditDiff.FieldChange("上报方式", cn.warmledger.domain.TransportKind.FOLDER.label(),
                        cn.warmledger.domain.TransportKind.EMAIL.label()));
    }
}
