package cn.warmledger.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A campaign's 慰问标准 as a lookup: for a 困难职工 the line of the household's 困难类型 (e.g. 深度困难
 * 1000 元/户), else the line of the category without a type.
 */
public record CampaignStandards(List<CampaignStandard> lines) {
    public CampaignStandards {
        lines = lines == null ? List.of() : List.copyOf(lines);
        for (int i = 0; i < lines.size(); i++) {
            for (int j = i + 1; j < lines.size(); j++) {
                if (lines.get(i).category() == lines.get(j).category()
                        && lines.get(i).hardshipType() == lines.get(j).hardshipType()) {
                    throw new InvalidValueException(Messages.get("field.standard"),
                            Messages.get("standard.duplicate", describe(lines.get(i))));
                }
            }
        }
    }

    public static CampaignStandards none() {
        return new CampaignStandards(List.of());
    }

    public Optional<BigDecimal> amountFor(RecipientCategory category, HardshipType hardshipType) {
        if (category == RecipientCategory.HARDSHIP_WORKER && hardshipType != null) {
            Optional<BigDecimal> typed = find(category, hardshipType);
            if (typed.isPresent()) {
                return typed;
            }
        }
        return find(category, null);
    }

    private Optional<BigDecimal> find(RecipientCategory category, HardshipType type) {
        return lines.stream().filter(l -> l.category() == category && l.hardshipType() == type)
                .map(CampaignStandard::amount).findFirst();
    }

    /** 困难职工·深度困难, or just the category's label. */
    public static String describe(CampaignStandard line) {
        return line.hardshipType() == null ? line.category().label()
                : line.category().label() + "·" + line.hardshipType().label();
    }
}
