package cn.warmledger.sync;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import cn.warmledger.domain.FundSource;
import cn.warmledger.domain.ReportKind;
import cn.warmledger.domain.SubmissionState;
import cn.warmledger.persistence.ReportFixture;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.common.AppPaths;
import cn.warmledger.domain.Progress;
import cn.warmledger.service.reports.ExportResult;
import cn.warmledger.service.reports.ReportRequest;
import cn.warmledger.service.outbox.SendOutcome;
import cn.warmledger.service.settings.SetupService;
import cn.warmledger.service.settings.SettingKeys;
import cn.warmledger.service.outbox.SubmissionRequest;
import cn.warmledger.service.outbox.Transports;

/**
 * A township's data folder with ReportFixture's visits and funds (campaign 2024年元旦春节送温暖, year 2024), its own
 * 单位代码 and name, and transports that trust the test certificate: exports its tables and sends them upward.
 */
final class Township implements AutoCloseable {
    static final String CAMPAIGN = "2024年元旦春节送温暖";
    final Path dir;
    final AppContext app;
    final long campaign;
    final String code;
    final String name;

    private Township(Path dir, AppContext app, long campaign, String code, String name) {
        this.dir = dir;
        this.app = app;
        this.campaign = campaign;
        this.code = code;
        this.name = name;
    }

    static Township open(Path dir, String code, String name) {
        open(dir, trusting(), code, name).close();
        ReportFixture fixture = ReportFixture.load(dir);
        return new Township(dir, open(dir, trusting(), code, name), fixture.campaign, code, name);
    }

    static Transports trusting() {
        return new Transports(TestCertificate.trusting(), Duration.ofSeconds(10));
    }

    static AppContext open(Path dir, Transports transports, String code, String name) {
        AppContext ctx = AppContext.open(new AppPaths(dir), transports, java.time.Clock.systemDefaultZone());
        if (!ctx.setup().isSetUp()) {
            ctx.setup().complete(new SetupService.Setup(name, code, "某某县总工会", "张干事", new BigDecimal("650")));
        }
        return ctx;
    }

    void addFund(String amount) {
        app.campaigns().addFund(campaign, FundSource.COUNTY, new BigDecimal(amount), LocalDate.of(2024, 1, 5), "县总拨款");
    }

    void sendTo(String... keyValues) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            values.put(keyValues[i], keyValues[i + 1]);
        }
        app.settings().setAll(values);
    }

    /** Exports the 送温暖统计表 into the township's folder and records it for 上报; returns the submission id. */
    String exportWarmthStats(String fileName) {
        Path out = dir.resolve(fileName);
        ReportRequest request = ReportRequest.warmthStats(campaign);
        return app.reports().submit(app.reports().export(request, out, Progress.none()));
    }

    String exportAidCenter(String fileName) {
        Path out = dir.resolve(fileName);
        ReportRequest request = ReportRequest.aidCenter(2024);
        return app.reports().submit(app.reports().export(request, out, Progress.none()));
    }

    /** A correction: the table exported again and recorded as superseding {@code earlier}. */
    String correctWarmthStats(String fileName, String earlier) {
        Path out = dir.resolve(fileName);
        ReportRequest request = ReportRequest.warmthStats(campaign);
        ExportResult export = app.reports().export(request, out, Progress.none());
        return app.outbox().enqueue(new SubmissionRequest(ReportKind.WARMTH_STATS.code(), ReportKind.WARMTH_STATS.label(),
                campaign, CAMPAIGN, 2024, CAMPAIGN, List.of(out), export.figures(), earlier)).id();
    }

    Path exported(String fileName) {
        return dir.resolve(fileName);
    }

    /** Sends what waits in the outbox; every submission must go. */
    void send() {
        List<SendOutcome> outcomes = app.outboxWorker().runOnce();
        for (SendOutcome o : outcomes) {
            if (o.state() != SubmissionState.SENT) {
                throw new AssertionError("not sent: " + o);
            }
        }
    }

    /** The numbers of the row whose first cell says {@code label} (合计) or names a unit, columns 1..last. */
    static double[] row(Path xlsx, String label) throws Exception {
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheetAt(0);
            for (Row r : sheet) {
                Cell first = r.getCell(0);
                if (first != null && first.getCellType() == CellType.STRING && label.equals(first.getStringCellValue())) {
                    double[] values = new double[r.getLastCellNum()];
                    for (int c = 1; c < r.getLastCellNum(); c++) {
                        Cell cell = r.getCell(c);
                        values[c] = cell == null || cell.getCellType() == CellType.BLANK ? Double.NaN
                                : cell.getNumericCellValue();
                    }
                    return values;
                }
            }
        }
        throw new AssertionError(label + " not in " + xlsx);
    }

    @Override
    public void close() {
        app.close();
    }
}
