package cn.warmledger.sync;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import cn.warmledger.domain.Submission;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.common.AppPaths;
import cn.warmledger.service.settings.SetupService;
import cn.warmledger.service.outbox.SubmissionRequest;
import cn.warmledger.service.outbox.Transports;

/**
 * A township's data folder with a clock the test moves and transports that trust the test certificate;
 * makes real .xlsx exports and enqueues them as the export screens will.
 */
final class OutboxFixture implements AutoCloseable {
    static final String TITLE = "困难职工帮扶统计表";
    final MutableClock clock = new MutableClock();
    final Path dir;
    private AppContext app;

    OutboxFixture(Path dir) {
        this.dir = dir;
        this.app = open();
    }

    AppContext app() {
        return app;
    }

    private AppContext open() {
        AppContext ctx = AppContext.open(new AppPaths(dir.resolve("data")),
                new Transports(TestCertificate.trusting(), Duration.ofSeconds(5)), clock);
        if (!ctx.setup().isSetUp()) {
            ctx.setup().complete(new SetupService.Setup("城关镇总工会", "340102001", "某某县总工会", "张干事",
                    new BigDecimal("650")));
        }
        return ctx;
    }

    /** Closes the data folder as a crash or a quit would, and opens it again. */
    AppContext restart() {
        app.close();
        app = open();
        return app;
    }

    /** The outbox table itself, for moves a test makes by hand (a crash mid-send). */
    cn.warmledger.persistence.OutboxRepository repository() {
        try {
            java.lang.reflect.Field f = AppContext.class.getDeclaredField("database");
            f.setAccessible(true);
            return new cn.warmledger.persistence.OutboxRepository((cn.warmledger.persistence.Database) f.get(app));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    void set(String... keyValues) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            values.put(keyValues[i], keyValues[i + 1]);
        }
        app.settings().setAll(values);
    }

    /** A real .xlsx of the 2026 春节送温暖 table, enqueued with its figures. */
    Submission enqueue() {
        return enqueue(xlsx("城关镇总工会_" + TITLE + ".xlsx", 0));
    }

    Submission enqueue(Path file) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("households", 12);
        figures.put("cash", new BigDecimal("14400.00"));
        figures.put("rows", List.of(Map.of("type", "深度困难", "count", 5, "cash", new BigDecimal("7000.00"))));
        return app.outbox().enqueue(new SubmissionRequest("HARDSHIP_SUMMARY", TITLE, null, "2026年春节送温暖",
                2026, "2026年春节送温暖", List.of(file), figures, null));
    }

    /** An .xlsx with a sheet of Chinese text and, when {@code padding} > 0, that many bytes of noise in it. */
    Path xlsx(String name, int padding) {
        Path file = dir.resolve("exports").resolve(name);
        try {
            Files.createDirectories(file.getParent());
            try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
                XSSFSheet sheet = wb.createSheet("统计表");
                sheet.createRow(0).createCell(0).setCellValue("城关镇总工会 困难职工帮扶统计表");
                sheet.createRow(1).createCell(0).setCellValue(14400.00);
                if (padding > 0) {
                    // random bytes do not compress: the file ends up about as large as asked
                    byte[] noise = new byte[padding];
                    new Random(6).nextBytes(noise);
                    wb.addPicture(noise, XSSFWorkbook.PICTURE_TYPE_PNG);
                }
                wb.write(out);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        app.close();
    }
}
