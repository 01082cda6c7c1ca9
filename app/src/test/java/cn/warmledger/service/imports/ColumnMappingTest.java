package cn.warmledger.service.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ColumnMappingTest {
    @Test
    void mapsTheSynonymsRealSheetsUse() {
        ColumnMapping m = ColumnMapping.guess(List.of("序号", "职工姓名", "身份证号码*", "手机号码", "工作单位",
                "困难类型", "致困原因", "家庭人口\n（人）", "家庭月人均收入(元)", "住址", "档案状态", "银行卡号", "对象类别", "备 注", "性别",
                "出生日期", "另一个姓名"));
        assertThat(m.field(1)).contains(ImportField.NAME);
        assertThat(m.field(2)).contains(ImportField.ID_NUMBER);
        assertThat(m.field(3)).contains(ImportField.PHONE);
        assertThat(m.field(4)).contains(ImportField.EMPLOYER);
        assertThat(m.field(5)).contains(ImportField.HARDSHIP_TYPE);
        assertThat(m.field(6)).contains(ImportField.CAUSE);
        assertThat(m.field(7)).contains(ImportField.HOUSEHOLD_SIZE);
        assertThat(m.field(8)).contains(ImportField.MONTHLY_INCOME_PER_CAPITA);
        assertThat(m.field(9)).contains(ImportField.ADDRESS);
        assertThat(m.field(10)).contains(ImportField.FILE_STATUS);
        assertThat(m.field(11)).contains(ImportField.BANK_ACCOUNT);
        assertThat(m.field(12)).contains(ImportField.CATEGORY);
        assertThat(m.field(13)).contains(ImportField.NOTE);
        assertThat(m.field(14)).contains(ImportField.GENDER);
        assertThat(m.field(15)).contains(ImportField.BIRTH_DATE);
        assertThat(m.unmappedColumns()).containsExactly(0, 16);
        assertThat(m.missingRequired()).isEmpty();
        for (String s : List.of("姓名", "户主姓名", "公民身份号码", "证件号码", "身份证号", "联系电话", "手机", "单位名称",
                "困难类别", "人均月收入", "家庭住址")) {
            assertThat(ColumnMapping.match(s)).as(s).isPresent();
        }
    }

    @Test
    void theClerkCorrectsTheMappingAndAFieldLeavesItsOldColumn() {
        ColumnMapping m = ColumnMapping.guess(List.of("姓名", "证件号", "号码"));
        assertThat(m.missingRequired()).containsExactly(ImportField.ID_NUMBER);
        ColumnMapping fixed = m.with(2, ImportField.ID_NUMBER);
        assertThat(fixed.field(2)).contains(ImportField.ID_NUMBER);
        assertThat(fixed.missingRequired()).isEmpty();
        ColumnMapping moved = fixed.with(1, ImportField.ID_NUMBER);
        assertThat(moved.field(2)).isEmpty();
        assertThat(moved.field(1)).contains(ImportField.ID_NUMBER);
        assertThat(moved.with(0, null).missingRequired()).containsExactly(ImportField.NAME);
        assertThat(ColumnMapping.letter(0)).isEqualTo("A");
        assertThat(ColumnMapping.letter(27)).isEqualTo("AB");
        assertThat(ColumnMapping.guess(List.of("姓名", "")).header(1)).isEqualTo("第 B 列");
    }
}
