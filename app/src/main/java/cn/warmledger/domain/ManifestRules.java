package cn.warmledger.domain;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a manifest from outside must look like before any of its identifiers becomes a folder name, a file name
 * or a database value at the receiver (汇总): the submission id (and the one it corrects) a short plain token as
 * the outbox makes it (a UUID), file names plain names of a sane length, the 单位代码 and table kind within their
 * columns and free of control and path characters. Each check answers the problem in Chinese, or nothing.
 */
public final class ManifestRules {
    /** received_submission.id, VARCHAR(36): a UUID fits exactly. */
    public static final int ID_LENGTH = 36;
    /** received_submission.organization_code. */
    public static final int CODE_LENGTH = 64;
    /** received_submission.table_kind. */
    public static final int KIND_LENGTH = 32;
    /** UTF-8 bytes of a file name: under the 255 every file system allows (a Chinese character takes 3). */
    public static final int FILE_NAME_BYTES = 240;
    /** organization_name, table_title, campaign_name: VARCHAR(200). */
    public static final int TEXT_LENGTH = 200;
    /** A period year a township can mean. */
    static final int FIRST_YEAR = 1949;
    static final int LAST_YEAR = 2200;
    private static final int SHOWN = 40;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");
    private static final Pattern KIND = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    private static final Pattern UNSAFE = Pattern.compile("[\\p{Cntrl}/\\\\:*?\"<>|]");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\u2028\\u2029]");
    /** Names Windows gives to devices: "CON", "nul.xlsx", "COM1.json" open a device, not a file. */
    private static final Pattern DEVICE = Pattern.compile("(?i)(CON|PRN|AUX|NUL|CONIN\\$|CONOUT\\$|COM[0-9¹²³]|LPT[0-9¹²³])(\\..*)?");

    private ManifestRules() {
    }

    /** Everything a receiver checks before it makes a folder or a row of this manifest. */
    public static Optional<String> problem(Manifest m) {
        Optional<String> id = idProblem(m.submissionId());
        if (id.isPresent()) {
            return id;
        }
        if (m.supersedes() != null && !m.supersedes().isBlank() && idProblem(m.supersedes()).isPresent()) {
            return Optional.of(Messages.get("manifest.badSupersedes", shown(m.supersedes())));
        }
        Optional<String> code = codeProblem(m.organizationCode());
        if (code.isPresent()) {
            return code;
        }
        if (m.tableKind() == null || m.tableKind().length() > KIND_LENGTH || !KIND.matcher(m.tableKind()).matches()) {
            return Optional.of(Messages.get("manifest.badKind", shown(m.tableKind())));
        }
        Optional<String> text = textProblem("manifest.field.orgName", m.organizationName())
                .or(() -> textProblem("manifest.field.parentName", m.parentName()))
                .or(() -> textProblem("manifest.field.tableTitle", m.tableTitle()))
                .or(() -> textProblem("manifest.field.campaignName", m.campaignName()))
                .or(() -> textProblem("manifest.field.periodLabel", m.periodLabel()));
        if (text.isPresent()) {
            return text;
        }
        if (m.periodYear() != null && (m.periodYear() < FIRST_YEAR || m.periodYear() > LAST_YEAR)) {
            return Optional.of(Messages.get("manifest.badYear", String.valueOf(m.periodYear())));
        }
        for (Manifest.File f : m.files() == null ? List.<Manifest.File>of() : m.files()) {
            Optional<String> name = fileNameProblem(f.name());
            if (name.isPresent()) {
                return name;
            }
        }
        return Optional.empty();
    }

    public static Optional<String> idProblem(String id) {
        if (id == null || id.isBlank()) {
            return Optional.of(Messages.get("manifest.noId"));
        }
        if (id.length() > ID_LENGTH || !ID.matcher(id).matches()) {
            return Optional.of(Messages.get("manifest.badId", shown(id), String.valueOf(id.length())));
        }
        return Optional.empty();
    }

    public static boolean isValidId(String id) {
        return idProblem(id).isEmpty();
    }

    /** A plain file name: no folder in it, no control or reserved character, not "." or "..", not too long. */
    public static Optional<String> fileNameProblem(String name) {
        if (name == null || name.isBlank() || name.equals(".") || name.equals("..")
                || name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > FILE_NAME_BYTES
                || UNSAFE.matcher(name).find() || name.startsWith(" ") || name.endsWith(" ") || name.endsWith(".")
                || DEVICE.matcher(name.strip()).matches()) {
            return Optional.of(Messages.get("manifest.badFileName", shown(name),
                    String.valueOf(name == null ? 0 : name.length())));
        }
        return Optional.empty();
    }

    public static boolean isValidFileName(String name) {
        return fileNameProblem(name).isEmpty();
    }

    public static Optional<String> codeProblem(String code) {
        if (code == null || code.isBlank() || code.length() > CODE_LENGTH || UNSAFE.matcher(code).find()
                || code.strip().startsWith(".") || code.endsWith(".") || code.endsWith(" ")
                || DEVICE.matcher(code.strip()).matches()) {
            return Optional.of(Messages.get("manifest.badCode", shown(code)));
        }
        return Optional.empty();
    }

    /**
     * A name that becomes a cell or a row (单位名称, 报表名称, 活动名称, 期间): absent, or at most 200 characters without
     * control or line-separator characters (a cell of one line, a column that holds it).
     */
    public static Optional<String> textProblem(String fieldKey, String text) {
        if (text == null) {
            return Optional.empty();
        }
        if (text.length() > TEXT_LENGTH || CONTROL.matcher(text).find()) {
            return Optional.of(Messages.get("manifest.badText", Messages.get(fieldKey), shown(text),
                    String.valueOf(text.length())));
        }
        return Optional.empty();
    }

    /** An identifier as a message may quote it: the first 40 characters, control characters made visible. */
    public static String shown(String text) {
        if (text == null) {
            return "";
        }
        String clean = text.replaceAll("\\p{Cntrl}", "?");
        return clean.length() <= SHOWN ? clean : clean.substring(0, SHOWN) + "…";
    }
}
