package cn.warmledger.service.consolidation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.TestApp;
import cn.warmledger.domain.AuditQuery;
import cn.warmledger.domain.InvalidValueException;
import cn.warmledger.domain.Organization;
import cn.warmledger.domain.OrganizationKind;
import cn.warmledger.service.app.AppContext;

/** 下级单位 on a real H2 file: add, update, refusals by field, removal, and a list taken from .xlsx. */
class UnitServiceTest {
    @TempDir
    Path dir;
    AppContext app;
    UnitService units;

    @BeforeEach
    void open() {
        app = TestApp.open(dir.resolve("data"));
        units = app.units();
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void addsThenUpdatesByCodeAndKeepsThemApartFromRecipientUnits() {
        units.save(new UnitDraft(" 341201 ", "城关镇总工会", "李敏", "0558-2212345"));
        units.save(new UnitDraft("341202", "东城街道工会", null, "13905581234"));
        units.save(new UnitDraft("341201", "城关镇工会联合会", "王强", ""));

        List<Organization> list = units.list();
        assertThat(list).extracting(Organization::code).containsExactly("341201", "341202");
        assertThat(list.get(0).name()).isEqualTo("城关镇工会联合会");
        assertThat(list.get(0).contact()).isEqualTo("王强");
        assertThat(list.get(0).phone()).isNull();
        assertThat(list.get(1).phone()).isEqualTo("13905581234");
        assertThat(list).allMatch(o -> o.kind() == OrganizationKind.SUBORDINATE);
        assertThat(app.organizations().recipientUnits()).extracting(Organization::code).doesNotContain("341201");
        assertThat(app.audit().list(AuditQuery.all())).filteredOn(e -> "organization".equals(e.entity())).hasSize(3);
    }

    @Test
    void refusesBadValuesNamingTheField() {
        assertThatThrownBy(() -> units.save(new UnitDraft("", "城关镇", null, null)))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("单位代码：");
        assertThatThrownBy(() -> units.save(new UnitDraft("34 12", "城关镇", null, null)))
                .hasMessageContaining("单位代码").hasMessageContaining("34 12");
        assertThatThrownBy(() -> units.save(new UnitDraft("341201", " ", null, null)))
                .hasMessageStartingWith("单位名称：");
        assertThatThrownBy(() -> units.save(new UnitDraft("341201", "城关镇", null, "12345")))
                .hasMessageStartingWith("联系电话：");
        // 本单位's own code (TestApp sets up 340102001) is not a 下级单位's
        assertThatThrownBy(() -> units.save(new UnitDraft("340102001", "城关镇", null, null)))
                .hasMessageContaining("城关镇总工会").hasMessageContaining("本单位");
        assertThat(units.list()).isEmpty();
    }

    @Test
    void removeHidesTheUnitAndAddingItAgainBringsItBack() {
        units.save(new UnitDraft("341201", "城关镇总工会", null, null));
        units.remove("341201");
        assertThat(units.list()).isEmpty();
        assertThatThrownBy(() -> units.remove("341201")).hasMessageContaining("341201");
        units.save(new UnitDraft("341201", "城关镇总工会", null, null));
        assertThat(units.list()).hasSize(1);
    }

    @Test
    void importsAListBelowItsTitleReportingEachBadRow() throws Exception {
        units.save(new UnitDraft("341203", "旧名称", null, null));
        Path file = dir.resolve("下级单位名单.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("名单");
            s.createRow(0).createCell(0).setCellValue("某某县总工会下级单位名单");
            s.addMergedRegion(new CellRangeAddress(0, 0, 0, 3));
            row(s, 2, "序号", "单位代码", "单位名称", "联系人", "联系电话");
            row(s, 3, "1", "341201", "城关镇总工会", "李敏", "0558-2212345");
            row(s, 4, "2", "341202", "东城街道工会", "", "139 0558 1234");
            row(s, 5, "3", "341203", "西湖镇总工会", "", "");
            row(s, 7, "4", "", "无代码工会", "", "");
            row(s, 8, "5", "341204", "南岗镇工会", "", "12345");
            row(s, 9, "6", "341201", "城关镇（重复）", "", "");
            row(s, 10, "", "合计", "", "", "");
            try (OutputStream os = Files.newOutputStream(file)) {
                wb.write(os);
            }
        }

        UnitImportResult result = units.importFile(file);

        assertThat(result.added()).isEqualTo(2);
        assertThat(result.updated()).isEqualTo(1);
        assertThat(result.problems()).containsExactly(
                "第 8 行：单位代码：必填，不能为空",
                "第 9 行：联系电话：“12345”不是有效电话：手机为 11 位数字（1 开头），固话如 0551-12345678",
                "第 10 行：单位代码：代码 341201 在第 4 行已出现过");
        assertThat(units.list()).extracting(Organization::code, Organization::name).containsExactly(
                org.assertj.core.groups.Tuple.tuple("341201", "城关镇总工会"),
                org.assertj.core.groups.Tuple.tuple("341202", "东城街道工会"),
                org.assertj.core.groups.Tuple.tuple("341203", "西湖镇总工会"));
        assertThat(units.find("341202").orElseThrow().phone()).isEqualTo("13905581234");
    }

    @Test
    void aListWithoutTheCodeColumnIsRefusedAsAWhole() throws Exception {
        Path file = dir.resolve("无代码.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet();
            row(s, 0, "单位名称", "联系人");
            row(s, 1, "城关镇总工会", "李敏");
            try (OutputStream os = Files.newOutputStream(file)) {
                wb.write(os);
            }
        }
        assertThatThrownBy(() -> units.importFile(file)).hasMessageContaining("单位代码");
        assertThat(units.list()).isEmpty();
    }

    private static void row(Sheet s, int index, String... values) {
        Row r = s.createRow(index);
        for (int i = 0; i < values.length; i++) {
            r.createCell(i).setCellValue(values[i]);
        }
    }
}
