package cn.warmledger.service.imports;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.warmledger.domain.CodedEnum;
import cn.warmledger.domain.DateText;
import cn.warmledger.domain.Gender;
import cn.warmledger.domain.HardshipCause;
import cn.warmledger.domain.HardshipFile;
import cn.warmledger.domain.IdNumber;
import cn.warmledger.domain.InvalidValueException;
import cn.warmledger.domain.Messages;
import cn.warmledger.domain.Money;
import cn.warmledger.domain.PhoneNumber;
import cn.warmledger.excel.importing.RawCell;
import cn.warmledger.excel.importing.RawRow;

/**
 * Parses the mapped cells of one row with the domain's checks and collects every problem of the row, each
 * under its column's header. Whole-record checks (姓名 and 身份证号 present, 困难类型 for a 困难职工) are
 * RecipientService's and run afterwards on the draft. 性别 and 出生日期 that contradict a valid 18-digit 身份证号, or
 * cannot be read at all (`男女`, `1980.13.01`), are taken from the number (its check digit makes a typo in it very
 * unlikely; GB 11643 carries both) and the row says so in a warning under that column; a 15-digit number has no
 * check digit, so there the contradiction or the unreadable cell still refuses the row.
 */
final class RowValidator {
    /** Above this a double has lost digits: 15 significant digits are exact, 18 are not. */
    private static final double EXACT_DIGITS = 1e15;

    private final ColumnMapping mapping;
    private final Map<Integer, String> headers = new java.util.HashMap<>();

    RowValidator(ColumnMapping mapping) {
        this.mapping = mapping;
        mapping.asMap().keySet().forEach(c -> headers.put(c, mapping.header(c)));
    }

    /** The parsed values, the problems of the cells that could not be parsed, and what was taken from the number. */
    record Checked(RowValues values, List<RowProblem> problems, List<RowProblem> warnings) {
    }

    Checked check(RawRow row) {
        RowValues v = new RowValues();
        List<RowProblem> problems = new ArrayList<>();
        Map<ImportField, String> unreadable = new java.util.EnumMap<>(ImportField.class);
        List<RowProblem> suppliable = new ArrayList<>(2);
        for (Map.Entry<Integer, ImportField> e : mapping.asMap().entrySet()) {
            RawCell cell = row.cell(e.getKey());
            if (cell.isBlank()) {
                continue;
            }
            try {
                read(v, e.getValue(), cell, headers.get(e.getKey()));
            } catch (InvalidValueException ex) {
                RowProblem problem = new RowProblem(row.rowNumber(), headers.get(e.getKey()), ex.reason());
                problems.add(problem);
                if (e.getValue() == ImportField.GENDER || e.getValue() == ImportField.BIRTH_DATE) {
                    unreadable.put(e.getValue(), cell.text().strip());
                    suppliable.add(problem);
                }
            }
        }
        if (!numberDecides(v)) {
            return new Checked(v, problems, List.of());
        }
        // the number supplies what those cells could not say: they are no longer the row's problems
        problems.removeAll(suppliable);
        return new Checked(v, problems, takenFromIdNumber(v, row.rowNumber(), unreadable));
    }

    /**
     * 性别 and 出生日期 as the (check-digit-verified) number says, each correction named for the row and column: a
     * cell that says otherwise, or one that could not be read ({@code unreadable}: field → the cell's text).
     */
    private List<RowProblem> takenFromIdNumber(RowValues v, int rowNumber, Map<ImportField, String> unreadable) {
        IdNumber id = IdNumber.parse(v.idNumber);
        List<RowProblem> warnings = new ArrayList<>(2);
        String genderHeader = mapping.headerOf(ImportField.GENDER);
        String birthHeader = mapping.headerOf(ImportField.BIRTH_DATE);
        if (unreadable.containsKey(ImportField.GENDER)) {
            warnings.add(new RowProblem(rowNumber, genderHeader, Messages.get("import.unreadableFromId",
                    unreadable.get(ImportField.GENDER), id.gender().label())));
            v.gender = id.gender();
        } else if (v.gender != null && v.gender != id.gender()) {
            warnings.add(new RowProblem(rowNumber, genderHeader, Messages.get("import.genderFromId", v.gender.label(),
                    id.gender().label())));
            v.gender = id.gender();
        }
        if (unreadable.containsKey(ImportField.BIRTH_DATE)) {
            warnings.add(new RowProblem(rowNumber, birthHeader, Messages.get("import.unreadableFromId",
                    unreadable.get(ImportField.BIRTH_DATE), id.birthDate().toString())));
            v.birthDate = id.birthDate();
        } else if (v.birthDate != null && !v.birthDate.equals(id.birthDate())) {
            warnings.add(new RowProblem(rowNumber, birthHeader, Messages.get("import.birthFromId",
                    v.birthDate.toString(), id.birthDate().toString())));
            v.birthDate = id.birthDate();
        }
        return warnings;
    }

