package cn.warmledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.cli.CliRun.Result;
import cn.warmledger.TestApp;

/** units add | list | import | remove on a real data folder. */
class UnitsCliTest {
    @TempDir
    Path dir;

    Result inDir(String... args) {
        return CliRun.inDir(dir.resolve("data"), args);
    }

    @Test
    void addListImportAndRemove() throws Exception {
        TestApp.open(dir.resolve("data")).close();
        Result added = inDir("units", "add", "--code", "341201", "--name", "城关镇总工会", "--contact", "李敏");
        assertThat(added.code()).as(added.err()).isZero();
        assertThat(added.err()).contains("已添加下级单位 341201 城关镇总工会");
        assertThat(inDir("units", "add", "--code", "341201", "--name", "城关镇工会").err()).contains("已更新");

        Path file = dir.resolve("名单.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream os = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet();
            row(s, 0, "单位代码", "单位名称");
            row(s, 1, "341202", "东城街道工会");
            row(s, 2, "341203", "");
            wb.write(os);
        }
        Result imported = inDir("units", "import", file.toString());
        assertThat(imported.code()).isEqualTo(1);
        assertThat(imported.out()).contains("新增 1 个，更新 0 个，有问题 1 行");
        assertThat(imported.err()).contains("第 3 行：单位名称：必填");

        Result list = inDir("units", "list", "--format", "csv");
        assertThat(list.code()).isZero();
        assertThat(list.out().lines()).containsExactly("单位代码,单位名称,联系人,联系电话",
                "341201,城关镇工会,李敏,", "341202,东城街道工会,,");

        assertThat(inDir("units", "remove", "--code", "341202").code()).isZero();
        assertThat(inDir("units", "list").out()).doesNotContain("东城街道工会");
    }

    @Test
    void badArgumentsAndBadValuesGiveTheirExitCodes() {
        TestApp.open(dir.resolve("data")).close();
        Result missing = inDir("units", "add", "--code", "341201");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("--name");
        Result bad = inDir("units", "add", "--code", "341 201", "--name", "城关镇");
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).contains("单位代码");
        assertThat(inDir("units", "frobnicate").code()).isEqualTo(2);
    }

    private static void row(Sheet s, int index, String... values) {
        Row r = s.createRow(index);
        for (int i = 0; i < values.length; i++) {
            r.createCell(i).setCellValue(values[i]);
        }
    }
}
