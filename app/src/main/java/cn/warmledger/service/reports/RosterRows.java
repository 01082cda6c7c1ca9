package cn.warmledger.service.reports;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import cn.warmledger.domain.CodedEnum;
import cn.warmledger.domain.HardshipType;
import cn.warmledger.domain.IdNumber;
import cn.warmledger.domain.Money;
import cn.warmledger.domain.RecipientCategory;
import cn.warmledger.domain.RosterLine;
import cn.warmledger.excel.LineRows;

/**
 * The roster's {@code people} list as the template reads it: each field computed from the {@link RosterLine} when
 * the filler asks for it by index, no map per line (issue 16). The fields are {@link ReportModels#PEOPLE_FIELDS},
 * in that order; values are the ones the guide describes (序号 from 1, 身份证号 masked unless a full-id export,
 * 类别 with its 困难类型, money in 元 with two decimals).
 */
final class RosterRows extends LineRows {
    private final List<RosterLine> lines;
    private final boolean fullId;
    /** Labels looked up once per export, not per cell (a bundle lookup each was a fifth of the filler's own time). */
    private final Map<CodedEnum, String> labels = new ConcurrentHashMap<>();
    private final String[][] categories =
            new String[RecipientCategory.values().length][HardshipType.values().length];

    RosterRows(List<RosterLine> lines, boolean fullId) {
        super(ReportModels.PEOPLE_FIELDS);
        this.lines = lines;
        this.fullId = fullId;
    }

    @Override
    public int size() {
        return lines.size();
    }

    @Override
    public Object value(int index, int field) {
        RosterLine line = lines.get(index);
        return switch (field) {
            case 0 -> index + 1;
            case 1 -> line.name();
            case 2 -> label(line.gender());
            case 3 -> fullId ? line.idNumber() : IdNumber.mask(line.idNumber());
            case 4 -> line.employer();
            case 5 -> category(line);
            case 6 -> label(line.hardshipType());
            case 7 -> Money.yuan(line.cash());
            case 8 -> line.goods();
            case 9 -> Money.yuan(line.goodsValue());
            case 10 -> line.note();
            case 11 -> line.unitName();
            case 12 -> "";
            default -> throw new IndexOutOfBoundsException(field);
        };
    }

    /** 类别, with the 困难类型 after a slash where there is one. */
    private String category(RosterLine line) {
        if (line.hardshipType() == null) {
            return label(line.category());
        }
        int c = line.category().ordinal();
        int h = line.hardshipType().ordinal();
        String text = categories[c][h];
        if (text == null) {
            text = label(line.category()) + "/" + label(line.hardshipType());
            categories[c][h] = text;
        }
        return text;
    }

    private String label(CodedEnum value) {
        return value == null ? "" : labels.computeIfAbsent(value, CodedEnum::label);
    }
}