    /** A valid 18-digit 身份证号: its check character vouches for the 性别 and 出生日期 it carries. */
    private static boolean numberDecides(RowValues v) {
        return v.idNumber != null && v.idWithCheckDigit;
    }

    private static void read(RowValues v, ImportField field, RawCell cell, String header) {
        String text = cell.text().strip();
        if (field.maxLength() > 0 && text.length() > field.maxLength()) {
            throw new InvalidValueException(header, Messages.get("import.tooLong", field.maxLength(), text.length()));
        }
        switch (field) {
            case NAME -> v.name = name(text);
            case ID_NUMBER -> {
                String typed = idText(cell);
                v.idNumber = IdNumber.parse(typed).value();
                v.idWithCheckDigit = IdNumber.normalize(typed).length() == 18;
            }
            case GENDER -> v.gender = gender(header, text);
            case BIRTH_DATE -> v.birthDate = date(header, cell);
            case PHONE -> v.phone = PhoneNumber.parse(digits(cell));
            case EMPLOYER -> v.employer = text;
            case ADDRESS -> v.address = text;
            case CATEGORY -> v.category = Vocabulary.category(header, text);
            case HARDSHIP_TYPE -> v.hardshipType = Vocabulary.hardshipType(header, text);
            case FILE_STATUS -> v.fileStatus = Vocabulary.fileStatus(header, text);
            case CAUSE -> causes(v, header, text);
            case HOUSEHOLD_SIZE -> v.householdSize = householdSize(header, cell);
            case MONTHLY_INCOME_PER_CAPITA -> v.perCapita = money(header, cell);
            case HOUSEHOLD_ANNUAL_INCOME -> v.annualIncome = money(header, cell);
            case OWN_MONTHLY_INCOME -> v.ownIncome = money(header, cell);
            case BANK_NAME -> v.bankName = text;
            case BANK_ACCOUNT -> v.bankAccount = bankAccount(header, cell);
            case FILE_NUMBER -> v.fileNumber = digits(cell);
            case FILED_ON -> v.filedOn = date(header, cell);
            case PAIRED_CADRE -> v.pairedCadre = name(text);
            case NOTE -> v.note = text;
            case CASH -> v.cash = visitMoney(header, cell);
            case GOODS -> v.goods = text;
            case GOODS_VALUE -> v.goodsValue = visitMoney(header, cell);
            case VISITED_ON -> v.visitedOn = date(header, cell);
            case VISIT_FORM -> v.visitForm = Vocabulary.visitForm(header, text);
            case FUND_SOURCE -> v.fundSource = Vocabulary.fundSource(header, text);
            case VISITORS -> v.visitors = text;
            case ASSISTANCE_KIND -> v.assistanceKind = Vocabulary.assistanceKind(header, text);
            default -> throw new IllegalStateException(field.name());
        }
    }

