package cn.warmledger.service.bench;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.warmledger.domain.ChineseNumerals;
import cn.warmledger.domain.CodedEnum;
import cn.warmledger.domain.Gender;
import cn.warmledger.domain.HardshipType;
import cn.warmledger.domain.IdNumber;
import cn.warmledger.domain.Messages;
import cn.warmledger.domain.RecipientCategory;
import cn.warmledger.excel.BareRoster;

/**
 * The bare side of {@code roster_xlsx_ms}: the rows of the bare roster SELECT turned into the ten cells the printed
 * 花名册 shows (序号, 姓名, 性别, masked 身份证号, 工作单位, 类别/困难类型, 慰问金, 慰问品, 签字, 备注) with plain Java, and
 * written by {@link BareRoster} — the same sheet the app fills from its template, without a template.
 */
final class RosterBaseline {
    private static final int PER_PAGE = 15;
    private static final List<String> HEADERS = List.of("序号", "姓名", "性别", "身份证号", "工作单位", "对象类别/困难类型",
            "慰问金（元）", "慰问品", "领取人签字（摁手印）", "备注");
    private static final List<String> SIGNATURES = List.of("经办人：", "审核人：", "单位负责人：", "日期：");
    private final Map<String, String> labels = new HashMap<>();

    RosterBaseline() {
        for (Class<? extends CodedEnum> type : List.of(Gender.class, RecipientCategory.class, HardshipType.class)) {
            for (CodedEnum e : type.getEnumConstants()) {
                labels.put(type.getSimpleName() + e.code(), e.label());
            }
        }
    }

    /** {@code rows}: BareQueries.roster's (单位代码, 单位, 姓名, 性别, 身份证号, 工作单位, 类别, 困难类型, 慰问金, 慰问品, 折款, 备注). */
    void write(Path out, String campaignName, String unitName, List<Object[]> rows) {
        List<Object[]> lines = new ArrayList<>(rows.size());
        Set<String> people = new HashSet<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < rows.size(); i++) {
            Object[] r = rows.get(i);
            String id = (String) r[4];
            String category = labels.get("RecipientCategory" + r[6]);
            if (r[7] != null) {
                category = category + "/" + labels.get("HardshipType" + r[7]);
            }
            BigDecimal cash = ((BigDecimal) r[8]).setScale(2);
            lines.add(new Object[] {i + 1, r[2], labels.get("Gender" + r[3]), IdNumber.mask(id), r[5], category, cash,
                r[9], "", r[11]});
            people.add(id);
            total = total.add(cash);
        }
        BareRoster.write(out, new BareRoster.Texts(campaignName + "慰问金发放花名册",
                List.of("填报单位（盖章）：" + unitName, "填报人：" + Messages.get("bench.operatorName"), "联系电话：",
                "填报日期：" + LocalDate.now()), HEADERS, "本页小计",
                "合计（共 " + people.size() + " 人）", "合计金额（大写）：" + ChineseNumerals.yuan(total), SIGNATURES),
                lines, PER_PAGE);
    }
}
