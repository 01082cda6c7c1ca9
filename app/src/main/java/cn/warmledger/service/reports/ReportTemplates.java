package cn.warmledger.service.reports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import cn.warmledger.domain.InvalidValueException;
import cn.warmledger.domain.Messages;
import cn.warmledger.domain.Progress;
import cn.warmledger.domain.ReportKind;
import cn.warmledger.excel.ReportData;
import cn.warmledger.excel.TemplateFiller;
import cn.warmledger.service.common.AppPaths;

/**
 * The report templates: the built-in ones and the upper union's own (checked against the fields offered, kept
 * under the data folder), and the .xlsx written from one of them with a report's data.
 */
final class ReportTemplates {
    private final AppPaths paths;
    private final Clock clock;

    ReportTemplates(AppPaths paths, Clock clock) {
        this.paths = paths;
        this.clock = clock;
    }

    /** See {@link ReportService#write}. */
    void write(ReportKind kind, Path template, ReportData data, Path out, Progress progress) {
        try {
            Path dir = out.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, ".export-", ".tmp");
            try {
                try (InputStream in = openTemplate(kind, template); OutputStream os = Files.newOutputStream(temp)) {
                    TemplateFiller.fill(in, data, os, progress);
                }
                Files.move(temp, out, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(Messages.get("report.writeFailed", out.getFileName()), e);
        }
    }

    private InputStream openTemplate(ReportKind kind, Path template) throws IOException {
        if (template != null) {
            return Files.newInputStream(template);
        }
        String resource = "/templates/" + builtinTemplate(kind);
        InputStream in = ReportTemplates.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException(resource);
        }
        return in;
    }

    private static String builtinTemplate(ReportKind kind) {
        return switch (kind) {
            case WARMTH_STATS -> "warmth-stats.xlsx";
            case AID_CENTER -> "aid-center.xlsx";
            case ROSTER -> "roster.xlsx";
        };
    }

    /** See {@link ReportService#addTemplate}. */
    Path add(ReportKind kind, Path source) {
        check(kind, source);
        try {
            Path dir = paths.templatesDir().resolve(kind.code());
            Files.createDirectories(dir);
            return Files.copy(source, dir.resolve(source.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(Messages.get("report.writeFailed", source.getFileName()), e);
        }
    }

    /** Refuses a template naming a field an output of {@code kind} does not offer, or one that is no .xlsx. */
    void check(ReportKind kind, Path source) {
        ReportData offered = ReportReader.emptyData(kind, LocalDate.now(clock));
        try (InputStream in = Files.newInputStream(source)) {
            TemplateFiller.check(in, offered);
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidValueException invalid) {
                throw invalid;
            }
            throw new InvalidValueException(source.getFileName().toString(),
                    cn.warmledger.excel.ZipRatioGuard.tripped(e) ? Messages.get("excel.zipRatio.reason")
                            : Messages.get("template.notXlsx"));
        }
    }

    /** See {@link ReportService#templates}. */
    List<Path> added(ReportKind kind) {
        Path dir = paths.templatesDir().resolve(kind.code());
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().toLowerCase().endsWith(".xlsx")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