    /** Names padded with spaces to line up in Excel (张  三) lose them; Latin names keep theirs. */
    static String name(String text) {
        return text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
                || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || c == '·')
                ? text.replaceAll("[\\s\\u3000\\u00A0]+", "") : text.replaceAll("\\s+", " ");
    }

    /** A 身份证号 stored as a number: exact up to 15 digits (old numbers), beyond that digits are gone. */
    private static String idText(RawCell cell) {
        if (cell.isNumeric()) {
            if (Math.abs(cell.number()) >= EXACT_DIGITS) {
                String shown = cell.text().contains("E") ? cell.text() : scientific(cell.number());
                throw new InvalidValueException(Messages.get("field.idNumber"), Messages.get("idNumber.scientific", shown));
            }
            return integral(cell);
        }
        return cell.text();
    }

    private static String scientific(double value) {
        return String.format(java.util.Locale.ROOT, "%.5E", value);
    }

    /** Digits of a number cell without the ".0" or the exponent Excel shows; the text of a text cell. */
    private static String digits(RawCell cell) {
        return cell.isNumeric() && cell.number() == Math.rint(cell.number()) && Math.abs(cell.number()) < EXACT_DIGITS
                ? integral(cell) : cell.text();
    }

    private static String integral(RawCell cell) {
        return new BigDecimal(cell.number()).toBigInteger().toString();
    }

    private static Gender gender(String header, String text) {
        String t = text.replace("性", "");
        return CodedEnum.fromText(Gender.class, t).orElseThrow(() ->
                new InvalidValueException(header, Messages.get("error.enum.unknown", text, "男、女")));
    }

    /** A date cell, an Excel serial (number or text), or a typed date in any of the forms DateText knows. */
    private static LocalDate date(String header, RawCell cell) {
        if (cell.date() != null) {
            return cell.date();
        }
        if (cell.isNumeric() && cell.number() == Math.rint(cell.number())) {
            long n = cell.number().longValue();
            return ExcelSerial.isSerial(n) ? ExcelSerial.toDate(n) : DateText.parse(header, String.valueOf(n));
        }
        return ExcelSerial.fromText(cell.text()).orElseGet(() -> DateText.parse(header, cell.text()));
    }

    private static BigDecimal money(String header, RawCell cell) {
        if (cell.isNumeric()) {
            BigDecimal value = new BigDecimal(String.valueOf(cell.number()));
            if (header.contains("万元")) {
                value = value.multiply(BigDecimal.valueOf(10_000));
            }
            return Money.checked(header, value.stripTrailingZeros(), cell.text());
        }
        String text = cell.text().strip();
        boolean hasUnit = text.endsWith("元") || text.endsWith("万");
        return Money.parse(header, header.contains("万元") && !hasUnit ? text + "万元" : text);
    }

    /** A visit's amount: as {@link #money}, and within the per-visit ceiling (ADR 19-2). */
    private static BigDecimal visitMoney(String header, RawCell cell) {
        BigDecimal value = money(header, cell);
        return Money.visitAmount(header, value, cell.text().strip());
    }

    private static Integer householdSize(String header, RawCell cell) {
        String t = IdNumber.normalize(digits(cell)).replaceAll("[人口]$", "");
        try {
            int n = new BigInteger(t).intValueExact();
            if (n >= 1 && n <= 30) {
                return n;
            }
        } catch (NumberFormatException | ArithmeticException e) {
            // refused below with the text as typed
        }
        throw new InvalidValueException(header, Messages.get("hardship.badSize", cell.text().strip()));
    }

    private static String bankAccount(String header, RawCell cell) {
        if (cell.isNumeric() && Math.abs(cell.number()) >= EXACT_DIGITS) {
            throw new InvalidValueException(header, Messages.get("import.bankScientific"));
        }
        String t = IdNumber.normalize(digits(cell)).replace("-", "");
        if (!t.matches("\\d{8,30}")) {
            throw new InvalidValueException(header, Messages.get("import.bankDigits"));
        }
        return t;
    }

    private static void causes(RowValues v, String header, String text) {
        List<HardshipCause> all = new ArrayList<>();
        for (String part : text.split("[、,，;；/／\\s]+")) {
            if (!part.isBlank()) {
                HardshipCause c = Vocabulary.cause(header, part);
                if (!all.contains(c)) {
                    all.add(c);
                }
            }
        }
        if (all.size() > 1 + HardshipFile.MAX_SECONDARY_CAUSES) {
            throw new InvalidValueException(header, Messages.get("import.tooManyCauses"));
        }
        v.mainCause = all.isEmpty() ? null : all.get(0);
        v.secondaryCauses = all.size() > 1 ? List.copyOf(all.subList(1, all.size())) : List.of();
    }
}
