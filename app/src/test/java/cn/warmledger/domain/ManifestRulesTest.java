package cn.warmledger.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Every manifest field that becomes a path, a row or a cell is checked for length and characters before use. */
class ManifestRulesTest {
    private static final String ID = "3f2b8c1e-4d5a-4b6c-8d7e-9f0a1b2c3d4e";

    private static Manifest manifest(String id, String code, String orgName, String title, String campaign,
                                     Integer year, String period, String file) {
        return new Manifest(id, code, orgName, "某县总工会", "HARDSHIP_SUMMARY", title, null, campaign, year, period,
                null, "1.0", List.of(new Manifest.File(file, 10, "0".repeat(64))), Map.of(), null);
    }

    private static Manifest good() {
        return manifest(ID, "340102001", "城关镇总工会", "困难职工帮扶统计表", "2026年元旦春节送温暖", 2026, "2026年",
                "城关镇总工会_困难职工帮扶统计表.xlsx");
    }

    @Test
    void aManifestAsTheOutboxMakesItPassesInLowerAndUpperCase() {
        assertThat(ManifestRules.problem(good())).isEmpty();
        assertThat(ManifestRules.idProblem(ID.toUpperCase())).isEmpty();
        assertThat(ManifestRules.idProblem(ID)).isEmpty();
    }

    @Test
    void idsThatCouldBecomeAPathAreRefused() {
        for (String id : List.of("..", "a/b", "a\\b", "x".repeat(37), "a b", "a.b", "")) {
            assertThat(ManifestRules.idProblem(id)).as(id).isPresent();
        }
        assertThat(ManifestRules.idProblem("z".repeat(300)).orElseThrow()).contains("300 个字符").contains("上报编号");
    }

    @Test
    void reservedDeviceNamesSlashesAndDotsAreRefusedAsFileNamesAndCodes() {
        for (String name : List.of("CON", "con.xlsx", "NUL", "nul.json", "COM1", "com1.xlsx", "LPT9.txt", "AUX",
                "PRN.xlsx", "..", ".", "a/b.xlsx", "..\\x.xlsx", "a:b.xlsx", "x.xlsx.", "x".repeat(241))) {
            assertThat(ManifestRules.fileNameProblem(name)).as(name).isPresent();
        }
        assertThat(ManifestRules.fileNameProblem("CON.xlsx").orElseThrow()).contains("文件名“CON.xlsx”").contains("设备名");
        for (String name : List.of("CONTROL.xlsx", "com10.xlsx", "城关镇_CON.xlsx", "nul_report.xlsx")) {
            assertThat(ManifestRules.fileNameProblem(name)).as(name).isEmpty();
        }
        for (String code : List.of("CON", "nul", "COM3", "..", ".hidden", "a/b", "x".repeat(65))) {
            assertThat(ManifestRules.codeProblem(code)).as(code).isPresent();
        }
        assertThat(ManifestRules.problem(manifest(ID, "NUL", "城关镇", "表", null, 2026, null, "a.xlsx")))
                .hasValueSatisfying(p -> assertThat(p).contains("单位代码“NUL”"));
    }

    @Test
    void namesThatBecomeCellsOrRowsHaveALengthAndNoLineBreaks() {
        String longName = "很".repeat(201);
        assertThat(ManifestRules.problem(manifest(ID, "340102001", longName, "表", null, 2026, null, "a.xlsx")))
                .hasValueSatisfying(p -> assertThat(p).startsWith("单位名称“").contains("201 个字符"));
        assertThat(ManifestRules.problem(manifest(ID, "340102001", "镇", "表\n=HYPERLINK(1)", null, 2026, null,
                "a.xlsx"))).hasValueSatisfying(p -> assertThat(p).startsWith("报表名称“"));
        assertThat(ManifestRules.problem(manifest(ID, "340102001", "镇", "表", "活动\u0000", 2026, null, "a.xlsx")))
                .hasValueSatisfying(p -> assertThat(p).startsWith("活动名称“"));
        assertThat(ManifestRules.problem(manifest(ID, "340102001", "镇", "表", null, 2026, "期".repeat(300), "a.xlsx")))
                .hasValueSatisfying(p -> assertThat(p).startsWith("期间“"));
        assertThat(ManifestRules.problem(manifest(ID, "340102001", "镇", "表", null, 99999, null, "a.xlsx")))
                .hasValueSatisfying(p -> assertThat(p).contains("年度“99999”"));
        assertThat(ManifestRules.problem(manifest(ID, "340102001", "镇", "表", null, 2026, null, "COM1.xlsx")))
                .hasValueSatisfying(p -> assertThat(p).contains("COM1.xlsx"));
    }
}
