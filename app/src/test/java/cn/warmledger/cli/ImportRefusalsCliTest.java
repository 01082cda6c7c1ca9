package cn.warmledger.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static cn.warmledger.cli.CliRun.run;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.cli.CliRun.Result;
import cn.warmledger.TestApp;
import cn.warmledger.TestCampaigns;
import cn.warmledger.TestIds;
import cn.warmledger.domain.VisitQuery;
import cn.warmledger.service.app.AppContext;

/** What the import says when the file itself is the problem: named for what it is, in Chinese, nothing saved. */
class ImportRefusalsCliTest {
    @TempDir
    Path dir;

    @Test
    void anEmptyWorkbookIsCalledEmptyNotAHeaderOnRowZero() throws Exception {
        Path data = dir.resolve("data");
        TestApp.open(data).close();
        Path empty = dir.resolve("新建工作簿.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream os = Files.newOutputStream(empty)) {
            wb.createSheet("Sheet1");
            wb.write(os);
        }
        for (String kind : new String[] {"recipients", "visits"}) {
            Result r = kind.equals("recipients")
                    ? run("--data-dir", data.toString(), "import", "recipients", empty.toString())
                    : run("--data-dir", data.toString(), "import", "visits", empty.toString(), "--campaign", "1");
            assertThat(r.code()).as(r.err()).isEqualTo(1);
            assertThat(r.err()).as(kind).contains("工作表“Sheet1”是空的").contains("新建工作簿.xlsx")
                    .doesNotContain("第 0 行");
        }
    }

    /**
     * Issue 19.5: a 慰问金 of 1e12 (a number cell and typed text) used to pass the row check and abort the whole
     * import with H2's English text; now its row is refused naming 慰问金 and the per-visit ceiling, the others go in.
     */
    @Test
    void hugeAmountsAreRefusedByTheirRowAndTheValidRowsAreImported() throws Exception {
        Path data = dir.resolve("data");
        long campaign;
        try (AppContext app = TestApp.open(data)) {
            campaign = app.campaigns().save(TestCampaigns.springFestival());
        }
        Path roster = dir.resolve("花名册.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream os = Files.newOutputStream(roster)) {
            var s = wb.createSheet("花名册");
            String[] header = {"姓名", "身份证号码", "慰问金额", "发放日期"};
            var h = s.createRow(0);
            for (int c = 0; c < header.length; c++) {
                h.createCell(c).setCellValue(header[c]);
            }
            Object[][] rows = {
                {"韩雷", TestIds.MALE_1980, 500d, "2021-01-12"},
                {"汪惠珍", TestIds.FEMALE_1985, 1e12, "2021-01-12"},
                {"周敏", TestCampaigns.idNumber(7), "1,000,000,000,000元", "2021-01-12"},
                {"吴强", TestCampaigns.idNumber(8), "100001", "2021-01-12"},
                {"郑芳", TestCampaigns.idNumber(9), "100000", "2021-01-12"}};
            for (int r = 0; r < rows.length; r++) {
                var row = s.createRow(r + 1);
                for (int c = 0; c < 4; c++) {
                    if (rows[r][c] instanceof Double d) {
                        row.createCell(c).setCellValue(d);
                    } else {
                        row.createCell(c).setCellValue((String) rows[r][c]);
                    }
                }
            }
            wb.write(os);
        }
        Result r = run("--data-dir", data.toString(), "import", "visits", roster.toString(), "--campaign",
                String.valueOf(campaign));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("第 3 行，慰问金额：").contains("第 4 行，慰问金额：").contains("第 5 行，慰问金额：")
                .contains("超过每次慰问的上限 100000 元").contains("导入慰问记录 2 条");
        assertThat(r.out() + r.err()).doesNotContain("Value too long").doesNotContain("SQL")
                .doesNotContain("DECIMAL");
        try (AppContext app = TestApp.open(data)) {
            assertThat(app.visits().search(VisitQuery.ofCampaign(campaign)))
                    .extracting(v -> v.recipientName()).containsExactlyInAnyOrder("韩雷", "郑芳");
        }
    }

    @Test
    void anIncomeBeyondWhatTheColumnHoldsIsRefusedByItsRow() throws Exception {
        Path data = dir.resolve("data");
        TestApp.open(data).close();
        Path list = dir.resolve("困难职工.csv");
        Files.writeString(list, "姓名,身份证号码,困难类别,人均月收入,家庭年收入\n"
                + "韩雷," + TestIds.MALE_1980 + ",深度困难,500,6000\n"
                + "汪惠珍," + TestIds.FEMALE_1985 + ",相对困难,10000000000000,6000\n"
                + "周敏," + TestCampaigns.idNumber(7) + ",相对困难,800,1e13\n");
        Result r = run("--data-dir", data.toString(), "import", "recipients", list.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("第 3 行，人均月收入：金额“10000000000000”太大：最多 999999999999.99 元")
                .contains("第 4 行，家庭年收入：").contains("导入 1 人");
        assertThat(r.out() + r.err()).doesNotContain("Value too long").doesNotContain("SQL");
    }
}
