package cn.warmledger.service.consolidation;

import java.text.Normalizer;

/**
 * A township's campaign name as the county compares it: full-width letters, digits and spaces folded (NFKC),
 * every space removed, so "２０２６年 春节送温暖 " and "2026年春节送温暖" are the same campaign.
 */
final class CampaignNames {
    private CampaignNames() {
    }

    static String key(String name) {
        if (name == null) {
            return null;
        }
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKC).replaceAll("[\\s\\u3000]+", "");
        return folded.isEmpty() ? null : folded;
    }
}
